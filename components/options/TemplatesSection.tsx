import { useEffect, useState } from 'preact/hooks';
import {
  defaultTemplates,
  fillTemplate,
  templateFor,
  templateValues,
  templateVariables,
} from '@/lib/form/template';
import { parseOr, templatesItem, templatesSchema } from '@/lib/storage';
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
  useEffect(() => {
    void templatesItem.getValue().then((raw) => setTemplates(parseOr(templatesSchema, raw, {})));
  }, []);
  if (templates === null) return null;

  const change = (type: TaskType, text: string) => {
    const next = { ...templates, [type]: text.slice(0, 1000) };
    setTemplates(next);
    void templatesItem.setValue(next);
  };
  return (
    <section class="sx-card" aria-labelledby="sx-templates-title">
      <h2 id="sx-templates-title">Templates</h2>
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
