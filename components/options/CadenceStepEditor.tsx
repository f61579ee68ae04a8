import { useState } from 'preact/hooks';
import { defaultTemplates } from '@/lib/form/template';
import {
  CADENCE_LIMITS,
  type CadenceOffsetUnit,
  type CadenceStep,
  offsetLabel,
} from '@/lib/tasks/cadence-schema';
import { TaskTypeSelect } from './TaskTypeSelect';

/**
 * A field's text while it has focus (as TimeInput does): the stored value a list change brings
 * back is normalised — a name trimmed, a cleared number 0 — and would otherwise jump under the
 * cursor mid-typing. After blur the field shows the stored value again.
 */
export function useFocusDraft(saved: string) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    value: draft ?? saved,
    onFocus: (e: { currentTarget: HTMLInputElement }) => setDraft(e.currentTarget.value),
    onBlur: () => setDraft(null),
    keep: setDraft,
  };
}

export type StepChanges = Partial<Omit<CadenceStep, 'id'>>;

interface CadenceStepEditorProps {
  /** Unique on the page, for the controls' ids. */
  idPrefix: string;
  step: CadenceStep;
  index: number;
  count: number;
  change: (changes: StepChanges) => void;
  move: (to: number) => void;
  /** Null while this is the cadence's only step (a cadence always creates a task). */
  remove: (() => void) | null;
}

/** One step of a cadence: its task type, when it is due after step 1, and its text template. */
export function CadenceStepEditor({
  idPrefix,
  step,
  index,
  count,
  change,
  move,
  remove,
}: CadenceStepEditorProps) {
  const n = index + 1;
  const amount = useFocusDraft(String(step.offset.amount));
  const typeId = `${idPrefix}-type`;
  const textId = `${idPrefix}-text`;
  return (
    <li class="sx-cadence-step">
      <div class="sx-row sx-cadence-step-head">
        <span class="sx-cadence-step-number">Step {n}</span>
        <button
          type="button"
          class="sx-button sx-button-small"
          aria-label={`Move step ${n} up`}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          Up
        </button>
        <button
          type="button"
          class="sx-button sx-button-small"
          aria-label={`Move step ${n} down`}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          Down
        </button>
        <button
          type="button"
          class="sx-button sx-button-small"
          aria-label={`Remove step ${n}`}
          disabled={remove === null}
          onClick={() => remove?.()}
        >
          Remove
        </button>
      </div>
      <div class="sx-grid-2">
        <div class="sx-field">
          <label class="sx-label" for={typeId}>
            Task type
          </label>
          <TaskTypeSelect id={typeId} value={step.type} onChange={(type) => change({ type })} />
        </div>
        {index === 0 ? (
          // The first step's offset is not used: its due date is the one picked in the form.
          <div class="sx-field">
            <span class="sx-label">When</span>
            <p class="sx-hint">Starts on the form’s due date</p>
          </div>
        ) : (
          <fieldset class="sx-field sx-fieldset">
            <legend class="sx-label">When</legend>
            <div class="sx-row">
              <input
                type="number"
                class="sx-input sx-cadence-amount"
                min={0}
                max={CADENCE_LIMITS.offsetMax}
                step={1}
                aria-label={`Step ${n}: how many days after step 1`}
                aria-describedby={`${idPrefix}-when`}
                value={amount.value}
                onFocus={amount.onFocus}
                onBlur={amount.onBlur}
                onInput={(e) => {
                  const typed = e.currentTarget.value;
                  amount.keep(typed);
                  // A cleared field is a number being retyped, not "same day" yet.
                  if (typed !== '') change({ offset: { unit: step.offset.unit, amount: Number(typed) } });
                }}
              />
              <select
                aria-label={`Step ${n}: days or business days`}
                value={step.offset.unit}
                onChange={(e) =>
                  change({ offset: { ...step.offset, unit: e.currentTarget.value as CadenceOffsetUnit } })
                }
              >
                <option value="days">days</option>
                <option value="businessDays">business days</option>
              </select>
            </div>
            <p id={`${idPrefix}-when`} class="sx-hint">
              {step.offset.amount === 0 ? 'Same day as step 1' : `${offsetLabel(step.offset)} after step 1`}
            </p>
          </fieldset>
        )}
      </div>
      <div class="sx-field">
        <label class="sx-label" for={textId}>
          Text
        </label>
        <textarea
          id={textId}
          rows={2}
          maxLength={CADENCE_LIMITS.templateMax}
          placeholder={defaultTemplates[step.type]}
          value={step.template}
          onInput={(e) => change({ template: e.currentTarget.value })}
        />
      </div>
    </li>
  );
}
