/**
 * The rules for where the API key may be sent: `https:` anywhere, plain `http:` only to this
 * machine (the local sandbox). Anything else would put the key on the wire in clear text.
 */
import { STARDEX_API_URL } from '@/lib/config';
import { StardexApiError } from '@/lib/stardex/api-error';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function refuse(message: string): never {
  throw new StardexApiError({ kind: 'config', code: 'BAD_BASE_URL', message });
}

/**
 * Validates and normalises a base URL ('' = the real Stardex API). Returns the origin plus any
 * path prefix, without a trailing slash; throws a `config` StardexApiError with a clear message.
 */
export function resolveBaseUrl(raw: string): string {
  const text = raw.trim();
  if (text === '') return STARDEX_API_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    refuse(`"${text.slice(0, 80)}" is not a URL — use e.g. ${STARDEX_API_URL}`);
  }
  if (url.username || url.password) refuse('The Stardex URL must not contain a user name or password');
  if (url.search || url.hash) refuse('The Stardex URL must not contain ?query or #fragment parts');
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    refuse('The Stardex URL must start with https:// (plain http:// only for localhost)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    refuse('The Stardex URL must start with https://');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Like resolveBaseUrl, but answers with the problem in words instead of throwing. */
export function checkBaseUrl(raw: string): { ok: true; baseUrl: string } | { ok: false; message: string } {
  try {
    return { ok: true, baseUrl: resolveBaseUrl(raw) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
