// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closePanelUnlessShowing, openTaskPanel, PANEL_PAGE } from './open-task-panel';
import { currentPanel, setCurrentPanel } from './panel-handle';
import { PANEL_HOST } from './panel-host';

describe('openTaskPanel', () => {
  afterEach(() => {
    currentPanel()?.close();
    setCurrentPanel(undefined);
    fakeBrowser.reset();
    document.body.innerHTML = '';
  });

  it("frames the panel's extension document into the page, once", () => {
    openTaskPanel(document, 'https://www.linkedin.com/in/ada-l/');
    openTaskPanel(document, 'https://www.linkedin.com/in/ada-l/');
    expect(document.querySelectorAll(PANEL_HOST)).toHaveLength(1);
    expect(document.querySelector(PANEL_HOST)?.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(currentPanel()?.key).toBe('https://www.linkedin.com/in/ada-l/');
  });

  it('focuses an open panel instead of framing another', () => {
    const focus = vi.fn();
    setCurrentPanel({ key: null, focus, close: () => {} });
    openTaskPanel(document, 'https://www.linkedin.com/in/ada-l/');
    expect(focus).toHaveBeenCalled();
    expect(document.querySelector(PANEL_HOST)).toBeNull();
  });

  it('closes when the tab moves on to another profile', () => {
    openTaskPanel(document, 'https://www.linkedin.com/in/ada-l/');
    closePanelUnlessShowing('https://www.linkedin.com/in/ada-l/');
    expect(currentPanel()).toBeDefined();
    closePanelUnlessShowing('https://www.linkedin.com/in/grace-h/');
    expect(currentPanel()).toBeUndefined();
    expect(document.querySelector(PANEL_HOST)).toBeNull();
  });

  it('points at the web-accessible panel page', () => {
    expect(PANEL_PAGE).toBe('/task-panel.html');
  });
});
