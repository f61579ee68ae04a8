// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropInnerHtmlAssignment, withoutInnerHtml } from './no-inner-html';

const preactDist = join(dirname(createRequire(import.meta.url).resolve('preact/package.json')), 'dist');
const renderers = ['preact.module.js', 'preact.mjs', 'preact.js'];

describe('dropInnerHtmlAssignment', () => {
  it.each(renderers)('leaves no HTML assignment in Preact’s %s', (name) => {
    const code = readFileSync(join(preactDist, name), 'utf8');
    const out = dropInnerHtmlAssignment(code, name);
    // What web-ext lint flags: innerHTML set from anything but a literal.
    expect(out).not.toMatch(/\.innerHTML=(?!["'`]{2})/);
    expect(out).toContain('dangerouslySetInnerHTML is not supported');
    expect(out.length - code.length).toBeLessThan(200);
  });

  it('refuses a renderer that does not have exactly one', () => {
    expect(() => dropInnerHtmlAssignment('a.innerHTML=b.__html;c.innerHTML=d.__html', 'x.js')).toThrow(
      /found 2/,
    );
    expect(() => dropInnerHtmlAssignment('render()', 'x.js')).toThrow(/found 0/);
  });
});

describe('withoutInnerHtml', () => {
  const transform = (code: string, id: string) =>
    (withoutInnerHtml().transform as (code: string, id: string) => { code: string } | null)(code, id);

  it('changes Preact’s renderer only', () => {
    const code = 'u.innerHTML=h.__html';
    expect(transform(code, '/x/node_modules/preact/dist/preact.module.js?v=1')?.code).not.toContain(
      'innerHTML',
    );
    expect(transform(code, '/x/node_modules/preact/hooks/dist/hooks.module.js')).toBeNull();
    expect(transform(code, '/x/components/task-form/TaskForm.tsx')).toBeNull();
  });

  it('renders as before without the prop, and refuses it', async () => {
    const code = dropInnerHtmlAssignment(readFileSync(join(preactDist, 'preact.module.js'), 'utf8'), 'p');
    const { h, render } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    const root = document.createElement('div');
    render(h('p', { class: 'x' }, 'Ada <b>'), root);
    expect(root.innerHTML).toBe('<p class="x">Ada &lt;b&gt;</p>');
    expect(() => render(h('p', { dangerouslySetInnerHTML: { __html: '<img src=x>' } }), root)).toThrow(
      'dangerouslySetInnerHTML is not supported',
    );
    expect(root.querySelector('img')).toBeNull();
  });
});
