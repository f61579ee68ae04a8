import type { PlannedStep } from '@/lib/cadence/cadence-plan';
import { stepText } from '@/lib/cadence/cadence-run';
import { formatDue } from '@/lib/form/due-date';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import { taskTypeLabels } from '@/lib/tasks/task-schema';

interface CadencePickerProps {
  id: string;
  cadences: Cadence[];
  value: string | null;
  onChange: (id: string | null) => void;
}

/**
 * "Cadence": a single task (the default), or one of the recruiter's cadences by name. Compact, on
 * the form's first row, so the form still fits Chrome's 600 px popup.
 */
export function CadencePicker({ id, cadences, value, onChange }: CadencePickerProps) {
  if (cadences.length === 0) return null;
  return (
    <div class="sx-cadence-pick">
      <label class="sx-hint" for={id}>
        Cadence
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">Single task</option>
        {cadences.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.steps.length} tasks)
          </option>
        ))}
      </select>
    </div>
  );
}

interface CadenceStepsProps {
  idPrefix: string;
  plan: readonly PlannedStep[];
  texts: Readonly<Record<string, string>>;
  /** Index of a step that cannot be sent as it is (blank, or ending mid-sentence), or -1. */
  blank: number;
  onText: (stepId: string, text: string) => void;
}

/** The run's steps: type, computed due date and text, each text editable for this person. */
export function CadenceSteps({ idPrefix, plan, texts, blank, onText }: CadenceStepsProps) {
  const now = new Date();
  return (
    <ol class="sx-steps" aria-label="Tasks this cadence creates">
      {plan.map((step, index) => {
        const id = `${idPrefix}-step-${index + 1}`;
        return (
          <li key={step.stepId} class="sx-step">
            <label class="sx-label" for={id}>
              {index + 1}. {taskTypeLabels[step.type]} · {step.due ? formatDue(step.due, now) : 'no due date'}
            </label>
            <textarea
              id={id}
              rows={2}
              dir="auto"
              value={stepText(step, texts)}
              aria-invalid={blank === index ? true : undefined}
              aria-describedby={blank === index ? `${id}-error` : undefined}
              onInput={(e) => onText(step.stepId, e.currentTarget.value)}
            />
            {blank === index && (
              <p id={`${id}-error`} class="sx-error">
                {stepText(step, texts).trim() === ''
                  ? `Step ${index + 1} needs a text`
                  : `Step ${index + 1} is unfinished: finish its text`}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
