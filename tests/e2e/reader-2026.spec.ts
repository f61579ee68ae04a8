/**
 * LinkedIn as recruiters see it in 2026, in real Chromium: the SDUI profile layout (page button on
 * its top card, the form with every field, SPA navigation between two such profiles), a Sales
 * Navigator lead with no /in/ link (the person is settled before any task is queued, and Stardex
 * never gets a Sales Navigator URL), and a person's page in a layout nothing recognises (the form
 * still opens, with the "couldn't be read" note, and Options lists the miss).
 */
import { readFileSync } from 'node:fs';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { bodyOf, spaNavigate } from './support/spa';

const BUTTON = 'stardex-page-button';

function fixture(name: string): { url: string; html: string; expected: Record<string, string | null> } {
  const spec = JSON.parse(readFileSync(`tests/fixtures/linkedin/${name}.expected.json`, 'utf8'));
  return {
    url: spec.url,
    html: readFileSync(`tests/fixtures/linkedin/${name}.html`, 'utf8'),
    expected: spec.expected,
  };
}

test('2026 profile: one page button on the top card, every field in the form, no previous person after SPA navigation', async ({
  ext,
  linkedin,
}) => {
  const first = fixture('sdui/sdui-full');
  const second = fixture('sdui/sdui-hiring');
  const page = await ext.context.newPage();
  await page.goto(linkedin.serveHtml(first.url, first.html));
  await expect(page.locator(BUTTON)).toHaveCount(1);
  await expect(page.locator(`[data-view-name="profile-top-card"] ${BUTTON}`)).toHaveCount(1);

  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByRole('heading', { name: first.expected.fullName ?? '' })).toBeVisible();
  await expect(popup.page.getByText(first.expected.headline ?? '', { exact: true })).toBeVisible();
  await expect(popup.page.getByText('Some details couldn’t be read')).toHaveCount(0);
  await popup.page.close();

  // The popup opened while LinkedIn is still rendering the next profile waits for it.
  await spaNavigate(page, new URL(second.url).pathname, bodyOf(second.html), 900);
  const during = await PopupPage.openFor(ext, page);
  await expect(during.page.getByRole('heading', { name: second.expected.fullName ?? '' })).toBeVisible();
  await expect(during.page.getByRole('heading', { name: first.expected.fullName ?? '' })).toHaveCount(0);
  await expect(page.locator(BUTTON)).toHaveCount(1);

  await spaNavigate(page, '/feed/', '<main><div>Posts</div></main>', 0);
  await expect(page.locator(BUTTON)).toHaveCount(0);
});

test('a Sales Navigator lead without an /in/ link: the recruiter chooses the Stardex person of that name', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  const lead = fixture('sales/lead-2026');
  const name = lead.expected.fullName ?? '';
  const created = await fetch(`${sandbox.url}/v1/persons`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_DEMO_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, linkedin_url: 'https://www.linkedin.com/in/tobias-wrenfield-9d2/' }),
  }).then((r) => r.json() as Promise<{ data: { id: string } }>);
  const personsBefore = (await sandbox.state()).persons.length;
  const page = await ext.context.newPage();
  await page.goto(linkedin.serveHtml(lead.url, lead.html));

  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByRole('heading', { name })).toBeVisible();
  const before = (await sandbox.requests()).length;
  await popup.page.getByRole('button', { name: 'Find in Stardex by name' }).dblclick();
  await popup.page.getByRole('button', { name: `Choose ${name}` }).click();
  const searches = (await sandbox.requests())
    .slice(before)
    .filter((r) => r.path === '/v1/persons/search' && (r.body as { name?: string })?.name === name);
  expect(searches).toHaveLength(1); // a double click sends one search

  await popup.taskType('LinkedIn message').check();
  await popup.taskText.fill('Ask about the RevOps team');
  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toContainText('Task created');
  const { tasks, persons } = await sandbox.state();
  expect(tasks.filter((t) => t.person_id === created.data.id)).toHaveLength(1);
  expect(persons.filter((p) => /sales\//.test(String(p.linkedin_url ?? '')))).toHaveLength(0);
  expect(persons).toHaveLength(personsBefore); // the chosen person, nobody new
});

test('a lead can be settled by pasting the /in/ URL; a Sales Navigator link is refused', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  const lead = fixture('sales/lead-2026-saved');
  const page = await ext.context.newPage();
  await page.goto(linkedin.serveHtml(lead.url, lead.html));
  const popup = await PopupPage.openFor(ext, page);
  const url = popup.page.getByRole('textbox', { name: 'LinkedIn profile URL' });
  await url.fill(lead.url);
  await popup.page.getByRole('button', { name: 'Use this URL' }).click();
  await expect(popup.page.getByRole('alert')).toContainText('That is a Sales Navigator link');

  await url.fill('linkedin.com/in/Pasted-Lead-77/');
  await popup.page.getByRole('button', { name: 'Use this URL' }).click();
  await popup.taskText.fill('Connect after the webinar');
  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toContainText('Task created');
  const person = (await sandbox.state()).persons.find((p) => p.name === lead.expected.fullName);
  expect(person?.linkedin_public_id).toBe('pasted-lead-77');
  expect(String(person?.linkedin_url ?? '')).not.toContain('/sales/');
});

test('a person’s page in an unknown layout still opens the form, says what it missed, and Options lists it', async ({
  ext,
  linkedin,
}) => {
  const url = 'https://www.linkedin.com/in/odile-brancusi-7/';
  const html = `<html><head><title>Odile Brancusi | LinkedIn</title></head><body>
    <nav><img alt="The Viewer" src="data:image/gif;base64,R0lGOD"></nav>
    <main><div class="x9f2"><div class="a7c1"><span class="q3">Odile Brancusi</span></div>
      <a href="https://www.linkedin.com/in/odile-brancusi-7/overlay/photo/">photo</a></div></main></body></html>`;
  const page = await ext.context.newPage();
  await page.goto(linkedin.serveHtml(url, html));
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByRole('heading', { name: 'Odile Brancusi' })).toBeVisible();
  await expect(popup.page.getByText('Some details couldn’t be read from this page')).toBeVisible();

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const reader = options.getByRole('region', { name: 'Profile reader' });
  await expect(reader.getByRole('listitem')).toHaveCount(1);
  await expect(reader).toContainText('www.linkedin.com/in/<id>/');
  await expect(reader).not.toContainText('odile');
});
