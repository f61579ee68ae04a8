import { useState } from 'preact/hooks';

export interface ComboOption {
  id: string;
  label: string;
  detail?: string | null;
}

interface ComboboxProps {
  id: string;
  label: string;
  query: string;
  onQuery: (query: string) => void;
  options: ComboOption[];
  selectedIds: readonly string[];
  onPick: (option: ComboOption) => void;
  /** Shown in the list when there are no options ("Searching…", "No matches", an error). */
  emptyText: string;
  placeholder?: string;
  /** Backspace in an empty box (the owners picker removes the last owner). */
  onBackspaceEmpty?: () => void;
}

/**
 * A labelled text box with a pop-up list (ARIA 1.2 combobox pattern): type to filter or search,
 * ↑/↓ to move, Enter to pick (which closes the list), Escape to close. The list is absolutely positioned, so opening it
 * never moves the form.
 */
export function Combobox(props: ComboboxProps) {
  const { id, options } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const showList = open && options.length > 0;
  const activeOption = open && active >= 0 ? options[Math.min(active, options.length - 1)] : undefined;

  // The list closes on a pick (it would cover what follows, "Create task" included); typing or ↓ opens it again.
  const pick = (option: ComboOption) => {
    props.onPick(option);
    setActive(-1);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) =>
        options.length === 0
          ? -1
          : i < 0
            ? step > 0
              ? 0
              : options.length - 1
            : (i + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter' && !(event.ctrlKey || event.metaKey)) {
      if (open && activeOption) {
        event.preventDefault();
        pick(activeOption);
      } else if (props.query !== '') event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && props.query === '' && props.onBackspaceEmpty) {
      props.onBackspaceEmpty();
    }
  };

  return (
    <div class="sx-combobox">
      <label class="sx-label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        class="sx-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${id}-opt-${activeOption.id}` : undefined}
        placeholder={props.placeholder}
        value={props.query}
        onInput={(e) => {
          props.onQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && options.length === 0 && <div class="sx-listbox sx-option">{props.emptyText}</div>}
      {showList && (
        <div
          class="sx-listbox"
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          aria-multiselectable={props.onBackspaceEmpty ? true : undefined}
        >
          {options.length === 0 && <div class="sx-option">{props.emptyText}</div>}
          {options.map((option) => (
            <div
              key={option.id}
              tabIndex={-1}
              id={`${id}-opt-${option.id}`}
              class="sx-option"
              role="option"
              aria-selected={props.selectedIds.includes(option.id)}
              data-active={option === activeOption}
              title={option.detail ? `${option.label} — ${option.detail}` : option.label}
              // mousedown, not click: picking must happen before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
            >
              {option.label}
              {option.detail ? ` · ${option.detail}` : ''}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
