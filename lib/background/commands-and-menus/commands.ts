/**
 * The keyboard shortcuts' background side. "Open the form" is the browser's own
 * `_execute_action` (no code); "quick task" runs here.
 */
import { browser } from 'wxt/browser';
import { type SubmitRun, sendMessage } from '@/lib/messaging';
import { QUICK_TASK_COMMAND } from '@/lib/platform/command-names';
import { parseOr } from '@/lib/storage/parse-or';
import {
  cadencesItem,
  defaultSettings,
  settingsItem,
  settingsSchema,
  templatesItem,
  templatesSchema,
} from '@/lib/storage/preferences';
import { parseCadences } from '@/lib/tasks/cadence-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import { notify, QUICK_TASK_NOTIFICATION } from './notifications';
import { buildQuickCadence, quickCadence } from './quick-cadence';
import { buildQuickTask, type Notice, quickNotice } from './quick-task';

export interface QuickTaskDeps {
  /** The outbox path the form's submit uses (lib/background/submit.ts). */
  submit(submissions: TaskSubmission[]): Promise<SubmitRun>;
}

/** The default task for the person in the tab, or every step of the cadence Options chose for quick tasks. */
async function quickRun(
  tabId: number,
): Promise<
  { ok: true; submissions: TaskSubmission[]; cadence: string | null } | { ok: false; reason: string }
> {
  const [read, settings, templates, cadences] = await Promise.all([
    sendMessage('readCurrentProfile', undefined, tabId).catch(() => null),
    settingsItem.getValue().then((v) => parseOr(settingsSchema, v, defaultSettings)),
    templatesItem.getValue().then((v) => parseOr(templatesSchema, v, {})),
    cadencesItem.getValue().then(parseCadences),
  ]);
  if (!read) return { ok: false, reason: 'Open a LinkedIn profile first (or reload the page).' };
  const now = new Date();
  const cadence = quickCadence(settings.quickTaskCadenceId, cadences);
  if (cadence) {
    const built = buildQuickCadence({ read, settings, templates, cadence, now });
    return built.ok ? { ...built, cadence: cadence.name } : built;
  }
  const built = buildQuickTask({ read, settings, templates, now, clientId: crypto.randomUUID() });
  return built.ok ? { ok: true, submissions: [built.submission], cadence: null } : built;
}

/** Runs a quick task for the tab and returns the notice it showed. */
export async function runQuickTask(tabId: number | undefined, deps: QuickTaskDeps): Promise<Notice> {
  const run =
    tabId === undefined
      ? { ok: false as const, reason: 'Open a LinkedIn profile first.' }
      : await quickRun(tabId);
  let notice: Notice;
  if (run.ok) {
    const result = await deps.submit(run.submissions).catch(
      (error: unknown): SubmitRun => ({
        state: 'invalid',
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    notice = quickNotice(run.submissions, run.cadence, result);
  } else {
    notice = quickNotice([], null, { state: 'skipped', reason: run.reason });
  }
  await notify(QUICK_TASK_NOTIFICATION, notice);
  return notice;
}

/** Background: the quick-task shortcut (listener added synchronously). */
export function registerCommands(deps: QuickTaskDeps): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== QUICK_TASK_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      await runQuickTask(tabId, deps);
    })();
  });
}
