import { addCadence, canAddCadence } from '@/lib/cadence/cadence-edit';
import { cadenceVariableHints, cadenceVariables } from '@/lib/cadence/cadence-text';
import { CADENCE_LIMITS } from '@/lib/tasks/cadence-schema';
import { CadenceCard, type PreviewTiming } from './CadenceCard';
import { useCadenceList } from './use-cadence-list';

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
