import { describe, expect, it } from 'vitest';
import { testConnection } from '@/lib/background/test-connection';
import { createStardexClient } from '@/lib/stardex/client';
import { createRateLimiter } from '@/lib/stardex/rate-limiter';
import { createFakeStardex } from '@/tests/support/fake-stardex';

/** A client of the fake Stardex, or of `fetch` when given. */
const clientOf = (apiKey = 'test-key', fetch: typeof globalThis.fetch = createFakeStardex().fetch) =>
  createStardexClient({
    baseUrl: 'https://api.stardex.example',
    apiKey,
    rateLimiter: createRateLimiter({ limit: 60 }),
    timeoutMs: 1000,
    fetch,
  });

describe('testConnection', () => {
  it('tells success, a bad key, a bad URL and no network apart', async () => {
    expect(await testConnection(clientOf())).toEqual({
      ok: true,
      message: 'Connected to Stardex at api.stardex.example',
    });
    const badKey = await testConnection(clientOf('nope'));
    expect(badKey).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    const html = clientOf('test-key', async () => new Response('<html>hello</html>', { status: 200 }));
    expect(await testConnection(html)).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    const down = clientOf('test-key', async () => Promise.reject(new TypeError('fetch failed')));
    const unreachable = await testConnection(down, true);
    expect(unreachable).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(unreachable.ok ? '' : unreachable.error.message).toContain('check the URL');
    const offline = await testConnection(down, false);
    expect(offline.ok ? '' : offline.error.message).toContain('offline');
  });
});
