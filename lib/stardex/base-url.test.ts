import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '@/lib/stardex/base-url-rule';
import { STARDEX_API_URL } from '@/lib/config';
import { StardexApiError } from '@/lib/stardex/api-error';
import { resolveBaseUrl } from '@/lib/stardex/base-url';

describe('resolveBaseUrl', () => {
  it('defaults to the real Stardex API', () => {
    expect(resolveBaseUrl('')).toBe(STARDEX_API_URL);
    expect(resolveBaseUrl('  ')).toBe(STARDEX_API_URL);
  });

  it('accepts https anywhere and strips trailing slashes', () => {
    expect(resolveBaseUrl('https://stardex.example.com/')).toBe('https://stardex.example.com');
    expect(resolveBaseUrl('https://proxy.example.com/stardex//')).toBe('https://proxy.example.com/stardex');
  });

  it('accepts plain http only for this machine', () => {
    expect(resolveBaseUrl('http://localhost:8787')).toBe('http://localhost:8787');
    expect(resolveBaseUrl('http://127.0.0.1:9000/')).toBe('http://127.0.0.1:9000');
    // The same rule, in the same words, as the options page shows.
    expect(() => resolveBaseUrl('http://api.stardex.ai')).toThrow(
      'Use https. Plain http is only allowed for localhost or 127.0.0.1.',
    );
    expect(parseBaseUrl('http://localhost.evil.com').ok).toBe(false);
  });

  it('refuses other schemes, credentials and non-URLs with a config error', () => {
    for (const bad of [
      'ftp://api.stardex.ai',
      'javascript:alert(1)',
      'api.stardex.ai',
      'https://u:p@x.com',
      'https://x.com/?a=1',
    ]) {
      expect(() => resolveBaseUrl(bad), bad).toThrow(StardexApiError);
    }
    try {
      resolveBaseUrl('nope');
    } catch (error) {
      expect((error as StardexApiError).kind).toBe('config');
      expect((error as StardexApiError).message).toContain('Enter a full address');
    }
  });
});
