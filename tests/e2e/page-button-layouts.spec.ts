/**
 * The page button on every person's page layout the reader reads, served at its real URL: the
 * 2026 layouts in each state and language (with and without `data-view-name`, raw server HTML),
 * the older Sales Navigator lead page; anchored in the top card's action row where there is one,
 * floating at the window's corner where there is none; one per view through SPA navigation
 * between layouts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { bodyOf, spaNavigate, viewRendered } from './support/spa';

const BUTTON = 'stardex-page-button';
const DIR = 'tests/fixtures/linkedin';

interface Fixture {
  name: string;
  url: string;
  html: string;
}

function fixture(name: string): Fixture {
  const { url } = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8')) as { url: string };
  return { name, url, html: readFileSync(`${DIR}/${name}.html`, 'utf8') };
}

const inFolder = (folder: string, filter: RegExp = /./) =>
  readdirSync(`${DIR}/${folder}`)
    .filter((f) => f.endsWith('.html') && filter.test(f))
    .map((f) => fixture(`${folder}/${f.replace(/\.html$/, '')}`));

const LAYOUTS_2026 = [...inFolder('sdui'), ...inFolder('sdui-plain'), ...inFolder('i18n', /-2026\.html$/)];

/** Where the button is: in the 2026 top card, in another layout's top card, or floating. */
async function placeOf(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    if (!host) return 'none';
    if (host.hasAttribute('data-float')) return 'floating';
    if (host.closest('[componentkey$="Topcard"], [data-view-name="profile-top-card"]')) return 'top card';
    return host.closest('section, main, #profile-card-section') ? 'page' : 'elsewhere';
  }, BUTTON);
}

test('one button on every 2026 profile, in every state and language, in the top card’s action row', async ({
  ext,
  linkedin,
}) => {
  test.setTimeout(180_000);
  expect(LAYOUTS_2026.length).toBeGreaterThanOrEqual(24);
  const page = await ext.context.newPage();
  const places: Record<string, string> = {};
  for (const { name, url, html } of LAYOUTS_2026) {
    await page.goto(linkedin.serveHtml(url, html));
    await expect(page.locator(BUTTON), name).toHaveCount(1, { timeout: 15_000 });
    places[name] = await placeOf(page);
  }
  // Raw server HTML before hydration may hold no action row: the button floats there, never missing.
  const inCard = Object.entries(places).filter(([, place]) => place === 'top card');
  const elsewhere = Object.entries(places).filter(([, place]) => place !== 'top card');
  expect(
    elsewhere.every(([name, place]) => /ssr/.test(name) && place === 'floating'),
    JSON.stringify(places),
  ).toBe(true);
  expect(inCard.length).toBeGreaterThanOrEqual(LAYOUTS_2026.length - 2);
  // In the row of the card's own actions: beside Message/Connect/More, not after the name.
  await page.goto(
    linkedin.serveHtml(fixture('sdui-plain/plain-full').url, fixture('sdui-plain/plain-full').html),
  );
  await expect(page.locator(BUTTON)).toHaveCount(1);
  const row = await page.evaluate((tag) => {
    const parent = document.querySelector(tag)?.parentElement;
    return parent?.querySelectorAll('a[href*="/messaging/compose"], button[aria-expanded]').length ?? 0;
  }, BUTTON);
  expect(row).toBeGreaterThanOrEqual(1);
});

test('the 2019 Sales Navigator lead page shows the button in its top card', async ({ ext, linkedin }) => {
  const lead = fixture('sales/lead-2019');
  const page = await ext.context.newPage();
  await page.goto(linkedin.serveHtml(lead.url, lead.html));
  await expect(page.locator(`.profile-topcard-actions ${BUTTON}`)).toHaveCount(1);
});

test('one button per view through SPA navigation between the 2024, 2026 and 2026-04 layouts', async ({
  ext,
  linkedin,
}) => {
  const first = fixture('sdui-plain/plain-full');
  const page = await ext.context.newPage();
  await page.goto(linkedin.serveHtml(first.url, first.html));
  await expect(page.locator(BUTTON)).toHaveCount(1);
  for (const next of [
    fixture('sdui/sdui-full'),
    fixture('sdui-plain/plain-pl'),
    fixture('sdui/sdui-self-view'),
  ]) {
    await spaNavigate(page, new URL(next.url).pathname, bodyOf(next.html));
    await viewRendered(page, new URL(next.url).pathname);
    await expect(page.locator(BUTTON), next.name).toHaveCount(1);
    expect(await placeOf(page), next.name).toBe('top card');
  }
  await spaNavigate(
    page,
    '/in/marta-okonkwo-lindqvist/',
    bodyOf(readFileSync(`${DIR}/in-profile-2024.html`, 'utf8')),
  );
  await viewRendered(page, '/in/marta-okonkwo-lindqvist/');
  await expect(page.locator(BUTTON)).toHaveCount(1);
  await spaNavigate(page, '/feed/', '<main><div>Posts</div></main>', 0);
  await expect(page.locator(BUTTON)).toHaveCount(0);
});
