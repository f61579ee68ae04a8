import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import {
  addCadence,
  addStep,
  canAddCadence,
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
import { checkCadencesQuota } from '@/lib/cadence/cadence-quota';
import {
  CADENCE_LIMITS,
  type Cadence,
  type CadenceList,
  initialCadenceList,
  parseCadences,
  UNTITLED_CADENCE_NAME,
} from '@/lib/cadence/cadence-schema';
import { cadenceVariableHints, cadenceVariables } from '@/lib/cadence/cadence-text';
import { duePickLabels, formatDue, resolveDuePick } from '@/lib/form/due-date';
import { cadencesItem, type DuePick } from '@/lib/storage/preferences';
import { createDebouncedSyncWriter } from '@/lib/storage/sync-writer';
import { followStoredValue } from '@/lib/storage/use-stored-value';
import { taskTypeLabels } from '@/lib/tasks/task-schema';
import { CadenceStepEditor, useFocusDraft } from './CadenceStepEditor';
import {
  editFields,
  emptyLiveEdits,
  type LiveEdits,
  receiveStored,
  settleWrite,
  shownValue,
} from './live-edits';

/** `sync:cadences` read tolerantly (a damaged entry costs only itself), as a schema the storage hooks take. */
export const storedCadencesSchema = z.pipe(
  z.unknown(),
  z.transform((raw): CadenceList => ({ cadences: parseCadences(raw) })),
);

type EditList = (change: (list: Cadence[]) => Cadence[]) => void;
type Live = LiveEdits<CadenceList>;

/** Compared as stored (names trimmed, …), so our own write coming back is not taken for someone else's. */
const sameAsStored = (list: readonly Cadence[], stored: CadenceList | null) =>
  stored !== null && JSON.stringify(parseCadences([...list])) === JSON.stringify(stored.cadences);
const hasUnsaved = (live: Live) =>
  live.pending.cadences !== undefined && !sameAsStored(live.pending.cadences, live.stored);

/**
 * The cadence list as the page shows it (null until read): each edit shows at once and is written
 * 400 ms after the last one, if it fits in sync. The whole list is one pending edit, so a change
 * from another device shows once what is typed here is saved (it is not merged into it).
 */
function useCadenceList(): { cadences: Cadence[] | null; edit: EditList; error: string | null } {
  const [live, setLive] = useState<Live>(emptyLiveEdits);
  const latest = useRef(live);
  const apply = (step: (prev: Live) => Live) => {
    latest.current = step(latest.current);
    setLive(latest.current);
  };
  const [error, setError] = useState<string | null>(null);
  const save = useMemo(() => createDebouncedSyncWriter(cadencesItem, 'cadences', 400), []);
  const saveShown = () => {
    const next = shownValue(latest.current);
    if (next === null) return;
    // The cadence check words the 8 KB limit for this list; the writer still checks the area's total.
    const problem = checkCadencesQuota(next);
    setError(problem?.message ?? null);
    if (problem) return;
    save(next)
      .then(() => apply((prev) => settleWrite(prev, next)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    const unfollow = followStoredValue(cadencesItem, storedCadencesSchema, initialCadenceList(), (value) => {
      apply((prev) => receiveStored(prev, value));
      if (hasUnsaved(latest.current)) saveShown();
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
  const edit: EditList = (change) => {
    const shown = shownValue(latest.current);
    if (shown === null) return;
    const next = change(shown.cadences);
    if (next === shown.cadences) return; // the edit could not apply (a limit, a stale index)
    apply((prev) => editFields(prev, { cadences: next }));
    saveShown();
  };
  return { cadences: shownValue(live)?.cadences ?? null, edit, error };
}

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
function CadenceCard({ cadence, index, count, canDuplicate, edit, timing }: CadenceCardProps) {
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

/** The Cadences card: the recruiter's named follow-up sequences, edited in place and saved to sync. */
export function CadencesSection({ duePick, dueTime, now }: PreviewTiming) {
  const { cadences, edit, error } = useCadenceList();
  const timing = { duePick, dueTime, now };
  if (cadences === null) return null;
  return (
    <section class="sx-card" aria-labelledby="sx-cadences-title">
      <h2 id="sx-cadences-title">Cadences</h2>
      <p class="sx-hint">
        One click in the form creates one task per step, in Stardex. Nothing is sent on LinkedIn.
      </p>
      {error && (
        <p class="sx-error" role="alert">
          Not saved: {error}
        </p>
      )}
      <p class="sx-hint">Variables in a step’s text:</p>
      <ul class="sx-cadence-vars">
        {cadenceVariables.map((v) => (
          <li key={v}>
            <code>{`{${v}}`}</code> {cadenceVariableHints[v]}
          </li>
        ))}
      </ul>
      {cadences.length === 0 && <p class="sx-hint">No cadences yet.</p>}
      <ol class="sx-cadences">
        {cadences.map((cadence, index) => (
          <CadenceCard
            key={cadence.id}
            cadence={cadence}
            index={index}
            count={cadences.length}
            canDuplicate={canAddCadence(cadences)}
            edit={edit}
            timing={timing}
          />
        ))}
      </ol>
      <button
        type="button"
        class="sx-button"
        disabled={!canAddCadence(cadences)}
        aria-describedby="sx-cadences-limit"
        onClick={() => edit((list) => addCadence(list))}
      >
        Add cadence
      </button>
      <p id="sx-cadences-limit" class="sx-hint">
        Up to {CADENCE_LIMITS.cadences} cadences of {CADENCE_LIMITS.steps} steps.
      </p>
    </section>
  );
}
