/**
 * The key goes only to a host the recruiter chose and the browser allowed. The real API and a
 * local sandbox need nothing; any other https origin needs its optional host permission granted
 * (Options asks for it when the URL is saved). Checked at every client creation, so a base URL
 * that got into storage any other way, without the browser's grant, never receives the key.
 */
import { browser } from 'wxt/browser';
import { StardexApiError } from '@/lib/stardex/api-error';
import { parseBaseUrl } from '@/lib/stardex/base-url-rule';

/** The origin pattern a base URL needs granted, or null when it needs none. */
export function originNeedingPermission(baseUrl: string): string | null {
  const checked = parseBaseUrl(baseUrl);
  return checked.ok ? checked.needsPermission : null;
}

/** Throws a `config` error unless the browser granted `baseUrl`'s origin (when it needs that). */
export async function requireHostPermission(
  baseUrl: string,
  contains: (origins: string[]) => Promise<boolean> = (origins) => browser.permissions.contains({ origins }),
): Promise<void> {
  const origin = originNeedingPermission(baseUrl);
  if (origin === null || (await contains([origin]))) return;
  throw new StardexApiError({
    kind: 'config',
    code: 'HOST_NOT_ALLOWED',
    message: `The browser has not allowed ${new URL(baseUrl).host}: save the API URL again in Options and allow it`,
  });
}
