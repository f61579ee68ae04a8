import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addStep,
  canAddStep,
  canRemoveStep,
  deleteCadence,
  duplicateCadence,
  moveCadence,
  moveStep,
  removeStep,
  renameCadence,
  updateStep,
} from '@/lib/cadence/cadence-edit';
import { planCadence } from '@/lib/cadence/cadence-plan';
import { duePickLabels, formatDue, resolveDuePick } from '@/lib/form/due-date';
import type { DuePick } from '@/lib/storage/preferences';
import { CADENCE_LIMITS, type Cadence, UNTITLED_CADENCE_NAME } from '@/lib/tasks/cadence-schema';
import { taskTypeLabels } from '@/lib/tasks/task-schema';
import { CadenceStepEditor, useFocusDraft } from './CadenceStepEditor';
import type { EditList } from './use-cadence-list';

/** Options has no profile open: the preview fills the templates for an invented person. */
const samplePerson = {
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentTitle: 'Engineer',
  currentCompany: 'Analytical Engines',
};

/** The settings the preview plans with; `now` is for tests (else the time of the render). */
export interface PreviewTiming {
  duePick: DuePick;
  dueTime: string;
  now?: Date;
}

function CadencePreview({ cadence, timing }: { cadence: Cadence; timing: PreviewTiming }) {
  const now = timing.now ?? new Date();
  const firstDue = resolveDuePick(timing.duePick, now, timing.dueTime);
  const plan = planCadence(cadence, samplePerson, { firstDue, defaultTime: timing.dueTime, now });
  return (
    <div class="sx-cadence-preview">
      <h4>Preview for {samplePerson.fullName} (an example person)</h4>
      <ol>
        {plan.map((task) => (
          <li key={task.stepId}>
            <span class="sx-cadence-preview-meta">
              {taskTypeLabels[task.type]} · {formatDue(task.due, now)}
            </span>{' '}
            <span dir="auto">{task.text}</span>
          </li>
        ))}
      </ol>
      <p class="sx-hint">
        Step 1 here is on your default due pick ({duePickLabels[timing.duePick]}); in the form, on the due
        date you choose.
      </p>
    </div>
  );
}

interface CadenceCardProps {
  cadence: Cadence;
  index: number;
  count: number;
  canDuplicate: boolean;
  edit: EditList;
  timing: PreviewTiming;
}

/** One cadence: its name, its steps, what can be done with it, and its preview. */
export function CadenceCard({ cadence, index, count, canDuplicate, edit, timing }: CadenceCardProps) {
  const id = `sx-cadence-${index}`;
  const name = useFocusDraft(cadence.name);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const noButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingDelete) noButton.current?.focus(); // the Delete button just left; keep focus near
  }, [confirmingDelete]);
  const blank = cadence.name.trim() === '';
  const title = cadence.name.trim() || UNTITLED_CADENCE_NAME;
  return (
    <li class="sx-cadence">
      <h3 id={`${id}-title`}>
        Cadence {index + 1}: <span dir="auto">{title}</span>
      </h3>
      <div class="sx-field">
        <label class="sx-label" for={`${id}-name`}>
          Name
        </label>
        <input
          id={`${id}-name`}
          class="sx-input"
          maxLength={CADENCE_LIMITS.nameMax}
          aria-invalid={blank}
          aria-describedby={blank ? `${id}-name-error` : undefined}
          value={name.value}
          onFocus={name.onFocus}
          onBlur={name.onBlur}
          onInput={(e) => {
            const typed = e.currentTarget.value;
            name.keep(typed);
            edit((list) => renameCadence(list, cadence.id, typed));
          }}
        />
        {blank && (
          <p id={`${id}-name-error`} class="sx-error">
            Give it a name; until then it is saved as “{UNTITLED_CADENCE_NAME}”.
          </p>
        )}
      </div>
      <ol class="sx-cadence-steps" aria-label={`Steps of ${title}`}>
        {cadence.steps.map((step, si) => (
          <CadenceStepEditor
            key={step.id}
            idPrefix={`${id}-step-${si}`}
            step={step}
            index={si}
            count={cadence.steps.length}
            change={(changes) => edit((list) => updateStep(list, cadence.id, step.id, changes))}
            move={(to) => edit((list) => moveStep(list, cadence.id, si, to))}
            remove={
              canRemoveStep(cadence) ? () => edit((list) => removeStep(list, cadence.id, step.id)) : null
            }
          />
        ))}
      </ol>
      <fieldset class="sx-fieldset sx-row sx-cadence-actions" aria-labelledby={`${id}-title`}>
        <button
          type="button"
          class="sx-button"
          disabled={!canAddStep(cadence)}
          onClick={() => edit((list) => addStep(list, cadence.id))}
        >
          Add step
        </button>
        <button
          type="button"
          class="sx-button"
          disabled={!canDuplicate}
          onClick={() => edit((list) => duplicateCadence(list, cadence.id))}
        >
          Duplicate
        </button>
        <button
          type="button"
          class="sx-button"
          disabled={index === 0}
          onClick={() => edit((list) => moveCadence(list, index, index - 1))}
        >
          Move up
        </button>
        <button
          type="button"
          class="sx-button"
          disabled={index === count - 1}
          onClick={() => edit((list) => moveCadence(list, index, index + 1))}
        >
          Move down
        </button>
        {confirmingDelete ? (
          <span class="sx-row sx-cadence-confirm">
            Delete “<span dir="auto">{title}</span>”?
            <button
              type="button"
              class="sx-button"
              onClick={() => edit((list) => deleteCadence(list, cadence.id))}
            >
              Yes
            </button>
            <button type="button" class="sx-button" ref={noButton} onClick={() => setConfirmingDelete(false)}>
              No
            </button>
          </span>
        ) : (
          <button type="button" class="sx-button" onClick={() => setConfirmingDelete(true)}>
            Delete
          </button>
        )}
      </fieldset>
      <CadencePreview cadence={cadence} timing={timing} />
    </li>
  );
}
