/**
 * The store's images, from the demo (the pages `npm run demo` shows, the sandbox's data): four
 * 1280 × 800 screenshots and the 440 × 280 small promo tile, into docs/store/. A screenshot with
 * the side panel or the popup is composed from the page's and the extension page's own pictures,
 * placed where Chrome shows them (headless Chromium draws no browser frame).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PopupPage } from '../../tests/e2e/pages/popup-page';
import type { LaunchedExtension } from '../../tests/e2e/support/launch-extension';
import { sidePanel } from '../../tests/e2e/support/panel';
import { addDemoLead, DEMO_LEAD_PERSON, DEMO_PAGES } from '../start/demo-pages';

export const STORE_DIR = 'docs/store';
const SIZE = { width: 1280, height: 800 };
const PANEL_WIDTH = 380;
const BRAND = '#4f46e5';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A picture made of others: each at its place, the later ones with a shadow, on `canvas`. */
async function compose(canvas: Page, layers: { png: Buffer; x: number; y: number }[], path: string) {
  await canvas.setViewportSize(SIZE);
  await canvas.setContent('<body style="margin:0;position:relative;background:#fff"></body>');
  await canvas.evaluate(
    (list) => {
      list.forEach((layer, index) => {
        const img = document.createElement('img');
        img.src = layer.src;
        Object.assign(img.style, {
          position: 'absolute',
          left: `${layer.x}px`,
          top: `${layer.y}px`,
          boxShadow: index === 0 ? 'none' : '0 6px 24px rgba(0,0,0,.28)',
          borderRadius: index === 0 ? '0' : '8px',
        });
        document.body.append(img);
      });
    },
    layers.map((layer) => ({ src: dataUrl(layer.png), x: layer.x, y: layer.y })),
  );
  await canvas.waitForFunction(() => [...document.images].every((img) => img.complete));
  await canvas.screenshot({ path });
}

/** Chrome sizes its popup to the content, up to 600 px high. */
async function contentBox(popup: Page) {
  const height = await popup.evaluate(
    () =>
      Math.max(...[...document.body.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom)) + 12,
  );
  return { x: 0, y: 0, width: PANEL_WIDTH, height: Math.min(600, Math.ceil(height)) };
}

/** Takes them all; the demo's pages must be served (`DEMO_PAGES`) in `ext`'s context. */
export async function takeStoreImages(ext: LaunchedExtension, sandboxUrl: string): Promise<string[]> {
  mkdirSync(STORE_DIR, { recursive: true });
  const [[profileUrl], [leadUrl]] = DEMO_PAGES;
  await addDemoLead(sandboxUrl);
  const canvas = await ext.context.newPage();
  const written: string[] = [];
  const out = (name: string) => {
    written.push(`${STORE_DIR}/${name}`);
    return `${STORE_DIR}/${name}`;
  };

  // 1. The page button, in the profile's own row of actions.
  const profile = await ext.context.newPage();
  await profile.setViewportSize(SIZE);
  await profile.goto(profileUrl);
  await profile.locator('stardex-page-button').waitFor();
  await profile.screenshot({ path: out('1-page-button.png') });

  // 2. The side panel the page button opens, beside the profile, after "Create task".
  const narrow = await ext.context.newPage();
  await narrow.setViewportSize({ width: SIZE.width - PANEL_WIDTH, height: SIZE.height });
  await narrow.goto(profileUrl);
  await narrow.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await panel.setViewportSize({ width: PANEL_WIDTH, height: SIZE.height });
  await panel.getByRole('textbox', { name: 'Task text' }).waitFor();
  await panel.waitForTimeout(600); // the panel's fonts and person lookup settle
  const pagePng = await narrow.screenshot();
  await compose(
    canvas,
    [
      { png: pagePng, x: 0, y: 0 },
      { png: await panel.screenshot(), x: SIZE.width - PANEL_WIDTH, y: 0 },
    ],
    out('2-side-panel.png'),
  );
  await panel
    .getByRole('button', { name: /^Create/ })
    .first()
    .click();
  await panel.getByText('Task created').first().waitFor();
  await compose(
    canvas,
    [
      { png: pagePng, x: 0, y: 0 },
      { png: await panel.screenshot(), x: SIZE.width - PANEL_WIDTH, y: 0 },
    ],
    out('3-task-created.png'),
  );

  // 4. The Sales Navigator lead: the popup finds them in Stardex by name.
  const lead = await ext.context.newPage();
  await lead.setViewportSize(SIZE);
  await lead.goto(leadUrl);
  const popup = (await PopupPage.openFor(ext, lead)).page;
  await popup.setViewportSize({ width: PANEL_WIDTH, height: 600 });
  await popup.getByRole('button', { name: 'Find in Stardex by name' }).click();
  await popup.getByRole('button', { name: `Choose ${DEMO_LEAD_PERSON.name}` }).waitFor();
  await lead.bringToFront();
  await compose(
    canvas,
    [
      { png: await lead.screenshot(), x: 0, y: 0 },
      {
        png: await popup.screenshot({ clip: await contentBox(popup) }),
        x: SIZE.width - PANEL_WIDTH - 16,
        y: 8,
      },
    ],
    out('4-sales-navigator-lead.png'),
  );

  // The small promo tile.
  const icon = dataUrl(readFileSync('public/icon/128.png'));
  await canvas.setViewportSize({ width: 440, height: 280 });
  await canvas.setContent(
    `<body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;justify-content:center;gap:14px;padding:0 32px;box-sizing:border-box;background:linear-gradient(135deg,${BRAND},#312e81);color:#fff;font-family:system-ui,sans-serif">
      <img src="${icon}" width="80" height="80" alt="" style="margin-left:-8px">
      <div style="font-size:28px;font-weight:700;line-height:1.15">Stardex tasks<br>for LinkedIn</div>
      <div style="font-size:16px;opacity:.9">The profile you are on, a follow-up task in Stardex.</div>
    </body>`,
  );
  await canvas.screenshot({ path: out('promo-tile-440x280.png') });
  for (const page of [canvas, profile, narrow, lead, popup]) await page.close();
  return written;
}
