// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPanel } from './panel-handle';
import { PANEL_HOST, type PanelContent, showPanel } from './panel-host';

function content(key: string | null = 'k') {
  const unrender = vi.fn();
  const render = vi.fn((container: HTMLElement) => {
    const textarea = document.createElement('textarea');
    container.append(textarea);
    return unrender;
  });
  return { css: '.sx-panel { color: red; }', key, render, unrender } satisfies PanelContent & {
    unrender: unknown;
  };
}

describe('showPanel', () => {
  afterEach(() => {
    currentPanel()?.close();
    document.body.innerHTML = '';
  });

  it('mounts one panel in a closed shadow root and records it as the open one', () => {
    const panel = showPanel(document, content());
    const host = document.querySelector(PANEL_HOST);
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull(); // closed: page scripts cannot reach in
    expect(currentPanel()).toBe(panel);
  });

  it('focuses the open panel instead of making a second one', () => {
    const first = content();
    const panel = showPanel(document, first);
    const second = content();
    expect(showPanel(document, second)).toBe(panel);
    expect(second.render).not.toHaveBeenCalled();
    expect(document.querySelectorAll(PANEL_HOST)).toHaveLength(1);
  });

  it('closes completely: unrendered, removed, forgotten, focus back on the opener', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const c = content();
    const panel = showPanel(document, c);
    panel.close();
    expect(c.unrender).toHaveBeenCalled();
    expect(document.querySelector(PANEL_HOST)).toBeNull();
    expect(currentPanel()).toBeUndefined();
    expect(document.activeElement).toBe(opener);
  });
});
