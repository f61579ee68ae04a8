/**
 * The content script's own time per in-app navigation between pages of a people search (the
 * 2026 layout, ten results each), page button on and off, from a CPU profile
 * (extension-script-time.ts). On a list the script notes the people still shown at each
 * navigation and waits, bounded, for the next page's people before it floats the button.
 */
import { readFileSync } from 'node:fs';
import {
  meanByFunction,
  type ProfiledNavigations,
  profileNavigations,
  SAMPLING_INTERVAL_US,
} from './extension-script-time';
import { navigateBetween, type View, withExtensionOn } from './navigation-cost';
import { median, middleHalf } from './stats';

const NAVIGATIONS = 30;
const ROUNDS = 3;
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=data%20engineer';

function listPage(name: string, page: number): View {
  return {
    url: `${SEARCH}&page=${page}`,
    html: readFileSync(`tests/fixtures/linkedin/lists/${name}.html`, 'utf8'),
  };
}

function profiledNavigations(extensionPath: string, pageButton: boolean): Promise<ProfiledNavigations> {
  const views: [View, View] = [
    listPage('people-search-2026-sdui-en', 1),
    listPage('people-search-2026-sdui-fr', 2),
  ];
  return withExtensionOn(extensionPath, pageButton, views, (page) =>
    profileNavigations(page, NAVIGATIONS, () => navigateBetween(page, views, NAVIGATIONS)),
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function benchListNavigationCost(opts: {
  extensionPath: string;
}): Promise<Record<string, unknown>> {
  const onRuns: ProfiledNavigations[] = [];
  const off: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    onRuns.push(await profiledNavigations(opts.extensionPath, true));
    off.push((await profiledNavigations(opts.extensionPath, false)).msPerNavigation);
  }
  const on = onRuns.map((run) => run.msPerNavigation);
  const profiled = `CPU profile, ${SAMPLING_INTERVAL_US} µs samples, median of ${ROUNDS} × ${NAVIGATIONS}`;
  return {
    [`content script's own ms per navigation between result pages, page button on (${profiled})`]: round2(
      median(on),
    ),
    'own ms, page button on, middle half of the rounds': middleHalf(on).map(round2),
    'own ms per navigation between result pages, page button off': round2(median(off)),
    'where the own ms go, page button on (ms per navigation, by function of the minified linkedin.js)':
      meanByFunction(onRuns, 5),
    meetsTarget: median(on) <= 1,
  };
}
