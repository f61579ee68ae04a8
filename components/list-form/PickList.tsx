import { type PickRow, pickAll, rowDetail } from '@/lib/form/list-pick';
import type { PersonState } from '@/lib/tasks/batch-progress';
import type { Mark } from './use-stardex-marks';

interface PickListProps {
  idPrefix: string;
  rows: readonly PickRow[];
  picked: ReadonlySet<string>;
  onPick: (next: Set<string>) => void;
  marks: ReadonlyMap<string, Mark>;
  /** What this browser already sent for each person (from the outbox). */
  work: ReadonlyMap<string, PersonState>;
  onCheck: () => void;
}

const markWords: Record<Mark, string> = {
  checking: 'Checking…',
  in: 'In Stardex',
  not: 'Not in Stardex',
  unknown: 'Stardex check failed',
};

const workWords: Record<PersonState, { words: string; tone?: 'success' | 'danger' }> = {
  queued: { words: 'Task on its way' },
  'in-stardex': { words: 'Task added', tone: 'success' },
  failed: { words: 'Task not added: see Options', tone: 'danger' },
};

/**
 * The list's people, a checkbox each: picked by default when they have a public profile link; a
 * row without one shows why and cannot be picked. All / None, and the Stardex check on demand.
 */
export function PickList({ idPrefix, rows, picked, onPick, marks, work, onCheck }: PickListProps) {
  const pickable = rows.filter((r) => r.person !== null);
  const checking = [...marks.values()].includes('checking');
  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key);
    else next.delete(key);
    onPick(next);
  };
  return (
    <section class="sx-pick" aria-labelledby={`${idPrefix}-pick-label`}>
      <div class="sx-pick-bar">
        <span class="sx-label" id={`${idPrefix}-pick-label`}>
          {picked.size} of {rows.length} people picked
        </span>
        <button type="button" class="sx-button-link" onClick={() => onPick(pickAll(rows, work))}>
          All
        </button>
        <button type="button" class="sx-button-link" onClick={() => onPick(new Set())}>
          None
        </button>
        <button
          type="button"
          class="sx-button-link"
          disabled={checking || pickable.length === 0}
          onClick={onCheck}
        >
          Check who is in Stardex
        </button>
      </div>
      <ul class="sx-pick-list">
        {rows.map((r) => {
          const id = `${idPrefix}-pick-${rows.indexOf(r)}`;
          const detail = [rowDetail(r.row), r.row.location].filter(Boolean).join(' · ');
          const mark = r.person ? marks.get(r.person.profileUrl) : undefined;
          const sent = r.person ? work.get(r.person.profileUrl) : undefined;
          return (
            <li key={r.key} class="sx-pick-row" data-skipped={r.skipped ? true : undefined}>
              <input
                type="checkbox"
                id={id}
                checked={picked.has(r.key) && r.person !== null}
                disabled={r.person === null}
                aria-describedby={r.skipped ? `${id}-why` : undefined}
                onChange={(e) => toggle(r.key, e.currentTarget.checked)}
              />
              <label for={id} class="sx-pick-text">
                <span class="sx-pick-name" dir="auto">
                  {r.row.name}
                </span>
                {mark && (
                  <span class="sx-badge" data-tone={mark === 'in' ? 'success' : undefined}>
                    {markWords[mark]}
                  </span>
                )}
                {sent && (
                  <span class="sx-badge" data-tone={workWords[sent].tone}>
                    {workWords[sent].words}
                  </span>
                )}
                {detail && (
                  <span class="sx-pick-detail" dir="auto">
                    {detail}
                  </span>
                )}
              </label>
              {r.skipped && (
                <p class="sx-pick-why" id={`${id}-why`}>
                  {r.skipped}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
