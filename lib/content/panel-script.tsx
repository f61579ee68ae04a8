/**
 * What the injected panel script does: read the profile from the page it runs in (same pure
 * reader as the content script) and show the form helper's TaskPanel in the panel host.
 */
import { render } from 'preact';
import baseCss from '@/components/styles/base.css?inline';
import formCss from '@/components/styles/form.css?inline';
import panelCss from '@/components/styles/panel.css?inline';
import tokensCss from '@/components/styles/tokens.css?inline';
import { TaskPanel } from '@/components/task-form/TaskPanel';
import { readProfile } from '@/lib/profile/read-profile';
import { readHealthOf } from '@/lib/profile/read-report';
import { profileKeyOf } from './fresh-read';
import { currentPanel, setPanelOpener } from './panel-handle';
import { showPanel } from './panel-host';

const css = [tokensCss, baseCss, formCss, panelCss].join('\n');

/** Opens the panel for the profile on this page (or focuses the open one). */
export function openTaskPanelScript(doc: Document = document, url: string = location.href): void {
  setPanelOpener(() => openTaskPanelScript(doc, location.href));
  const open = currentPanel();
  if (open) {
    open.focus();
    return;
  }
  const result = readProfile(doc, url);
  // The page button only shows on a rendered profile; a page that changed since has no panel.
  if (result.kind !== 'profile') return;
  showPanel(doc, {
    css,
    key: profileKeyOf(url),
    render(container, close) {
      render(<TaskPanel profile={result} health={readHealthOf(result, url)} onClose={close} />, container);
      return () => render(null, container);
    },
  });
}
