import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { debounce, SEARCH_DEBOUNCE_MS } from '@/lib/form/debounce';
import type { RecordChoice } from '@/lib/form/form-state';
import { type RecordOption, sendMessage } from '@/lib/messaging';
import { Combobox } from './Combobox';
import { type RecordKind, recordKindLabels } from './record-kinds';

interface RecordPickerProps {
  id: string;
  kind: RecordKind;
  value: RecordChoice | null;
  onChange: (value: RecordChoice | null) => void;
  error?: string;
}

type SearchState =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; options: RecordOption[] }
  | { state: 'error'; message: string };

/** An optional link to a job, deal or client company, searched in Stardex as the user types (debounced). */
export function RecordPicker({ id, kind, value, onChange, error }: RecordPickerProps) {
  const label = recordKindLabels[kind];
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ state: 'idle' });
  const latest = useRef('');
  const runSearch = useMemo(
    () =>
      debounce((q: string) => {
        sendMessage('searchRecords', { kind, query: q })
          .then((result) => {
            if (latest.current !== q) return;
            setSearch(
              result.ok
                ? { state: 'done', options: result.options }
                : { state: 'error', message: result.error.message },
            );
          })
          .catch((e: unknown) => {
            if (latest.current === q)
              setSearch({ state: 'error', message: e instanceof Error ? e.message : String(e) });
          });
      }, SEARCH_DEBOUNCE_MS),
    [kind],
  );
  useEffect(() => () => runSearch.cancel(), [runSearch]);

  const onQuery = (q: string) => {
    setQuery(q);
    const trimmed = q.trim().slice(0, 200);
    latest.current = trimmed;
    if (trimmed === '') {
      runSearch.cancel();
      setSearch({ state: 'idle' });
      return;
    }
    setSearch({ state: 'searching' });
    runSearch(trimmed);
  };

  // After a pick the text box is replaced by the chip: keep the keyboard focus on the chip.
  const chipButton = useRef<HTMLButtonElement>(null);
  const focusChip = useRef(false);
  useEffect(() => {
    if (value && focusChip.current) chipButton.current?.focus();
    focusChip.current = false;
  }, [value]);

  if (value) {
    return (
      <div class="sx-field">
        <span class="sx-label">{label}</span>
        <span class="sx-chip" style={{ display: 'flex' }}>
          <span class="sx-ellipsis" dir="auto" title={value.label}>
            {value.label}
          </span>
          <button
            type="button"
            aria-label={`Remove ${label.toLowerCase()} ${value.label}`}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </span>
        {error && <p class="sx-error">{error}</p>}
      </div>
    );
  }
  const emptyText =
    search.state === 'searching'
      ? 'Searching…'
      : search.state === 'error'
        ? search.message
        : search.state === 'done'
          ? 'No matches'
          : `Type to search ${label.toLowerCase()}s`;
  return (
    <div class="sx-field">
      <Combobox
        id={id}
        label={label}
        query={query}
        onQuery={onQuery}
        options={search.state === 'done' ? search.options : []}
        selectedIds={[]}
        onPick={(option) => {
          focusChip.current = true;
          onChange({ id: option.id, label: option.label });
          setQuery('');
          setSearch({ state: 'idle' });
        }}
        emptyText={emptyText}
        placeholder="Search"
      />
      {error && <p class="sx-error">{error}</p>}
    </div>
  );
}
