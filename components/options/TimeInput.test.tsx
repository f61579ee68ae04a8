// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeInput } from './TimeInput';

let root: HTMLElement;
afterEach(() => root?.remove());

function show(value: string, onTime: (time: string) => void) {
  act(() => render(<TimeInput id="t" value={value} onTime={onTime} />, root));
  return root.querySelector('input') as HTMLInputElement;
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('TimeInput', () => {
  it('saves only complete times', () => {
    root = document.body.appendChild(document.createElement('div'));
    const onTime = vi.fn();
    const input = show('09:00', onTime);
    act(() => {
      input.dispatchEvent(new FocusEvent('focus'));
    });
    type(input, '');
    type(input, '07:30');
    expect(onTime.mock.calls).toEqual([['07:30']]);
  });

  it('keeps a half-typed time when the saved time changes meanwhile, and follows it after blur', () => {
    root = document.body.appendChild(document.createElement('div'));
    const input = show('09:00', () => undefined);
    act(() => {
      input.dispatchEvent(new FocusEvent('focus'));
    });
    type(input, ''); // a time input reports '' while a segment is incomplete
    show('10:00', () => undefined); // a change from another device re-renders the page
    expect(input.value).toBe('');
    act(() => {
      input.dispatchEvent(new FocusEvent('blur'));
    });
    expect(input.value).toBe('10:00');
  });

  it('shows a new saved time at once when not being edited', () => {
    root = document.body.appendChild(document.createElement('div'));
    const input = show('09:00', () => undefined);
    show('06:15', () => undefined);
    expect(input.value).toBe('06:15');
  });
});
