/**
 * What the popup needs before it can show anything, fetched in parallel: the setup state, the
 * form's storage, and the profile read from the target tab (the active tab, or `?tab=<id>`).
 */
import { browser } from 'wxt/browser';
import { type FormPerson, personFromProfile } from '@/lib/form/person';
import { type SetupState, sendMessage } from '@/lib/messaging';
import { linkPopupTarget, parseFormTarget } from '@/lib/ways-in/form-target';
import { type FormBoot, loadFormBoot } from '../task-form/form-store';

/** How long the content script gets to answer before the popup offers the manual entry. */
const PROFILE_TIMEOUT_MS = 2500;

export type PopupTarget =
  | { kind: 'person'; person: FormPerson }
  /** Not a profile (or no content script): the manual entry, prefilled when the page had a name. */
  | { kind: 'manual'; reason: string; name: string; url?: string };

export interface PopupData {
  setup: SetupState;
  boot: FormBoot;
  target: PopupTarget;
}

/** The tab the popup is about: `?tab=<id>` when given (own window, tests), else the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const { tabId } = parseFormTarget(search);
  if (tabId !== undefined) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the page did not answer')), ms)),
  ]);
}

/** True when the tab shows LinkedIn (its URL is only visible to us on hosts we have access to). */
async function isLinkedInTab(tabId: number): Promise<boolean> {
  try {
    const { url } = await browser.tabs.get(tabId);
    return url !== undefined && /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//.test(url);
  } catch {
    return false;
  }
}

/**
 * Asks the tab's content script for the profile. A LinkedIn tab opened moments ago may not have
 * its content script yet (it runs once the page is idle): there, "no receiver" is retried until
 * the deadline rather than taken as "not a profile".
 */
async function askProfile(tabId: number, deadline: number) {
  for (;;) {
    try {
      return await sendMessage('readCurrentProfile', undefined, tabId);
    } catch (error) {
      if (Date.now() + 150 > deadline || !(await isLinkedInTab(tabId))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/** Reads the profile shown in the tab; any failure means "not on a LinkedIn profile". */
export async function readTarget(tabId: number | undefined): Promise<PopupTarget> {
  const notProfile = { kind: 'manual', reason: 'This tab is not a LinkedIn profile.', name: '' } as const;
  if (tabId === undefined) return notProfile;
  try {
    const deadline = Date.now() + PROFILE_TIMEOUT_MS;
    const result = await withTimeout(askProfile(tabId, deadline), PROFILE_TIMEOUT_MS);
    if (result.kind !== 'profile') return notProfile;
    const person = personFromProfile(result);
    if (person) return { kind: 'person', person };
    return {
      kind: 'manual',
      reason: 'This page shows no LinkedIn profile link for the person.',
      name: result.fullName,
    };
  } catch {
    return notProfile;
  }
}

/** Everything the popup's first screen needs. */
export async function loadPopup(search: string): Promise<PopupData> {
  const setupPromise = sendMessage('getSetupState', undefined).catch(
    (): SetupState => ({ hasApiKey: false, baseUrl: '', usingSandbox: false }),
  );
  const [setup, boot, target] = await Promise.all([
    setupPromise,
    loadFormBoot(),
    // A right-clicked profile link (`?profileUrl=…&name=…`) wins over the tab's own page.
    linkPopupTarget(search) ?? targetTabId(search).then(readTarget),
  ]);
  return { setup, boot, target };
}
