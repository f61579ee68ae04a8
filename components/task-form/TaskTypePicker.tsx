import { type TaskType, taskTypeLabels } from '@/lib/tasks/task-schema';

const primaryTypes: TaskType[] = ['linkedin_message', 'linkedin_connection'];
const secondaryTypes: TaskType[] = ['call', 'text', 'other'];

interface TaskTypePickerProps {
  idPrefix: string;
  value: TaskType;
  onChange: (type: TaskType) => void;
  /** The label is rendered by the caller (the form's first row, beside "Cadence"), with this id. */
  externalLabel?: boolean;
}

/**
 * The "Task type" radio group: the two LinkedIn types up front, Call/Text/Other smaller. Native
 * radios sharing one name, so arrow keys move between all five.
 */
export function TaskTypePicker({ idPrefix, value, onChange, externalLabel = false }: TaskTypePickerProps) {
  const labelId = `${idPrefix}-type-label`;
  const option = (type: TaskType, kind: 'primary' | 'secondary') => (
    <label key={type} class={`sx-type sx-type-${kind}`}>
      <input
        type="radio"
        name={`${idPrefix}-task-type`}
        value={type}
        checked={value === type}
        onChange={() => onChange(type)}
      />
      {taskTypeLabels[type]}
    </label>
  );
  return (
    <div class="sx-field">
      {!externalLabel && (
        <span class="sx-label" id={labelId}>
          Task type
        </span>
      )}
      <div class="sx-types" role="radiogroup" aria-labelledby={labelId}>
        {primaryTypes.map((t) => option(t, 'primary'))}
        {secondaryTypes.map((t) => option(t, 'secondary'))}
      </div>
    </div>
  );
}
