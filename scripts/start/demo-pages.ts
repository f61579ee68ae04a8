/**
 * What `npm run demo` shows: invented people's pages (tests/fixtures/linkedin/demo/) at real
 * LinkedIn URLs, the Stardex sandbox person behind the Sales Navigator lead, so "Find in Stardex
 * by name" on the lead finds someone, a LinkedIn message to the profile's person due today, so
 * Due today leads to her page with that task first, and every result list fixture at its URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { DEMO_TEAM_MEMBER_ID } from '../../sandbox/seed-ids';

export const DEMO_PROFILE_URL = 'https://www.linkedin.com/in/leonie-achterberg-3f81c2/';
export const DEMO_LEAD_URL =
  'https://www.linkedin.com/sales/lead/ACwAACiyvkEBJ1qjFlEkvmer46lHRbFzok0iqc8,NAME_SEARCH,C822';

/** A LinkedIn page that is not a profile: the demo's front tab, where the popup shows Due today. */
export const DEMO_FEED_URL = 'https://www.linkedin.com/feed/';

/**
 * A whole page of a people search of invented people (ten, as LinkedIn shows): the popup lists them
 * to pick and create a task for each. The URL its fixture's expected read names.
 */
export const DEMO_SEARCH_URL =
  'https://www.linkedin.com/search/results/people/?keywords=data%20engineer&origin=SWITCH_SEARCH_VERTICAL';

/** The demo's tabs, in order: URL and fixture (under tests/fixtures/linkedin/). */
export const DEMO_PAGES = [
  [DEMO_PROFILE_URL, 'demo/profile-2026.html'],
  [DEMO_LEAD_URL, 'demo/lead-2026.html'],
  [DEMO_FEED_URL, 'demo/feed.html'],
  [DEMO_SEARCH_URL, 'lists/people-search-2026-sdui-en.html'],
] as const;

/** The lead as a person already in Stardex (the lead page shows no /in/ link of theirs). */
export const DEMO_LEAD_PERSON = {
  name: 'Tobias Wrenfield',
  linkedin_url: 'https://www.linkedin.com/in/tobias-wrenfield-7c41b9/',
  current_job_title: 'Head of Revenue Operations',
  company_name: 'Lumenfold Analytics',
  linkedin_location: 'Greater Manchester, England, United Kingdom',
} as const;

/** The demo profile's person as Stardex holds them. */
export const DEMO_PROFILE_PERSON = {
  name: 'Leonie Achterberg',
  linkedin_url: DEMO_PROFILE_URL,
  current_job_title: 'Senior Product Designer',
  company_name: 'Fernwick Health',
  linkedin_location: 'Utrecht, Utrecht, Netherlands',
} as const;

/** The message Due today lists for her. */
export const DEMO_DUE_MESSAGE =
  'Hi Leonie, thanks for the chat about design systems. Could we find 20 minutes this week for the Lead Designer role?';

/** POSTs `body` to the sandbox's API as the demo key; returns the created record's id. */
async function create(sandboxUrl: string, path: string, body: object, what: string): Promise<string> {
  const response = await fetch(`${sandboxUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_DEMO_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The sandbox refused ${what}: HTTP ${response.status}`);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** Adds the lead to the sandbox through its own API, as Stardex would hold them. */
export async function addDemoLead(sandboxUrl: string): Promise<void> {
  await create(sandboxUrl, '/v1/persons', DEMO_LEAD_PERSON, 'the demo lead');
}

/**
 * Adds the profile's person and a LinkedIn message to her due now, owned by the team member the
 * demo key acts as; returns the task's id.
 */
export async function addDemoDueTask(sandboxUrl: string, now = new Date()): Promise<string> {
  const personId = await create(sandboxUrl, '/v1/persons', DEMO_PROFILE_PERSON, 'the demo person');
  return create(
    sandboxUrl,
    '/v1/tasks',
    {
      task_type: 'linkedin_message',
      content_text: DEMO_DUE_MESSAGE,
      person_id: personId,
      owner_ids: [DEMO_TEAM_MEMBER_ID],
      due_date: now.toISOString(),
      is_completed: false,
    },
    'the demo task',
  );
}

/**
 * "This is me" for the demo: the team member the demo key acts as, so Due today lists their
 * tasks. A choice already made in the browser's profile is kept.
 */
export async function chooseDemoMe(worker: Worker): Promise<void> {
  await worker.evaluate(async (id) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const current = (settings ?? {}) as { meTeamMemberId?: string | null };
    if (current.meTeamMemberId) return;
    await chrome.storage.sync.set({ settings: { ...current, meTeamMemberId: id } });
  }, DEMO_TEAM_MEMBER_ID);
}

/** The sandbox's seeded people whose tasks Due today can list in the demo, each given a page. */
export const DEMO_SEEDED_PEOPLE = [
  {
    url: 'https://www.linkedin.com/in/avery-quinn/',
    slug: 'avery-quinn',
    name: 'Avery Quinn',
    title: 'Staff Engineer',
    company: 'Hooli Cloud',
  },
] as const;

/**
 * The demo profile's page made over for another invented person (name, address, role), so every
 * name the demo's Due today lists opens a real-looking profile rather than a missing page.
 */
export function demoProfileFor(html: string, person: (typeof DEMO_SEEDED_PEOPLE)[number]): string {
  return html
    .replaceAll('leonie-achterberg-3f81c2', person.slug)
    .replaceAll(DEMO_PROFILE_PERSON.name, person.name)
    .replaceAll('Leonie', person.name.split(' ')[0] ?? person.name)
    .replaceAll(DEMO_PROFILE_PERSON.current_job_title, person.title)
    .replaceAll(DEMO_PROFILE_PERSON.company_name, person.company);
}

/** What serves the demo's pages: the e2e and demo router (tests/e2e/support/linkedin-routes.ts). */
interface PageServer {
  serve(url: string, fixture: string): string;
  serveHtml(url: string, html: string): string;
}

const LIST_DIR = 'tests/fixtures/linkedin/lists';

/**
 * Every result list the project reads (tests/fixtures/linkedin/lists/), at the URL its
 * `.expected.json` names: each layout and language can be opened in the demo by its address.
 */
export function demoListPages(): (readonly [url: string, fixture: string])[] {
  return readdirSync(LIST_DIR)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const { url } = JSON.parse(readFileSync(`${LIST_DIR}/${file}`, 'utf8')) as { url: string };
      return [url, `lists/${file.replace(/\.expected\.json$/, '.html')}`] as const;
    });
}

/** Serves every page the demo opens or links to; the tabs last, so a bare search path is theirs. */
export function serveDemoPages(routes: PageServer): void {
  for (const [url, fixture] of demoListPages()) routes.serve(url, fixture);
  for (const [url, fixture] of DEMO_PAGES) routes.serve(url, fixture);
  const profileHtml = readFileSync('tests/fixtures/linkedin/demo/profile-2026.html', 'utf8');
  for (const person of DEMO_SEEDED_PEOPLE) routes.serveHtml(person.url, demoProfileFor(profileHtml, person));
}
