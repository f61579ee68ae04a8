import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  defaultTemplates,
  fillTemplate,
  templateFor,
  templateValues,
  templateVariables,
} from '@/lib/form/template';
import { parseOr, templatesItem, templatesSchema } from '@/lib/storage';
import { createDebouncedSyncWriter } from '@/lib/storage/sync-writer';
import { type TaskType, taskTypeLabels } from '@/lib/tasks/task-schema';

/** An invented person for the live preview. */
const samplePerson = templateValues({
  fullName: 'Jordan Rivera',
  firstName: 'Jordan',
  lastName: 'Rivera',
  currentTitle: 'Head of Data',
  currentCompany: 'Northwind',
});

/** One template per task type, saved as typed, each with a live preview for a sample person. */
export function TemplatesSection() {
  const [templates, setTemplates] = useState<Partial<Record<TaskType, string>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Debounced: typing must not burn through Chrome's sync write quota.
  const save = useMemo(() => createDebouncedSyncWriter(templatesItem, 'templates', 800), []);
  useEffect(() => {
    void templatesItem.getValue().then((raw) => setTemplates(parseOr(templatesSchema, raw, {})));
    const flush = () => {
      if (document.visibilityState === 'hidden') void save.flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [save]);
  if (templates === null) return null;

  const change = (type: TaskType, text: string) => {
    const next = { ...templates, [type]: text.slice(0, 1000) };
    setTemplates(next);
    save(next)
      .then(() => setError(null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section class="sx-card" aria-labelledby="sx-templates-title">
      <h2 id="sx-templates-title">Templates</h2>
      {error && (
        <p class="sx-error" role="alert">
          Not saved: {error}
        </p>
      )}
      <p class="sx-hint">
        Variables: {templateVariables.map((v) => `{${v}}`).join(' ')}. Leave one empty to use the built-in
        text.
      </p>
      {(Object.keys(taskTypeLabels) as TaskType[]).map((type) => {
        const id = `sx-template-${type}`;
        return (
          <div key={type} class="sx-field">
            <label class="sx-label" for={id}>
              {taskTypeLabels[type]} template
            </label>
            <textarea
              id={id}
              rows={2}
              maxLength={1000}
              placeholder={defaultTemplates[type]}
              aria-describedby={`${id}-preview`}
              value={templates[type] ?? ''}
              onInput={(e) => change(type, e.currentTarget.value)}
            />
            <p id={`${id}-preview`} class="sx-hint" dir="auto">
              Preview: {fillTemplate(templateFor(type, templates), samplePerson)}
            </p>
          </div>
        );
      })}
    </section>
  );
}
