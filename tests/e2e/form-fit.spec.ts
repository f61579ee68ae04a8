/**
 * The popup's form at Chrome's popup size (380 × 600) with the default settings: everything, down
 * to "Create task", fits without scrolling (the optional links sit behind their disclosure), and
 * nothing jumps when the person's Stardex state and the owners arrive (Layout Instability API).
 */
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

test('the whole form fits 380 × 600 without scrolling, and nothing shifts as Stardex answers', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await PopupPage.openFor(ext, page);
  await popup.page.setViewportSize({ width: 380, height: 600 });
  await expect(popup.page.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  // Stardex has answered: the person's state and the owners are shown.
  await expect(popup.page.getByText(/^(In Stardex|Will be added to Stardex)$/)).toBeVisible();
  await expect(popup.page.getByRole('combobox', { name: 'Owners' })).toBeEnabled();
  await popup.page.waitForTimeout(500);

  // The popup's body is its scroll container (entrypoints/popup/popup-page.css): nothing may be hidden below its fold.
  const fit = await popup.page.evaluate(() => {
    const body = document.body;
    const bottomOf = (name: string) =>
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent?.trim() === name)
        ?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY;
    return {
      scrollHeight: body.scrollHeight,
      clientHeight: body.clientHeight,
      buttonBottom: bottomOf('Create task'),
      linksBottom: bottomOf('Link to a job, deal or client'),
      actionsTop: document.querySelector('.sx-actions')?.getBoundingClientRect().top ?? 0,
    };
  });
  console.log(`form fit: ${JSON.stringify(fit)}`);
  expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight);
  expect(fit.linksBottom).toBeLessThanOrEqual(fit.actionsTop);
  expect(fit.clientHeight).toBeLessThanOrEqual(600);
  expect(fit.buttonBottom).toBeLessThanOrEqual(600);
  await expect(popup.page.getByRole('button', { name: 'Link to a job, deal or client' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );

  const shift = await popup.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  // "Good" cumulative layout shift is ≤ 0.1; the form aims at none.
  expect(shift).toBeLessThanOrEqual(0.01);
  console.log(
    `form fit: scrollHeight ${fit.scrollHeight}px, Create task bottom ${Math.round(fit.buttonBottom)}px, CLS ${shift.toFixed(4)}`,
  );
});

test('the links disclosure remembers being open, and a chosen link shows as a chip when closed', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await PopupPage.openFor(ext, page);
  const toggle = popup.page.getByRole('button', { name: 'Link to a job, deal or client' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const job = popup.page.getByRole('combobox', { name: 'Job' });
  await job.fill('Backend');
  await popup.page.getByRole('option', { name: /Senior Backend Engineer/ }).click();
  await toggle.click();
  await expect(popup.page.getByRole('list', { name: 'Linked records' }).getByRole('listitem')).toHaveCount(1);
  await toggle.click(); // open again: the next popup opens with it open

  const again = await PopupPage.openFor(ext, page);
  await expect(again.page.getByRole('button', { name: 'Link to a job, deal or client' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});
