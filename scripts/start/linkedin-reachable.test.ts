import { describe, expect, it } from 'vitest';
import { isReachable, type ReachabilityProbe } from './linkedin-reachable';

const answers = (status: number): ReachabilityProbe => ({
  lookup: async () => ({ address: '192.0.2.1' }),
  head: async () => status,
});

describe('isReachable', () => {
  it('is true for any HTTP answer, LinkedIn’s 999 to scripts included', async () => {
    expect(await isReachable(undefined, { probe: answers(200) })).toBe(true);
    expect(await isReachable(undefined, { probe: answers(999) })).toBe(true);
  });

  it('is false when the name does not resolve (no network, no DNS), without asking further', async () => {
    const asked: string[] = [];
    const probe: ReachabilityProbe = {
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND www.linkedin.com'), { code: 'ENOTFOUND' });
      },
      head: async (url) => {
        asked.push(url);
        return 200;
      },
    };
    expect(await isReachable(undefined, { probe })).toBe(false);
    expect(asked).toStrictEqual([]);
  });

  it('is false when the request fails or does not answer in time', async () => {
    const refused: ReachabilityProbe = {
      ...answers(200),
      head: async () => Promise.reject(new Error('ECONNREFUSED')),
    };
    expect(await isReachable(undefined, { probe: refused })).toBe(false);
    const silent: ReachabilityProbe = { ...answers(200), head: () => new Promise<number>(() => {}) };
    const started = Date.now();
    expect(await isReachable(undefined, { probe: silent, timeoutMs: 50 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is false when the lookup hangs', async () => {
    const hanging: ReachabilityProbe = { ...answers(200), lookup: () => new Promise(() => {}) };
    expect(await isReachable(undefined, { probe: hanging, timeoutMs: 50 })).toBe(false);
  });
});
