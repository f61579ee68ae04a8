/**
 * The open task panel, shared between the LinkedIn content script and the panel script the
 * background injects on demand. Both run in the extension's isolated world and share its
 * `globalThis` (a page script sees neither), so the button can reach an already loaded panel
 * without a round trip, and a second injection finds the first panel instead of making another.
 */

export interface PanelHandle {
  /** Shows the panel (if hidden) and moves focus into it. */
  focus(): void;
  close(): void;
  /** Profile key (see fresh-read.ts) of the profile the panel was opened for. */
  readonly key: string | null;
}

const slot = Symbol.for('stardex.taskPanel');
const openerSlot = Symbol.for('stardex.taskPanelOpener');
type Slotted = typeof globalThis & { [slot]?: PanelHandle; [openerSlot]?: () => void };

/** The open panel, if any. */
export function currentPanel(): PanelHandle | undefined {
  return (globalThis as Slotted)[slot];
}

/** Records `panel` as the open one (or none). */
export function setCurrentPanel(panel: PanelHandle | undefined): void {
  (globalThis as Slotted)[slot] = panel;
}

/** How to open a panel without injecting the panel script again (set once it has loaded). */
export function panelOpener(): (() => void) | undefined {
  return (globalThis as Slotted)[openerSlot];
}

/** Called by the panel script when it loads. */
export function setPanelOpener(open: (() => void) | undefined): void {
  (globalThis as Slotted)[openerSlot] = open;
}
