import { useState } from 'preact/hooks';
import { fromLocalInputValue, toDueIso, toLocalInputValue } from '@/lib/form/due-date';
import type { TaskItem } from '@/lib/outbox/outbox-schema';
import type { TaskFields } from '@/lib/tasks/task-schema';

interface OutboxEditorProps {
  item: TaskItem;
  onSave: (task: TaskFields) => void;
  onCancel: () => void;
}

/** Edits a waiting or failed task's text and due date before it is sent again. */
export function OutboxEditor({ item, onSave, onCancel }: OutboxEditorProps) {
  const [text, setText] = useState(item.task.content_text);
  const [due, setDue] = useState(toLocalInputValue(item.task.due_date ? new Date(item.task.due_date) : null));
  const [error, setError] = useState<string | null>(null);
  const id = `sx-edit-${item.clientId}`;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') {
          setError('Write what the task is about.');
          return;
        }
        onSave({ ...item.task, content_text: text.trim(), due_date: toDueIso(fromLocalInputValue(due)) });
      }}
    >
      <div class="sx-field">
        <label class="sx-label" for={`${id}-text`}>
          Text
        </label>
        <textarea
          id={`${id}-text`}
          rows={3}
          dir="auto"
          value={text}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {error && <p class="sx-error">{error}</p>}
      </div>
      <div class="sx-field">
        <label class="sx-label" for={`${id}-due`}>
          Due date and time
        </label>
        <input
          id={`${id}-due`}
          class="sx-input"
          type="datetime-local"
          value={due}
          onInput={(e) => setDue(e.currentTarget.value)}
        />
        <p class="sx-hint">Empty means no due date.</p>
      </div>
      <div class="sx-row">
        <button type="submit" class="sx-button sx-button-primary">
          Save changes
        </button>
        <button type="button" class="sx-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
