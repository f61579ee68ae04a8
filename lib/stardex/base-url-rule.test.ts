import { describe, expect, it } from 'vitest';
import { STARDEX_API_URL } from '@/lib/config';
import { StardexApiError } from './api-error';
import { parseBaseUrl as checkBaseUrl, resolveBaseUrl } from './base-url-rule';

describe('checkBaseUrl', () => {
  it('accepts empty (the real Stardex) and https addresses, normalised', () => {
    expect(checkBaseUrl('  ')).toEqual({ ok: true, value: '', needsPermission: null });
    expect(checkBaseUrl('https://api.stardex.ai/')).toEqual({
      ok: true,
      value: 'https://api.stardex.ai',
      needsPermission: null,
    });
    expect(checkBaseUrl('https://stardex.example.com/api/')).toEqual({
      ok: true,
      value: 'https://stardex.example.com/api',
      needsPermission: 'https://stardex.example.com/*',
    });
  });

  it('allows plain http only for this machine', () => {
    expect(checkBaseUrl('http://127.0.0.1:8787')).toEqual({
      ok: true,
      value: 'http://127.0.0.1:8787',
      needsPermission: null,
    });
    expect(checkBaseUrl('http://localhost:3000/')).toMatchObject({
      ok: true,
      value: 'http://localhost:3000',
    });
    expect(checkBaseUrl('http://stardex.example.com')).toMatchObject({ ok: false });
  });

  it('refuses what is not a usable address, saying why', () => {
    expect(checkBaseUrl('api.stardex.ai')).toMatchObject({
      ok: false,
      message: expect.stringContaining('full address'),
    });
    expect(checkBaseUrl('ftp://files.example.com')).toMatchObject({ ok: false });
    expect(checkBaseUrl('https://user:pw@stardex.example.com')).toMatchObject({ ok: false });
    expect(checkBaseUrl('https://stardex.example.com/?x=1')).toMatchObject({ ok: false });
  });
});

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
      expect((error as StardexApiError).message).toContain('Enter a full address');
    }
  });
});
