/**
 * The form reads as finished and every outcome is in view, in real Chromium at Chrome's popup size
 * (380 × 600) against the sandbox: the outcome of Create (created, queued while Stardex answers 503,
 * refused) sits in the sticky footer, uncovered, inside the viewport; the owner defaults to the
 * recruiter once they said which member they are (asked once, kept as "This is me"); a keyboard
 * pick closes the owners list; the person's state and open tasks follow a create; focus starts in
 * the task text.
 */
import type { Page } from '@playwright/test';
import { SEED_IDS } from '../../sandbox/seed-ids';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import type { LaunchedExtension } from './support/launch-extension';
import type { LinkedInRoutes } from './support/linkedin-routes';
import { sidePanel } from './support/panel';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

/** A tab on Tomás's profile, and the popup opened for it. */
async function openOnProfile(ext: LaunchedExtension, linkedin: LinkedInRoutes) {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  return { page, popup: await openPopup(ext, page) };
}

async function openPopup(ext: LaunchedExtension, linkedinPage: Page): Promise<PopupPage> {
  const popup = await PopupPage.openFor(ext, linkedinPage);
  await popup.page.setViewportSize({ width: 380, height: 600 });
  await expect(popup.page.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await expect(popup.page.getByText(/^(In Stardex|Will be added to Stardex)$/)).toBeVisible();
  await expect(popup.page.getByRole('combobox', { name: 'Owners' })).toBeEnabled();
  return popup;
}

/** The outcome's box, and whether its middle is the outcome itself (nothing covers it). */
async function outcomeInView(page: Page) {
  const box = await page.locator('[role="status"] .sx-status').boundingBox();
  const uncovered = await page.evaluate(() => {
    const status = document.querySelector('[role="status"] .sx-status');
    if (!status) return false;
    const r = status.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && status.contains(hit);
  });
  return { box, uncovered, viewport: page.viewportSize() };
}

async function expectOutcomeInView(page: Page) {
  const { box, uncovered, viewport } = await outcomeInView(page);
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(uncovered).toBe(true);
}

const outcomes = [
  { name: 'created', fault: null, text: /^Task created: .*New task$/ },
  { name: 'queued', fault: { status: 503, count: 20 }, text: /^Saved, will be delivered: .*retrying at/ },
  { name: 'refused', fault: { status: 403, count: 1 }, text: /^Not created: / },
] as const;

for (const outcome of outcomes) {
  test(`the ${outcome.name} outcome of Create is in view at 380 × 600, uncovered`, async ({
    ext,
    sandbox,
    linkedin,
  }) => {
    if (outcome.fault) await sandbox.addFault({ route: 'POST /v1/tasks', ...outcome.fault });
    const { popup } = await openOnProfile(ext, linkedin);
    await popup.createButton.click();
    await expect(popup.page.getByRole('status')).toHaveText(outcome.text, { timeout: 20_000 });
    await expectOutcomeInView(popup.page);
    if (outcome.name !== 'refused') {
      await expect(popup.page.getByRole('button', { name: 'New task' })).toBeInViewport();
    }
  });
}

test('asked once which member they are, the recruiter is the default owner from then on', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const { page, popup } = await openOnProfile(ext, linkedin);
  const ask = popup.page.getByRole('combobox', { name: 'Which one is you?' });
  await expect(ask).toBeVisible();
  await expect(popup.page.getByRole('list', { name: 'Owners chosen' }).getByRole('listitem')).toHaveCount(0);
  await ask.selectOption({ label: 'Dana Demo' });

  await expect(ask).toBeHidden();
  const chips = popup.page.getByRole('list', { name: 'Owners chosen' }).getByRole('listitem');
  await expect(chips).toHaveText(['Dana Demo (me)×']);
  await expect(popup.page.getByText('Default: you')).toBeVisible();
  // Kept as the synced "This is me" that Options shows.
  await expect
    .poll(() =>
      ext.worker.evaluate(
        async () =>
          ((await chrome.storage.sync.get('settings')).settings as { meTeamMemberId?: string } | undefined)
            ?.meTeamMemberId,
      ),
    )
    .toBe(SEED_IDS.team.dana);

  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toContainText('Task created');
  const creates = await sandbox.taskCreates();
  expect(creates.map((r) => (r.body as { owner_ids?: string[] }).owner_ids)).toEqual([[SEED_IDS.team.dana]]);

  // Not asked again: the next form starts with the recruiter as its owner.
  const again = await openPopup(ext, page);
  await expect(again.page.getByRole('list', { name: 'Owners chosen' }).getByRole('listitem')).toHaveText([
    'Dana Demo (me)×',
  ]);
  await expect(again.page.getByRole('combobox', { name: 'Which one is you?' })).toHaveCount(0);
});

test('an owner picked with the keyboard closes the list, so Create is not covered', async ({
  ext,
  linkedin,
}) => {
  const { popup } = await openOnProfile(ext, linkedin);
  const owners = popup.page.getByRole('combobox', { name: 'Owners' });
  await owners.focus();
  await owners.pressSequentially('Marco');
  await expect(owners).toHaveAttribute('aria-expanded', 'true');
  await owners.press('ArrowDown');
  await owners.press('Enter');

  await expect(popup.page.getByRole('button', { name: 'Remove owner Marco Ferrante' })).toBeVisible();
  await expect(owners).toHaveAttribute('aria-expanded', 'false');
  await expect(popup.page.getByRole('listbox')).toHaveCount(0);
  const createUncovered = await popup.page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Create task',
    );
    if (!button) return false;
    const r = button.getBoundingClientRect();
    return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  expect(createUncovered).toBe(true);
  // ↓ opens the list again for another owner.
  await owners.press('ArrowDown');
  await expect(owners).toHaveAttribute('aria-expanded', 'true');
});

test('after a create, the person shows as in Stardex and the open-task count moves', async ({
  ext,
  linkedin,
}) => {
  const { popup } = await openOnProfile(ext, linkedin);
  const openTasks = popup.page.locator('.sx-open-tasks > summary');
  await expect(popup.page.getByText('Will be added to Stardex', { exact: true })).toBeVisible();
  await expect(openTasks).toHaveText('No open tasks for this person');

  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toContainText('Task created');
  await expect(popup.page.getByText('In Stardex', { exact: true })).toBeVisible();
  await expect(openTasks).toHaveText(/^1 open task · LinkedIn message/);

  await popup.page.getByRole('button', { name: 'New task' }).click();
  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toContainText('Task created');
  await expect(openTasks).toHaveText(/^2 open tasks · /);
});

test('focus starts in the task text, in the popup and in the side panel', async ({ ext, linkedin }) => {
  const { page, popup } = await openOnProfile(ext, linkedin);
  await expect(popup.taskText).toBeFocused();
  await popup.page.close();

  await page.bringToFront();
  await page.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Task text' })).toBeFocused();
});

test('a task Stardex refused is created by pressing Create again once the cause is gone, once', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', status: 403, count: 1 });
  const opened = await openOnProfile(ext, linkedin);
  const { page } = opened;
  let { popup } = opened;
  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toHaveText(/^Not created: /, { timeout: 20_000 });
  // The recruiter comes back later (the admin fixed the key's rights): the draft is there.
  await popup.page.close();
  popup = await openPopup(ext, page);
  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toHaveText(/^Task created: /, { timeout: 20_000 });
  const creates = await sandbox.taskCreates();
  expect(creates).toHaveLength(2); // the refused one, and the one that made the task
  expect((await sandbox.state()).tasks.filter((t) => t.content_text.includes('Tomás'))).toHaveLength(1);
});
