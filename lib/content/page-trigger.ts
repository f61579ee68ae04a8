/**
 * The "Add Stardex task" button, in a closed shadow root so LinkedIn's CSS and ours never mix
 * and page scripts cannot reach into it. Plain DOM, no Preact: it loads on every profile view.
 */

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from '#imports';
import type { TriggerAnchor } from './trigger-anchor';

/** The button's host element name (one per profile view; tests look it up by this). */
export const TRIGGER_HOST = 'stardex-page-button';
export const TRIGGER_LABEL = 'Add Stardex task';

// px only: rem would follow LinkedIn's root font size.
const css = `
:host { display: inline-flex !important; align-items: center; margin: 0 0 0 8px; vertical-align: middle; }
html, body { margin: 0; padding: 0; display: contents; }
button {
  box-sizing: border-box; height: 32px; padding: 0 14px; border-radius: 16px;
  border: 1px solid #3b3f9e; background: #ffffff; color: #2d3185; cursor: pointer;
  font: 600 14px/20px -apple-system, system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  white-space: nowrap;
}
button:hover { background: #eef0ff; }
button:focus-visible { outline: 2px solid #2d3185; outline-offset: 2px; }
button[aria-busy="true"] { opacity: 0.7; cursor: progress; }
`;

export interface MountedTrigger {
  host: HTMLElement;
  remove(): void;
}

/** Puts the button at `anchor`; `onClick` may be async (the button shows it is busy meanwhile). */
export async function mountPageTrigger(
  ctx: ContentScriptContext,
  anchor: TriggerAnchor,
  onClick: () => Promise<void>,
): Promise<MountedTrigger> {
  const ui = await createShadowRootUi(ctx, {
    name: TRIGGER_HOST,
    position: 'inline',
    anchor: anchor.element,
    append: anchor.append,
    mode: 'closed',
    css,
    onMount(container) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = TRIGGER_LABEL;
      button.setAttribute('aria-haspopup', 'dialog');
      button.addEventListener('click', () => {
        button.setAttribute('aria-busy', 'true');
        void onClick().finally(() => button.removeAttribute('aria-busy'));
      });
      container.append(button);
      return button;
    },
  });
  ui.mount();
  return { host: ui.shadowHost, remove: () => ui.remove() };
}
