/**
 * Whether linkedin.com can be reached from this machine, for `npm start` (the dev script; the
 * extension itself never sends LinkedIn anything): a DNS lookup, then one HEAD request, both
 * bounded by a short timeout. Any HTTP answer counts, LinkedIn's 999 to scripts included.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request } from 'node:https';

export interface ReachabilityProbe {
  /** Resolves the host, rejecting when it cannot. */
  lookup(host: string): Promise<unknown>;
  /** Sends a HEAD request, resolving with the status (any), rejecting on a network error. */
  head(url: string, timeoutMs: number): Promise<number>;
}

export const LINKEDIN_PROBE_URL = 'https://www.linkedin.com/';

function headRequest(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'HEAD', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

export const networkProbe: ReachabilityProbe = { lookup: (host) => dnsLookup(host), head: headRequest };

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref?.()),
  ]);
}

/** True when the URL's host resolves and answers a HEAD within `timeoutMs` (each). */
export async function isReachable(
  url = LINKEDIN_PROBE_URL,
  { probe = networkProbe, timeoutMs = 3000 }: { probe?: ReachabilityProbe; timeoutMs?: number } = {},
): Promise<boolean> {
  try {
    await within(probe.lookup(new URL(url).hostname), timeoutMs);
    const status = await within(probe.head(url, timeoutMs), timeoutMs);
    return status > 0;
  } catch {
    return false;
  }
}
