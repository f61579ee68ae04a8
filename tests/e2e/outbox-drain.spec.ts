/**
 * 100 tasks queued at once, at Stardex's real limit of 60 requests/minute: all delivered, none
 * twice, and the sandbox never has to answer 429 (the client's own sliding window keeps under it).
 * Takes about two minutes of real time by design.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';

const PEOPLE = [
  'ines-okafor-demo',
  'rafael-lindqvist-demo',
  'mei-duarte-demo',
  'jonas-adeyemi-demo',
  'sara-novak-demo',
];

function submission(index: number) {
  const slug = PEOPLE[index % PEOPLE.length] as string;
  const fullName = slug
    .replace(/-demo$/, '')
    .replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);
  return {
    clientId: randomUUID(),
    person: {
      profileUrl: `https://www.linkedin.com/in/${slug}/`,
      fullName,
      firstName: null,
      lastName: null,
      headline: null,
      currentTitle: null,
      currentCompany: null,
      location: null,
    },
    task: {
      task_type: 'linkedin_message',
      content_text: `Bulk follow-up #${index}`,
      due_date: null,
      owner_ids: [],
      job_id: null,
      deal_id: null,
      client_id: null,
    },
  };
}

test('100 tasks queued at once are all delivered once, with no 429, at 60 requests/minute', async ({
  ext,
  sandbox,
}) => {
  test.setTimeout(300_000);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const submissions = Array.from({ length: 100 }, (_, i) => submission(i));
  // The envelope lib/messaging.ts's sendMessage sends.
  const answers = await page.evaluate(
    (all) =>
      Promise.all(
        all.map((data) => chrome.runtime.sendMessage({ type: 'submit', data: { submissions: [data] } })),
      ),
    submissions,
  );
  expect(answers.every((answer) => answer && !answer.err)).toBe(true);

  await expect
    .poll(
      async () =>
        (await sandbox.state()).tasks.filter((t) => t.content_text.startsWith('Bulk follow-up')).length,
      {
        timeout: 240_000,
        intervals: [5_000],
      },
    )
    .toBe(100);

  const texts = (await sandbox.state()).tasks.map((t) => t.content_text).filter((t) => t.startsWith('Bulk'));
  expect(new Set(texts).size).toBe(100);
  const requests = await sandbox.requests();
  expect(requests.filter((r) => r.status === 429)).toEqual([]);
  // Never more than 60 requests in any 60 s window, as the sandbox counted them.
  const times = requests.map((r) => Date.parse(r.at)).sort((a, b) => a - b);
  const busiestMinute = Math.max(
    ...times.map((t, i) => times.filter((u, j) => j >= i && u - t < 60_000).length),
  );
  expect(busiestMinute).toBeLessThanOrEqual(60);
});
