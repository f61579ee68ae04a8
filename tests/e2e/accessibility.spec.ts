/**
 * axe-core finds no serious or critical violation in the popup, the in-page panel and the options
 * page. The panel lives in a closed shadow root that axe cannot enter, so its rendered markup and
 * styles are copied out through the DevTools protocol (which sees closed roots) into a plain page
 * and checked there.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findNode(node: DomNode, name: string): DomNode | undefined {
  if (node.nodeName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, name);
    if (found) return found;
  }
  return undefined;
}

test('popup and options have no serious accessibility violations, light and dark', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.createButton).toBeVisible();
  await expect(popup.page.locator('body[data-ready="true"]')).toHaveCount(1);
  expect(await seriousViolations(popup.page)).toEqual([]);
  // Both themes follow the system; contrast is checked in each.
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(popup.page)).toEqual([]);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByLabel('API key', { exact: true })).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(options)).toEqual([]);
});

test('the in-page panel has no serious accessibility violations', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await page.locator('stardex-page-button').click();
  await expect(page.locator('stardex-task-panel')).toHaveCount(1);

  const cdp = await ext.context.newCDPSession(page);
  let markup = '';
  await expect
    .poll(async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const shadow = findNode(root, 'STARDEX-TASK-PANEL')?.shadowRoots?.[0];
      const parts = await Promise.all(
        (shadow?.children ?? []).map(
          async (child) =>
            ((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string })
              .outerHTML,
        ),
      );
      markup = parts.join('');
      return markup.includes('Create task');
    })
    .toBe(true);

  const copy = await ext.context.newPage();
  await copy.setContent(
    `<!doctype html><html lang="en"><head><title>Panel</title></head><body><main>${markup}</main></body></html>`,
  );
  await expect(copy.getByRole('button', { name: 'Create task' })).toBeVisible();
  expect(await seriousViolations(copy)).toEqual([]);
});

test('a task typed into the in-page panel lands in Stardex', async ({ ext, sandbox, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await page.locator('stardex-page-button').click();
  await expect(page.locator('stardex-task-panel')).toHaveCount(1);
  // The panel opens with the focus in "Task text" (a closed shadow root: the keyboard is the way in).
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('STARDEX-TASK-PANEL');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Sent from the page panel');
  await page.keyboard.press('ControlOrMeta+Enter');

  await expect
    .poll(
      async () => (await sandbox.state()).tasks.filter((t) => t.content_text === 'Sent from the page panel'),
      {
        timeout: 15_000,
      },
    )
    .toHaveLength(1);
});
