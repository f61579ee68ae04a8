/**
 * The content script's own main-thread time, taken from V8's CPU profiler over CDP rather than
 * from the difference of two browsers' script totals (which moves by ±0.5 ms between runs): only
 * samples with one of the extension's functions on the stack count (cpu-profile.ts). Sampling
 * every 100 µs slows the page a little, so the figures are for comparing button on against off,
 * and builds against each other; the differential measure stays the one against no extension.
 */
import type { Page } from '@playwright/test';
import { type CpuProfile, scriptTime } from './cpu-profile';

export const SAMPLING_INTERVAL_US = 100;

export interface ProfiledNavigations {
  /** The extension's script ms per navigation. */
  msPerNavigation: number;
  /** Its functions' ms per navigation, largest first. */
  byFunction: [name: string, ms: number][];
}

const isExtension = (url: string) => url.startsWith('chrome-extension://');

/** Runs `navigate` (which makes `navigations` in-app moves) under the profiler. */
export async function profileNavigations(
  page: Page,
  navigations: number,
  navigate: () => Promise<void>,
): Promise<ProfiledNavigations> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await navigate();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const { totalMs, byFunction } = scriptTime(profile, isExtension);
    return {
      msPerNavigation: totalMs / navigations,
      byFunction: byFunction.map(([name, ms]) => [name, ms / navigations]),
    };
  } finally {
    await cdp.detach();
  }
}

/** The functions' ms per navigation summed over runs and divided by their count, largest `top` first. */
export function meanByFunction(runs: ProfiledNavigations[], top: number): Record<string, number> {
  const sums = new Map<string, number>();
  for (const run of runs) {
    for (const [name, ms] of run.byFunction) sums.set(name, (sums.get(name) ?? 0) + ms);
  }
  const round3 = (n: number) => Math.round(n * 1000) / 1000;
  return Object.fromEntries(
    [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => [name, round3(ms / Math.max(1, runs.length))]),
  );
}
