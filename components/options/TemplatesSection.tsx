import {
  defaultTemplates,
  fillTemplate,
  isUnfinishedText,
  templateFor,
  templateValues,
  templateVariables,
} from '@/lib/form/template';
import { templatesItem, templatesSchema } from '@/lib/storage/preferences';
import { type TaskType, taskTypeLabels } from '@/lib/tasks/task-schema';
import { useSyncedEdits } from './use-synced-edits';

type Templates = Partial<Record<TaskType, string>>;
const noTemplates: Templates = {};

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
  // Debounced: typing must not burn through Chrome's sync write quota.
  const {
    value: templates,
    edit,
    error,
  } = useSyncedEdits({
    item: templatesItem,
    schema: templatesSchema,
    fallback: noTemplates,
    label: 'templates',
    delayMs: 800,
  });
  if (templates === null) return null;

  const change = (type: TaskType, text: string) => edit({ [type]: text.slice(0, 1000) });
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
        const preview = fillTemplate(templateFor(type, templates), samplePerson);
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
              Preview: {preview}
              {isUnfinishedText(preview) &&
                ' — unfinished (it ends mid-sentence or has an unknown variable): the form asks you to finish the text, and Quick task does not send it.'}
            </p>
          </div>
        );
      })}
    </section>
  );
}
