/**
 * Every "way in" the background serves, wired in one call from lib/background/register.ts:
 *
 *   registerWaysIn({ submit: (run) => submitRun(services.outbox, run), client: () => services.client('interactive'),
 *                    refreshBadge: () => void services.outbox.list().then(updateBadge) });
 */

import type { DueTodayClient } from '@/lib/due-today/refresh';
import { registerDueToday, updateDueToday } from '@/lib/due-today/register';
import { openForm } from '@/lib/platform/open-form';
import { type QuickTaskDeps, registerCommands, runQuickTask } from './commands';
import { openFormForMenuClick, registerContextMenu } from './context-menu';
import { registerDailyReminder } from './daily-reminder';

export interface WaysInDeps extends QuickTaskDeps {
  client: () => Promise<DueTodayClient>;
  refreshBadge?: () => void;
}

/**
 * The hooks e2e tests call in the service worker (`self.stardexWaysIn`): native menus and
 * shortcuts cannot be clicked from Playwright, so tests run what their listeners run.
 */
export interface WaysInHooks {
  openFormForMenuClick: typeof openFormForMenuClick;
  runQuickTask(tabId: number): ReturnType<typeof runQuickTask>;
  refreshDueToday(force?: boolean): ReturnType<typeof updateDueToday>;
}

/** Registers the context menu, shortcuts, due-today refresh and daily reminder. */
export function registerWaysIn(deps: WaysInDeps): void {
  registerContextMenu();
  registerCommands(deps);
  registerDueToday(deps);
  registerDailyReminder({
    countDueToday: async () => (await updateDueToday(deps, true)).tasks.length,
    openList: () => openForm('/popup.html', {}),
  });
  const hooks: WaysInHooks = {
    openFormForMenuClick,
    runQuickTask: (tabId) => runQuickTask(tabId, deps),
    refreshDueToday: (force) => updateDueToday(deps, force),
  };
  // Only in the build made for the e2e tests (STARDEX_E2E=1, `.output-e2e/`): the production
  // build carries no test hook (scripts/check-build.ts checks it).
  if (typeof __E2E_HOOKS__ === 'boolean' && __E2E_HOOKS__)
    (globalThis as { stardexWaysIn?: WaysInHooks }).stardexWaysIn = hooks;
}
