/**
 * The open task panel of this tab, kept on the isolated world's `globalThis` (a page script sees
 * none of it), so a renewed content-script context (resilient-context.ts) finds the panel the
 * recruiter is typing in instead of framing a second one.
 */

export interface PanelHandle {
  /** Shows the panel (if hidden) and moves focus into it. */
  focus(): void;
  close(): void;
  /** Profile key (see fresh-read.ts) of the profile the panel was opened for. */
  readonly key: string | null;
}

const slot = Symbol.for('stardex.taskPanel');
type Slotted = typeof globalThis & { [slot]?: PanelHandle };

/** The open panel, if any. */
export function currentPanel(): PanelHandle | undefined {
  return (globalThis as Slotted)[slot];
}

/** Records `panel` as the open one (or none). */
export function setCurrentPanel(panel: PanelHandle | undefined): void {
  (globalThis as Slotted)[slot] = panel;
}
