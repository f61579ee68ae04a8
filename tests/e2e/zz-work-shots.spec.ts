// Temporary: screenshots for the report, not committed.
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { sidePanel } from './support/panel';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const DIR = '/work/shots/work-ui';

async function api(url: string, body: object): Promise<{ id: string }> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_DEMO_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const j = (await r.json()) as { data?: { id: string } };
  return j.data as { id: string };
}

test('shots', async ({ ext, sandbox, linkedin }) => {
  const person = await api(`${sandbox.url}/v1/persons`, { name: 'Tomás Ferreira Quist', linkedin_url: PROFILE_URL });
  const day = 24 * 60 * 60_000;
  const mk = (task_type: string, content_text: string, due: number) =>
    api(`${sandbox.url}/v1/tasks`, { person_id: person.id, task_type, content_text, due_date: new Date(Date.now() + due).toISOString() });
  await mk('linkedin_message', 'Hi {first_name}, thanks for connecting! Would you be open to a short call about the Head of Data role at Brightwater this week?', -day);
  await mk('call', 'Call {first_name} about the offer details', 3 * day);
  const worked = await mk('linkedin_connection', 'Hi {first_name}, I lead data hiring at Brightwater; would love to connect.', -5 * day);
  await ext.worker.evaluate(async (id) => chrome.storage.local.set({ workedTasks: { [id]: Date.now() - 3 * 60 * 60_000 } }), worked.id);
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  for (const scheme of ['dark', 'light'] as const) {
    const popup = (await PopupPage.openFor(ext, page)).page;
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await expect(popup.getByRole('textbox', { name: 'Message to send' })).toBeVisible();
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: `${DIR}/popup-open-tasks-${scheme}.png` });
    if (scheme === 'light') {
      await popup.getByRole('button', { name: 'Log as sent' }).click();
      await expect(popup.getByText('Logged in Stardex.')).toBeVisible();
      await popup.screenshot({ path: `${DIR}/popup-logged-${scheme}.png` });
      await popup.getByRole('button', { name: 'Log their reply' }).click();
      await popup.getByRole('textbox', { name: 'Their reply' }).fill('Sure, Thursday works.');
      await popup.screenshot({ path: `${DIR}/popup-log-reply-${scheme}.png` });
    }
    await popup.close();
  }
  // Over the limit.
  await mk('linkedin_connection', `Hi {first_name}, ${'I would like to connect about a data role at Brightwater. '.repeat(6)}`, -10 * day);
  const over = (await PopupPage.openFor(ext, page)).page;
  await over.setViewportSize({ width: 380, height: 600 });
  await expect(over.getByRole('textbox', { name: 'Connection note' })).toBeVisible();
  await over.waitForTimeout(300);
  await over.screenshot({ path: `${DIR}/popup-note-too-long-light.png` });
  await over.close();

  await page.bringToFront();
  await page.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await panel.waitForTimeout(800);
  await panel.screenshot({ path: `${DIR}/sidepanel-light.png` });
});
