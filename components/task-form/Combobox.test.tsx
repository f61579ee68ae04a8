// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Combobox } from './Combobox';

const options = [
  { id: 'a', label: 'Marco Ferrante' },
  { id: 'b', label: 'Aiko Nishimura' },
];

function Harness({ picked }: { picked: string[] }) {
  const [query, setQuery] = useState('');
  return (
    <Combobox
      id="owners"
      label="Owners"
      query={query}
      onQuery={setQuery}
      options={options}
      selectedIds={picked}
      onPick={(o) => picked.push(o.id)}
      emptyText="No matches"
    />
  );
}

const key = (el: Element, name: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });

describe('Combobox', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('closes its list once an option is picked with Enter, and ↓ opens it again', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const picked: string[] = [];
    await act(() => render(<Harness picked={picked} />, root));
    const input = root.querySelector('input') as HTMLInputElement;
    await act(() => input.focus());
    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).toBe('true');

    await key(input, 'Enter');
    expect(picked).toEqual(['a']);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="listbox"]')).toBeNull();

    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    render(null, root);
  });
});
