import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { batchButtonLabel } from '@/lib/cadence/batch-submissions';
import { pickRows } from '@/lib/form/list-pick';
import { ownersOnceMeKnown } from '@/lib/form/owners';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import type { ListRead } from '@/lib/profile/list/list-schema';
import { deliveryLine } from '@/lib/tasks/batch-progress';
import { FormFoot } from '../task-form/FormFoot';
import { type FormBoot, saveMeTeamMember } from '../task-form/form-store';
import { LinksDisclosure } from '../task-form/LinksDisclosure';
import { TaskFields } from '../task-form/TaskFields';
import { useTeamMembers } from '../task-form/use-team-members';
import { PickList } from './PickList';
import { useListForm } from './use-list-form';
import { useListHistory } from './use-list-history';
import { useStardexMarks } from './use-stardex-marks';

export interface ListFormProps {
  list: ListRead;
  boot: FormBoot;
  /** The outbox when the popup opened: what this browser already sent for the list's people. */
  outbox?: readonly OutboxItem[];
  idPrefix?: string;
  /** Called once the list is on screen. */
  onReady?: () => void;
}

const variablesHint = 'Variables like {first_name} and {company} are filled in for each person.';
const nonePickable =
  'No row here shows a public profile link, and Stardex matches people by it: open a person’s profile to create their task there.';

const startUnpicked = (n: number) =>
  `${n === 1 ? 'One person who already has' : `${n} people who already have`} a task from this browser ${n === 1 ? 'starts' : 'start'} unpicked (marked).`;

/** "Pick and go": the people of a result list, and one task or cadence for each one picked. */
export function ListForm({ list, boot, outbox = [], idPrefix = 'sx', onReady }: ListFormProps) {
  const rows = useMemo(() => pickRows(list.rows), [list]);
  const urls = useMemo(() => rows.flatMap((r) => (r.person ? [r.person.profileUrl] : [])), [rows]);
  const members = useTeamMembers();
  const [meId, setMeId] = useState(boot.settings.meTeamMemberId);
  const { marks, check, markIn } = useStardexMarks(urls);
  const history = useListHistory(urls, outbox);
  const form = useListForm(rows, boot, history.workAtOpening, (batchId, inStardex) => {
    history.follow(batchId);
    markIn(inStardex);
  });
  const progress = history.progress ? deliveryLine(history.progress) : null;
  const formRef = useRef<HTMLFormElement>(null);
  const ids = (name: string) => `${idPrefix}-${name}`;
  useEffect(() => onReady?.(), [onReady]);

  if (rows.length === 0)
    return (
      <div class="sx-form sx-list-empty">
        <p class="sx-hint">No people on this page yet. Let LinkedIn show the results, then look again.</p>
        {/* The popup or panel reloads itself: it reads the tab afresh, as when it opens. */}
        <button type="button" class="sx-button" onClick={() => location.reload()}>
          Look again
        </button>
      </div>
    );
  const skipped = rows.filter((r) => r.person === null).length;
  const steps = form.run.cadence ? form.run.plan.length : 1;
  return (
    <form
      ref={formRef}
      class="sx-form"
      noValidate
      aria-label="New Stardex tasks for the people picked"
      onSubmit={(e) => {
        e.preventDefault();
        void form.requestSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
        e.preventDefault();
        void form.requestSubmit();
      }}
    >
      {rows.every((r) => r.person === null) && <p class="sx-hint">{nonePickable}</p>}
      {history.followsEarlierBatch && (progress || history.workAtOpening.size > 0) && (
        <div class="sx-batch-history" aria-live="polite">
          {progress && <p class="sx-batch-line">Last batch with people on this page · {progress}</p>}
          {history.workAtOpening.size > 0 && (
            <p class="sx-hint">{startUnpicked(history.workAtOpening.size)}</p>
          )}
        </div>
      )}
      <PickList
        idPrefix={idPrefix}
        rows={rows}
        picked={form.picked}
        onPick={form.setPicked}
        marks={marks}
        work={history.work}
        onCheck={() => void check(form.people.map((p) => p.profileUrl))}
      />
      <TaskFields
        idPrefix={idPrefix}
        cadences={boot.cadences}
        run={form.run}
        values={form.values}
        errors={form.errors}
        onType={form.chooseType}
        onText={(contentText) => form.update({ contentText, textEdited: true })}
        textHint={variablesHint}
        defaultTime={boot.settings.defaultDueTime}
        onDueChange={form.onDueChange}
        members={members}
        meId={meId}
        onOwners={(ownerIds) => form.update({ ownerIds })}
        onMeChosen={(id) => {
          setMeId(id);
          form.update({ ownerIds: ownersOnceMeKnown(form.values.ownerIds, id) });
          void saveMeTeamMember(id);
        }}
      />
      <LinksDisclosure
        idPrefix={idPrefix}
        initiallyOpen={boot.linksOpen}
        links={{ job: form.values.job, deal: form.values.deal, client: form.values.client }}
        errors={form.errors}
        onChange={(kind, value) => form.update({ [kind]: value })}
      />
      <FormFoot
        submit={form.submit}
        createLabel={batchButtonLabel(form.people.length, steps)}
        hasDraft={false}
        words={{
          created: '',
          queued: '',
          again: 'Start over',
          note: [
            // Created at once needs no progress; queued is followed until it is all in.
            form.submit.state === 'queued' && !history.followsEarlierBatch ? progress : null,
            skipped > 0 ? `${skipped} skipped: no public profile link (see the list).` : '',
          ]
            .filter(Boolean)
            .join(' '),
        }}
        onConfirmPast={form.confirmPast}
        onCancelPast={() => {
          form.cancelPast();
          formRef.current?.querySelector<HTMLElement>(`#${ids('due')}`)?.focus();
        }}
        onNewTask={() => form.again(history.work)}
        onDiscard={() => undefined}
      />
    </form>
  );
}
