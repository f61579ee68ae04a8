/**
 * What the popup needs before it can show anything, fetched in parallel: the setup state, the
 * form's storage, and the profile read from the target tab (the active tab, `?tab=<id>`, or the
 * tab the side panel follows).
 */

import { linkPopupTarget } from '@/lib/form/form-target';
import { type FormPerson, personFromProfile } from '@/lib/form/person';
import { type SetupState, sendMessage } from '@/lib/messaging';
import { startTabReads, type TabReads, tabPage, tabReadsFor, takeEarlyReads } from '@/lib/pages/early-reads';
import { isLinkedInPageUrl, normalizeProfileUrl, pageKindOfUrl } from '@/lib/profile/linkedin-url';
import { listKindOfUrl } from '@/lib/profile/list/list-kind';
import type { ListRead } from '@/lib/profile/list/list-schema';
import { realPhotoUrl } from '@/lib/profile/photo';
import { type Profile, type ReadResult, readResultSchemaOf } from '@/lib/profile/profile-schema';
import { notFoundReason } from '@/lib/profile/read-reasons';
import { type ReadHealth, readHealthOf } from '@/lib/profile/read-report';
import { nameFromTitle } from '@/lib/profile/strategies/page-title';
import { type FormBoot, loadFormBoot } from '../task-form/form-store';
import { askList } from './load-list';

/** How long the content script gets to answer before the popup offers the manual entry. */
const PROFILE_TIMEOUT_MS = 2500;

export type PopupTarget =
  | { kind: 'person'; person: FormPerson; health: ReadHealth | null }
  /** A person's page without their /in/ link (a Sales Navigator lead): settle who it is first. */
  | { kind: 'unlinked'; profile: Profile; health: ReadHealth | null }
  /** A result list (people search, Sales Navigator): its people, to pick and create tasks for. */
  | { kind: 'list'; list: ListRead }
  /** Not a profile (or no content script): the manual entry, prefilled from the tab where it can be. */
  | { kind: 'manual'; reason: string; name: string; url?: string };

export interface PopupData {
  setup: SetupState;
  boot: FormBoot;
  target: PopupTarget;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the page did not answer')), ms)),
  ]);
}

/** True when the tab shows LinkedIn. */
async function isLinkedInTab(tabId: number): Promise<boolean> {
  return isLinkedInPageUrl((await tabPage(tabId)).url);
}

/**
 * The manual entry for a tab the reader could not read: on a person's page (still rendering, or
 * a layout nothing recognises) it is prefilled from the tab's URL and title.
 */
function manualFor(page: { url: string; title: string }, reason: string | null): PopupTarget {
  if (!pageKindOfUrl(page.url))
    return { kind: 'manual', reason: 'This tab is not a LinkedIn profile.', name: '' };
  if (reason === notFoundReason)
    return { kind: 'manual', reason: 'LinkedIn shows “Profile Not Found” for this page.', name: '' };
  const url = normalizeProfileUrl(page.url) ?? undefined;
  const name = nameFromTitle(page.title, false) ?? '';
  const why = 'LinkedIn has not finished showing this profile, or its page could not be read.';
  return { kind: 'manual', reason: why, name, ...(url ? { url } : {}) };
}

/**
 * Asks the tab's content script for the profile. A LinkedIn tab opened moments ago may not have
 * its content script yet (it runs once the page is idle): there, "no receiver" is retried until
 * the deadline rather than taken as "not a profile".
 */
async function askProfile({ tabId, firstAnswer }: TabReads, deadline: number) {
  for (let answer = firstAnswer; ; answer = sendMessage('readCurrentProfile', undefined, tabId)) {
    try {
      return await answer;
    } catch (error) {
      if (Date.now() + 150 > deadline || !(await isLinkedInTab(tabId))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/**
 * The content script's answer, validated where it arrives with the reader's own schema: the tab's
 * page may be hostile, so anything malformed is "not read", and a photo not on LinkedIn's media
 * hosts is dropped (extension pages load images from those only, see the manifest's CSP).
 */
export function checkedRead(answer: unknown): ReadResult {
  const parsed = readResultSchemaOf(answer).safeParse(answer);
  if (!parsed.success) return { kind: 'not-a-profile', reason: 'the page answered something unreadable' };
  const result = parsed.data;
  return result.kind === 'profile' ? { ...result, photoUrl: realPhotoUrl(result.photoUrl) } : result;
}

/**
 * Reads the profile shown in the tab. A person's page always leads to a form for that person:
 * the task form, the "who is this in Stardex?" step when the page has no /in/ link, or the
 * manual entry prefilled from the tab when the page could not be read at all.
 */
export async function readTarget(tab: TabReads | undefined): Promise<PopupTarget> {
  if (tab === undefined) return { kind: 'manual', reason: 'This tab is not a LinkedIn profile.', name: '' };
  try {
    const deadline = Date.now() + PROFILE_TIMEOUT_MS;
    const page = await tab.page;
    if (listKindOfUrl(page.url))
      return { kind: 'list', list: await withTimeout(askList(tab.tabId, deadline), PROFILE_TIMEOUT_MS) };
    return targetFromAnswer(await withTimeout(askProfile(tab, deadline), PROFILE_TIMEOUT_MS), await tab.page);
  } catch {
    return manualFor(await tab.page, null);
  }
}

/** The form's target for the content script's `answer` about the page at `page`. */
export function targetFromAnswer(answer: unknown, page: { url: string; title: string }): PopupTarget {
  const result = checkedRead(answer);
  if (result.kind !== 'profile') return manualFor(page, result.reason);
  const health = readHealthOf(result, page.url);
  const person = personFromProfile(result);
  return person ? { kind: 'person', person, health } : { kind: 'unlinked', profile: result, health };
}

/**
 * Everything the popup's first screen needs. The side panel names the tab it follows (`tabId`);
 * the toolbar popup takes its tab from `search` or the active tab, with its early reads.
 */
export async function loadPopup(search: string, tabId?: number): Promise<PopupData> {
  const early = tabId === undefined ? takeEarlyReads(search) : undefined;
  const target =
    tabId !== undefined
      ? readTarget(startTabReads(tabId))
      : // A right-clicked profile link (`?profileUrl=…&name=…`) wins over the tab's own page.
        (linkPopupTarget(search) ?? (early?.tab ?? tabReadsFor(search)).then(readTarget));
  const [boot, resolved] = await Promise.all([loadFormBoot(early?.storage), target]);
  // The state the background published says a key is set: no need to wake a stopped worker
  // before showing the form (its lookups wake it right after). Anything else is asked: the
  // first-run screen must not show because a just-saved key has not been published yet.
  const setup = boot.setup?.hasApiKey ? boot.setup : await askSetupState();
  return { setup, boot, target: resolved };
}

function askSetupState(): Promise<SetupState> {
  return sendMessage('getSetupState', undefined).catch(
    (): SetupState => ({ hasApiKey: false, baseUrl: '', usingSandbox: false }),
  );
}
