import { useEffect, useState } from 'preact/hooks';
import {
  duePickLabels,
  duePicks,
  formatDue,
  fromLocalInputValue,
  isPastDue,
  resolveDuePick,
  toDueIso,
  toLocalInputValue,
} from '@/lib/form/due-date';
import { type DueValue, dueFromParse, isDueUnread, unreadDue } from '@/lib/form/due-entry';
import { dueTextParser, loadDueTextParser } from './due-text-loader';

interface DuePickerProps {
  id: string;
  value: DueValue;
  defaultTime: string;
  onChange: (value: DueValue) => void;
  error?: string;
  /** The field's name: "Due", or "Step 1 due" when a cadence's later steps follow from it. */
  label?: string;
}

/**
 * The "Due" field: a typed entry that understands phrases, quick picks and a date-and-time input,
 * all showing the same local moment (sent as a UTC instant).
 */
export function DuePicker({ id, value, defaultTime, onChange, error, label = 'Due' }: DuePickerProps) {
  // A restored draft's entry that was never read is read as soon as the parser is there.
  const [pending, setPending] = useState<string | null>(() => (isDueUnread(value) ? value.dueText : null));
  const now = new Date();
  const due = value.dueIso ? new Date(value.dueIso) : null;
  const hintId = `${id}-hint`;

  // Typing before the parser has loaded: parse as soon as it arrives.
  useEffect(() => {
    if (pending === null) return;
    let live = true;
    void loadDueTextParser().then((parse) => {
      if (live) onChange(dueFromParse(pending, parse(pending, new Date(), defaultTime)));
      if (live) setPending(null);
    });
    return () => {
      live = false;
    };
  }, [pending, defaultTime, onChange]);

  const onType = (text: string) => {
    const parse = dueTextParser();
    if (parse) onChange(dueFromParse(text, parse(text, new Date(), defaultTime)));
    else {
      // No date until the entry is read: the one before it must not be sent in its place.
      onChange(unreadDue(text));
      setPending(text);
    }
  };
  const activePick = duePicks.find((p) => duePickLabels[p] === value.dueText);
  const unread = pending !== null || isDueUnread(value);
  const hint = unread
    ? 'Reading…'
    : (value.dueError ?? `${formatDue(due, now)}${isPastDue(due, now) ? ' · in the past' : ''}`);
  const shownError = error ?? (value.dueError && !unread ? value.dueError : undefined);

  return (
    <div class="sx-field">
      <label class="sx-label" for={id}>
        {label}
      </label>
      <div class="sx-row">
        <input
          id={id}
          class="sx-input"
          type="text"
          autocomplete="off"
          value={value.dueText}
          placeholder="e.g. next tue 9am"
          aria-describedby={hintId}
          aria-invalid={shownError ? true : undefined}
          onFocus={() => void loadDueTextParser()}
          onInput={(e) => onType(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter confirms the typed phrase; only Ctrl/Cmd+Enter or the button creates the task.
            if (e.key === 'Enter' && !(e.ctrlKey || e.metaKey)) e.preventDefault();
          }}
        />
        <input
          class="sx-input sx-datetime"
          type="datetime-local"
          aria-label="Date and time"
          value={toLocalInputValue(due)}
          onChange={(e) => {
            const picked = fromLocalInputValue(e.currentTarget.value);
            onChange({ dueText: formatDue(picked, new Date()), dueIso: toDueIso(picked), dueError: null });
          }}
        />
      </div>
      <p id={hintId} class={shownError ? 'sx-error' : 'sx-hint'} aria-live="polite">
        {error ?? hint}
      </p>
      <fieldset class="sx-picks">
        <legend class="sx-visually-hidden">Quick picks</legend>
        {duePicks.map((pick) => (
          <button
            key={pick}
            type="button"
            class="sx-button sx-pick"
            aria-pressed={activePick === pick}
            onClick={() => {
              const date = resolveDuePick(pick, new Date(), defaultTime);
              onChange({ dueText: duePickLabels[pick], dueIso: toDueIso(date), dueError: null });
            }}
          >
            {duePickLabels[pick]}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
