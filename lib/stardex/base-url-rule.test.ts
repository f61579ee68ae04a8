import { describe, expect, it } from 'vitest';
import { parseBaseUrl as checkBaseUrl } from './base-url-rule';

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
