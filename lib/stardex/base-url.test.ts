import { describe, expect, it } from 'vitest';
import { STARDEX_API_URL } from '@/lib/config';
import { StardexApiError } from '@/lib/stardex/api-error';
import { checkBaseUrl, resolveBaseUrl } from '@/lib/stardex/base-url';

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
    expect(checkBaseUrl('http://api.stardex.ai')).toEqual({
      ok: false,
      message: 'The Stardex URL must start with https:// (plain http:// only for localhost)',
    });
    expect(checkBaseUrl('http://localhost.evil.com').ok).toBe(false);
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
      expect((error as StardexApiError).message).toContain('is not a URL');
    }
  });
});
