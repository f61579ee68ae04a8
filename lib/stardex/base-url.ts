/**
 * The base URL the client sends the key to, by the one rule (lib/stardex/base-url-rule.ts): resolved to an
 * origin plus optional path without a trailing slash, '' meaning the real Stardex API. A URL the
 * rule refuses throws a `config` StardexApiError with the rule's own words.
 */
import { parseBaseUrl } from '@/lib/stardex/base-url-rule';
import { STARDEX_API_URL } from '@/lib/config';
import { StardexApiError } from '@/lib/stardex/api-error';

/** Validates and normalises a base URL ('' = the real Stardex API); throws a `config` error. */
export function resolveBaseUrl(raw: string): string {
  const checked = parseBaseUrl(raw);
  if (!checked.ok)
    throw new StardexApiError({ kind: 'config', code: 'BAD_BASE_URL', message: checked.message });
  return checked.value || STARDEX_API_URL;
}
