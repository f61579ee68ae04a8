import { textCounter } from '@/lib/form/form-state';

/**
 * The character count once the text nears the limit, and what happened to a draft that was
 * longer than the limit (only its start was kept): said, never silent.
 */
export function TextLimitNote({
  text,
  clippedDraft,
  id,
}: {
  text: string;
  clippedDraft: boolean;
  id: string;
}) {
  const counter = textCounter(text);
  if (!counter && !clippedDraft) return null;
  return (
    <p id={id} class={counter?.over ? 'sx-error' : 'sx-hint'} aria-live="polite">
      {counter && <span>{counter.label} characters. </span>}
      {counter?.over && <span>Only the first 10,000 are kept in the draft. </span>}
      {clippedDraft && <span>This draft was longer than 10,000 characters; only its start was kept.</span>}
    </p>
  );
}
