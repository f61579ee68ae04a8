import { type TaskType, taskTypeLabels } from '@/lib/tasks/task-schema';

/** A `<select>` of the task types by their labels (the default type, a cadence step's type). */
export function TaskTypeSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: TaskType;
  onChange: (type: TaskType) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as TaskType)}>
      {(Object.keys(taskTypeLabels) as TaskType[]).map((t) => (
        <option key={t} value={t}>
          {taskTypeLabels[t]}
        </option>
      ))}
    </select>
  );
}
