/**
 * The ways to the form or a task besides the toolbar button — keyboard commands, the context
 * menu, the daily reminder's notification — wired in one call from lib/background/register.ts:
 *
 *   registerCommandsAndMenus({ submit: (run) => submitRun(services.outbox, run),
 *     client: () => services.client('interactive'),
 *     refreshBadge: () => void services.outbox.list().then(updateBadge) });
 */

import type { DueTodayClient } from '@/lib/background/due-today/refresh';
import { registerDueToday, updateDueToday } from '@/lib/background/due-today/register';
import { openForm } from '@/lib/platform/open-form';
import { type QuickTaskDeps, registerCommands, runQuickTask } from './commands';
import { openFormForMenuClick, registerContextMenu } from './context-menu';
import { registerDailyReminder } from './daily-reminder';

export interface CommandsAndMenusDeps extends QuickTaskDeps {
  client: () => Promise<DueTodayClient>;
  refreshBadge?: () => void;
}

/**
 * The hooks e2e tests call in the service worker (`self.stardexWaysIn`): native menus and
 * shortcuts cannot be clicked from Playwright, so tests run what their listeners run.
 */
export interface CommandsAndMenusHooks {
  openFormForMenuClick: typeof openFormForMenuClick;
  runQuickTask(tabId: number): ReturnType<typeof runQuickTask>;
  refreshDueToday(force?: boolean): ReturnType<typeof updateDueToday>;
}

/** Registers the context menu, shortcuts, due-today refresh and daily reminder. */
export function registerCommandsAndMenus(deps: CommandsAndMenusDeps): void {
  registerContextMenu();
  registerCommands(deps);
  registerDueToday(deps);
  registerDailyReminder({
    countDueToday: async () => (await updateDueToday(deps, true)).tasks.length,
    openList: () => openForm('/popup.html', {}),
  });
  const hooks: CommandsAndMenusHooks = {
    openFormForMenuClick,
    runQuickTask: (tabId) => runQuickTask(tabId, deps),
    refreshDueToday: (force) => updateDueToday(deps, force),
  };
  // Only in the build made for the e2e tests (STARDEX_E2E=1, `.output-e2e/`): the production
  // build carries no test hook (scripts/check-build.ts checks it).
  if (typeof __E2E_HOOKS__ === 'boolean' && __E2E_HOOKS__)
    (globalThis as { stardexWaysIn?: CommandsAndMenusHooks }).stardexWaysIn = hooks;
}
