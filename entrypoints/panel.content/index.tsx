import '@/lib/zod-setup';
import { openTaskPanelScript } from '@/lib/content/panel-script';
import { LINKEDIN_MATCHES } from '@/lib/platform/manifest';

export default defineContentScript({
  matches: LINKEDIN_MATCHES,
  // Injected by the background (lib/background/open-task-form.ts) when the page button is
  // first clicked: the panel UI is not part of what every LinkedIn page loads.
  registration: 'runtime',
  // Styles go into the shadow root as text (lib/content/panel-script.tsx): 'ui' mode would make
  // the CSS file web-accessible, which lets any page probe for the extension.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main() {
    openTaskPanelScript();
  },
});
