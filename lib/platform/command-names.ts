/**
 * The keyboard shortcuts (manifest `commands`). Pure data: wxt.config.ts imports it in Node.
 *
 * Alt+Shift+S opens the form; Ctrl/Cmd+Shift+E is left alone on purpose — other recruiting
 * extensions take it. Both can be changed on the browser's shortcuts page (linked from options).
 */

/** Runs "quick task": the default task for the profile in the current tab, no form. */
export const QUICK_TASK_COMMAND = 'quick-task';

/** The built-in command that opens the toolbar popup (the form), per manifest version. */
export function openFormCommand(manifestVersion: 2 | 3): '_execute_action' | '_execute_browser_action' {
  return manifestVersion === 3 ? '_execute_action' : '_execute_browser_action';
}

/** The `commands` manifest key. */
export function manifestCommands(manifestVersion: 2 | 3) {
  return {
    [openFormCommand(manifestVersion)]: {
      suggested_key: { default: 'Alt+Shift+S' },
      description: 'Open the Stardex task form',
    },
    [QUICK_TASK_COMMAND]: {
      suggested_key: { default: 'Alt+Shift+Q' },
      description: 'Quick task: add the default Stardex task for this profile',
    },
  };
}
