/**
 * What `npm run demo` shows: invented people's pages (tests/fixtures/linkedin/demo/) at real
 * LinkedIn URLs, and the Stardex sandbox person behind the Sales Navigator lead, so "Find in
 * Stardex by name" on the lead finds someone.
 */
import { SANDBOX_DEMO_KEY } from '../../lib/config';

export const DEMO_PROFILE_URL = 'https://www.linkedin.com/in/leonie-achterberg-3f81c2/';
export const DEMO_LEAD_URL =
  'https://www.linkedin.com/sales/lead/ACwAACiyvkEBJ1qjFlEkvmer46lHRbFzok0iqc8,NAME_SEARCH,C822';

/** The demo's tabs, in order: URL and fixture (under tests/fixtures/linkedin/). */
export const DEMO_PAGES = [
  [DEMO_PROFILE_URL, 'demo/profile-2026.html'],
  [DEMO_LEAD_URL, 'demo/lead-2026.html'],
] as const;

/** The lead as a person already in Stardex (the lead page shows no /in/ link of theirs). */
export const DEMO_LEAD_PERSON = {
  name: 'Tobias Wrenfield',
  linkedin_url: 'https://www.linkedin.com/in/tobias-wrenfield-7c41b9/',
  current_job_title: 'Head of Revenue Operations',
  company_name: 'Lumenfold Analytics',
  linkedin_location: 'Greater Manchester, England, United Kingdom',
} as const;

/** Adds the lead to the sandbox through its own API, as Stardex would hold them. */
export async function addDemoLead(sandboxUrl: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/v1/persons`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_DEMO_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LEAD_PERSON),
  });
  if (!response.ok) throw new Error(`The sandbox refused the demo lead: HTTP ${response.status}`);
}
