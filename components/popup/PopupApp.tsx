import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { FormPerson } from '@/lib/form/person';
import { DueToday } from '../due-today/DueToday';
import { ReadHealthNote } from '../task-form/ReadHealthNote';
import { SettlePerson } from '../task-form/SettlePerson';
import { TaskForm } from '../task-form/TaskForm';
import { FirstRun } from './FirstRun';
import { LazyListForm } from './LazyListForm';
import type { PopupData } from './load-popup';
import { ManualEntry } from './ManualEntry';

/** Marks the moment the form shows the profile (read by scripts/bench/popup.ts and e2e tests). */
function markReady() {
  if (document.body.dataset.ready === 'true') return;
  document.body.dataset.ready = 'true';
  performance.mark('form-ready');
}

/**
 * The toolbar popup: first-run screen, manual entry, the task form for the tab's profile, or the
 * list form for the people of a result list.
 * `load` is started by the entrypoint before the first render (loadPopup), so storage, the
 * background and the tab are already being asked while Preact renders.
 */
export interface PopupAppProps {
  load: Promise<PopupData>;
  /** Element id prefix (the panel's document uses its own). */
  idPrefix?: string;
  /** Put the cursor in the task text once the form shows (unless the recruiter focused something). */
  autofocusText?: boolean;
  /** The tab the page is about (the popup's `?tab=`, the panel's tab); else the active tab. */
  tabId?: number;
  /** The panel follows its tab to a profile by itself; the popup shows that person's form at once. */
  followsTab?: boolean;
}

export function PopupApp({ load, idPrefix, autofocusText = true, tabId, followsTab = false }: PopupAppProps) {
  const [data, setData] = useState<PopupData | null>(null);
  /** The person the recruiter entered (manual entry) or settled (a page without an /in/ link). */
  const [chosenPerson, setChosenPerson] = useState<FormPerson | null>(null);
  // A layout effect subscribes before the first frame is painted; a plain effect would wait for
  // it, 10–20 ms during which `load` may already have resolved.
  useLayoutEffect(() => {
    void load.then(setData);
  }, [load]);
  const onReady = useCallback(markReady, []);

  if (data === null) return <p class="sx-form sx-hint">Loading…</p>;
  if (!data.setup.hasApiKey) return <FirstRun />;
  const target = data.target;
  if (target.kind === 'list')
    return <LazyListForm list={target.list} boot={data.boot} idPrefix={idPrefix} onReady={onReady} />;
  const health = target.kind === 'manual' ? null : target.health;
  const person = target.kind === 'person' ? target.person : chosenPerson;
  if (person)
    return (
      <TaskForm
        key={person.profileUrl}
        person={person}
        boot={data.boot}
        health={health}
        idPrefix={idPrefix}
        autofocusText={autofocusText}
        onReady={onReady}
      />
    );
  if (target.kind === 'unlinked')
    return (
      <>
        <SettlePerson profile={target.profile} idPrefix={idPrefix} onPerson={setChosenPerson} />
        <div class="sx-form">
          <ReadHealthNote health={health} />
        </div>
      </>
    );
  // Off a profile: the manual entry, and what is due today (components/due-today).
  return (
    <>
      <ManualEntry
        reason={target.kind === 'manual' ? target.reason : ''}
        initialName={target.kind === 'manual' ? target.name : ''}
        initialUrl={target.kind === 'manual' ? (target.url ?? '') : ''}
        onPerson={setChosenPerson}
      />
      <DueToday tabId={tabId} onPerson={followsTab ? undefined : setChosenPerson} />
    </>
  );
}
