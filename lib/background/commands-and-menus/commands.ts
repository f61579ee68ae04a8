/**
 * The keyboard shortcuts' background side. "Open the form" is the browser's own
 * `_execute_action` (no code); "quick task" runs here.
 */
import { browser } from 'wxt/browser';
import { type CadenceSubmitResult, type SubmitResult, sendMessage } from '@/lib/messaging';
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
import { buildQuickCadence, quickCadence, quickCadenceNotice } from './quick-cadence';
import { buildQuickTask, type Notice, quickTaskNotice } from './quick-task';

export interface QuickTaskDeps {
  /** The outbox path the form's submit uses (lib/background/submit.ts). */
  submit(submission: TaskSubmission): Promise<SubmitResult>;
  /** The outbox path of the form's cadence runs. */
  submitCadence(submissions: TaskSubmission[]): Promise<CadenceSubmitResult>;
}

/** Runs a quick task for the tab and returns the notice it showed. */
export async function runQuickTask(tabId: number | undefined, deps: QuickTaskDeps): Promise<Notice> {
  let notice: Notice;
  if (tabId === undefined) {
    notice = quickTaskNotice(null, { state: 'skipped', reason: 'Open a LinkedIn profile first.' });
  } else {
    const [read, settings, templates, cadences] = await Promise.all([
      sendMessage('readCurrentProfile', undefined, tabId).catch(() => null),
      settingsItem.getValue().then((v) => parseOr(settingsSchema, v, defaultSettings)),
      templatesItem.getValue().then((v) => parseOr(templatesSchema, v, {})),
      cadencesItem.getValue().then(parseCadences),
    ]);
    const cadence = quickCadence(settings.quickTaskCadenceId, cadences);
    if (read && cadence) return notifyOf(await quickRun({ read, settings, templates, cadence }, deps));
    const built = read
      ? buildQuickTask({ read, settings, templates, now: new Date(), clientId: crypto.randomUUID() })
      : { ok: false as const, reason: 'Open a LinkedIn profile first (or reload the page).' };
    if (built.ok) {
      const result = await deps.submit(built.submission).catch(
        (error: unknown): SubmitResult => ({
          state: 'invalid',
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
      notice = quickTaskNotice(built.submission, result);
    } else {
      notice = quickTaskNotice(null, { state: 'skipped', reason: built.reason });
    }
  }
  return notifyOf(notice);
}

async function notifyOf(notice: Notice): Promise<Notice> {
  await notify(QUICK_TASK_NOTIFICATION, notice);
  return notice;
}

/** Quick task set to a cadence: every step through the form's cadence path. */
async function quickRun(
  input: Omit<Parameters<typeof buildQuickCadence>[0], 'now'>,
  deps: QuickTaskDeps,
): Promise<Notice> {
  const built = buildQuickCadence({ ...input, now: new Date() });
  if (!built.ok) return quickTaskNotice(null, { state: 'skipped', reason: built.reason });
  const result = await deps
    .submitCadence(built.submissions)
    .catch((error: unknown): CadenceSubmitResult => ({ state: 'invalid', reason: String(error) }));
  return quickCadenceNotice(input.cadence.name, built.submissions[0]?.person.fullName ?? '', result);
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
