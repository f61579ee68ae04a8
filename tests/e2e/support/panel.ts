/** The in-page panel in e2e tests: its extension document, framed into a LinkedIn tab. */
import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The panel's extension document, framed into `page`. */
export async function panelFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => {
      frame = page.frames().find((f) => f.url().includes('/task-panel.html'));
      return frame !== undefined;
    })
    .toBe(true);
  return frame as Frame;
}
