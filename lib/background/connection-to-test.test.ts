import { describe, expect, it } from 'vitest';
import { connectionToTest } from './connection-to-test';

const SANDBOX = { apiKey: 'sbx_demo_key', baseUrl: 'http://127.0.0.1:8787' };
const STORED = { apiKey: 'sdx_live_key', baseUrl: '' };

describe('connectionToTest', () => {
  it('with nothing typed, tests what is in use: the sandbox of a development build', () => {
    expect(connectionToTest({ apiKey: '', baseUrl: '' }, SANDBOX)).toStrictEqual({ ok: true, ...SANDBOX });
    expect(connectionToTest({}, SANDBOX)).toStrictEqual({ ok: true, ...SANDBOX });
  });

  it('with nothing typed and a stored key, tests the real API (or the stored URL)', () => {
    expect(connectionToTest({ apiKey: '', baseUrl: '' }, STORED)).toStrictEqual({
      ok: true,
      apiKey: 'sdx_live_key',
      baseUrl: 'https://api.stardex.ai',
    });
    const custom = { apiKey: 'sdx_live_key', baseUrl: 'https://stardex.acme.example/api' };
    expect(connectionToTest({ baseUrl: 'https://stardex.acme.example/api/' }, custom)).toStrictEqual({
      ok: true,
      ...custom,
    });
  });

  it('tests a typed key at the typed URL, empty meaning the real API', () => {
    expect(connectionToTest({ apiKey: ' sdx_new ', baseUrl: '' }, SANDBOX)).toStrictEqual({
      ok: true,
      apiKey: 'sdx_new',
      baseUrl: 'https://api.stardex.ai',
    });
    expect(
      connectionToTest({ apiKey: 'sdx_new', baseUrl: 'https://stardex.acme.example' }, STORED),
    ).toStrictEqual({
      ok: true,
      apiKey: 'sdx_new',
      baseUrl: 'https://stardex.acme.example',
    });
    expect(connectionToTest({ apiKey: 'sbx_other' }, SANDBOX)).toStrictEqual({
      ok: true,
      ...SANDBOX,
      apiKey: 'sbx_other',
    });
  });

  it('never gives a typed, unsaved URL the key in use (stored or the sandbox’s)', () => {
    for (const inUse of [SANDBOX, STORED]) {
      expect(connectionToTest({ apiKey: '', baseUrl: 'https://elsewhere.example' }, inUse)).toStrictEqual({
        ok: false,
        field: 'apiKey',
        message: 'Enter the API key for elsewhere.example first',
      });
    }
    expect(connectionToTest({ baseUrl: 'https://api.stardex.ai' }, SANDBOX)).toMatchObject({ ok: false });
  });

  it('asks for a key when none is typed or stored, and refuses a URL the rule refuses', () => {
    expect(connectionToTest({}, { apiKey: '', baseUrl: '' })).toStrictEqual({
      ok: false,
      field: 'apiKey',
      message: 'Enter your Stardex API key first',
    });
    expect(connectionToTest({ baseUrl: 'http://api.stardex.ai' }, STORED)).toMatchObject({
      ok: false,
      field: 'baseUrl',
    });
  });
});
