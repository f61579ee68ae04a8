import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  defaultTemplates,
  fillTemplate,
  templateFor,
  templateValues,
  templateVariables,
} from '@/lib/form/template';
import { templatesItem, templatesSchema } from '@/lib/storage/preferences';
import { createDebouncedSyncWriter } from '@/lib/storage/sync-writer';
import { followStoredValue } from '@/lib/storage/use-stored-value';
import { type TaskType, taskTypeLabels } from '@/lib/tasks/task-schema';
import {
  editFields,
  emptyLiveEdits,
  hasUnsavedEdits,
  type LiveEdits,
  receiveStored,
  settleWrite,
  shownValue,
} from './live-edits';

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
  const [live, setLive] = useState<LiveEdits<Templates>>(emptyLiveEdits);
  const latest = useRef(live);
  const apply = (step: (prev: LiveEdits<Templates>) => LiveEdits<Templates>) => {
    latest.current = step(latest.current);
    setLive(latest.current);
  };
  const [error, setError] = useState<string | null>(null);
  // Debounced: typing must not burn through Chrome's sync write quota.
  const save = useMemo(() => createDebouncedSyncWriter(templatesItem, 'templates', 800), []);
  const saveShown = () => {
    const next = shownValue(latest.current) ?? noTemplates;
    save(next)
      .then(() => {
        apply((prev) => settleWrite(prev, next));
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    // Follows other windows and devices; text typed here and not yet saved stays (live-edits.ts).
    const unfollow = followStoredValue(templatesItem, templatesSchema, noTemplates, (value) => {
      apply((prev) => receiveStored(prev, value));
      // The pending write was composed before this change; recompose it so it keeps both.
      if (hasUnsavedEdits(latest.current)) saveShown();
    });
    const flush = () => {
      if (document.visibilityState === 'hidden') void save.flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      unfollow();
      document.removeEventListener('visibilitychange', flush);
    };
  }, [save]);
  const templates = shownValue(live);
  if (templates === null) return null;

  const change = (type: TaskType, text: string) => {
    apply((prev) => editFields(prev, { [type]: text.slice(0, 1000) }));
    saveShown();
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
