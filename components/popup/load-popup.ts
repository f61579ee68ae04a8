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

/** Reads the profile shown in the tab; any failure means "not on a LinkedIn profile". */
export async function readTarget(tabId: number | undefined): Promise<PopupTarget> {
  const notProfile = { kind: 'manual', reason: 'This tab is not a LinkedIn profile.', name: '' } as const;
  if (tabId === undefined) return notProfile;
  try {
    const result = await withTimeout(sendMessage('readCurrentProfile', undefined, tabId), PROFILE_TIMEOUT_MS);
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
