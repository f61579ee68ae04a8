import type { Ref } from 'preact';
import type { PlannedStep } from '@/lib/cadence/cadence-plan';
import type { DueValue } from '@/lib/form/due-entry';
import type { FieldErrors, FormValues } from '@/lib/form/form-state';
import type { Cadence } from '@/lib/tasks/cadence-schema';
import type { TaskType } from '@/lib/tasks/task-schema';
import { CadencePicker, CadenceSteps } from './CadenceSteps';
import { DuePicker } from './DuePicker';
import { type MembersState, OwnersPicker } from './OwnersPicker';
import { TaskTypePicker } from './TaskTypePicker';
import { TextLimitNote } from './TextLimitNote';

/** The form's cadence mode as the fields show it (use-cadence-choice.ts, or the list form's). */
export interface CadenceFields {
  cadence: Cadence | null;
  plan: readonly PlannedStep[];
  texts: Readonly<Record<string, string>>;
  blank: number;
  choose: (id: string | null) => void;
  editText: (stepId: string, text: string) => void;
}

export interface TaskFieldsProps {
  idPrefix: string;
  cadences: Cadence[];
  run: CadenceFields;
  values: FormValues;
  errors: FieldErrors;
  textRef?: Ref<HTMLTextAreaElement>;
  onType: (type: TaskType) => void;
  onText: (text: string) => void;
  /** A restored draft's text was cut at the limit. */
  clippedDraft?: boolean;
  /** Under the text: how its variables are filled (the list form). */
  textHint?: string;
  defaultTime: string;
  onDueChange: (due: DueValue) => void;
  members: MembersState;
  meId: string | null;
  onOwners: (ids: string[]) => void;
  onMeChosen: (id: string) => void;
}

/**
 * What a task is, shared by the one-person form and the list form: a task type and its text, or a
 * cadence's steps; when it is due; who owns it.
 */
export function TaskFields(props: TaskFieldsProps) {
  const { idPrefix, run, values, errors } = props;
  const ids = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div class="sx-form-head" data-cadence={run.cadence ? true : undefined}>
        <span class="sx-label" id={ids('type-label')} dir="auto">
          {run.cadence ? `${run.cadence.name}: ${run.plan.length} tasks` : 'Task type'}
        </span>
        <CadencePicker
          id={ids('cadence')}
          cadences={props.cadences}
          value={run.cadence?.id ?? null}
          onChange={run.choose}
        />
      </div>
      {run.cadence ? (
        <CadenceSteps
          idPrefix={idPrefix}
          plan={run.plan}
          texts={run.texts}
          blank={run.blank}
          onText={run.editText}
        />
      ) : (
        <>
          <TaskTypePicker idPrefix={idPrefix} value={values.taskType} onChange={props.onType} externalLabel />
          <div class="sx-field">
            <label class="sx-label" for={ids('text')}>
              Task text
            </label>
            <textarea
              id={ids('text')}
              ref={props.textRef}
              rows={2}
              dir="auto"
              required
              aria-invalid={errors.content_text ? true : undefined}
              aria-describedby={errors.content_text ? ids('text-error') : undefined}
              value={values.contentText}
              onInput={(e) => props.onText(e.currentTarget.value)}
            />
            {errors.content_text && (
              <p id={ids('text-error')} class="sx-error">
                {errors.content_text}
              </p>
            )}
            {props.textHint && <p class="sx-hint">{props.textHint}</p>}
            <TextLimitNote
              text={values.contentText}
              clippedDraft={props.clippedDraft ?? false}
              id={ids('text-count')}
            />
          </div>
        </>
      )}
      <DuePicker
        id={ids('due')}
        value={values}
        defaultTime={props.defaultTime}
        onChange={props.onDueChange}
        error={errors.due_date}
        label={run.cadence ? 'Step 1 due' : 'Due'}
      />
      <OwnersPicker
        id={ids('owners')}
        members={props.members}
        selectedIds={values.ownerIds}
        meId={props.meId}
        onChange={props.onOwners}
        onMeChosen={props.onMeChosen}
        error={errors.owner_ids}
      />
    </>
  );
}
