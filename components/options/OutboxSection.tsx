import { useEffect, useState } from 'preact/hooks';
import { formatDue } from '@/lib/form/due-date';
import { sendMessage } from '@/lib/messaging';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { outboxItem } from '@/lib/storage/background-data';
import { touchLabels } from '@/lib/tasks/activity-schema';
import { splitBatches } from '@/lib/tasks/batch-progress';
import { groupLine, groupOutboxItems, type ItemGroup } from '@/lib/tasks/cadence-group';
import { taskTypeLabels } from '@/lib/tasks/task-schema';
import { OutboxBatch } from './OutboxBatch';
import { OutboxEditor } from './OutboxEditor';

const stateLabels: Record<OutboxItem['state'], string> = {
  queued: 'Waiting',
  sending: 'Sending',
  retrying: 'Will retry',
  done: 'Delivered',
  failed: 'Failed',
};

/** Tasks still on their way to Stardex, or failed, with retry, edit and discard. */
export function OutboxSection() {
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () =>
    sendMessage('listOutbox', undefined)
      .then((list) => {
        // Delivered items leave the list (`shown`), unless Stardex may have them twice (said until
        // dismissed) or they are steps of a cadence run that still has steps waiting.
        setItems(list);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => {
    void refresh();
    // The background is the outbox's only writer; its writes show up here as they happen.
    return outboxItem.watch(() => void refresh());
  }, []);

  const act = async (run: () => Promise<boolean>) => {
    const done = await run().catch(() => false);
    if (!done) setError('That did not work; the list is refreshed.');
    await refresh();
  };
  const shown = (item: OutboxItem) => item.state !== 'done' || item.possibleTwin;
  const row = (item: OutboxItem, inRun: boolean) => (
    <OutboxRow
      key={item.clientId}
      item={item}
      inRun={inRun}
      editing={editing === item.clientId}
      setEditing={setEditing}
      act={act}
    />
  );
  // A cadence run is one entry while any of its steps waits; its steps, done ones too, below.
  const runEntry = (entry: ItemGroup<OutboxItem>) =>
    entry.steps.some(shown) ? (
      <li key={entry.id} class="sx-outbox-run">
        <p class="sx-outbox-head">
          <strong>{groupLine(entry)}</strong> · <bdi>{entry.steps[0]?.person.fullName}</bdi>
        </p>
        <ol class="sx-outbox sx-outbox-steps">{entry.steps.map((step) => row(step, true))}</ol>
      </li>
    ) : null;
  const entries = (list: OutboxItem[]) =>
    groupOutboxItems(list).map((entry) =>
      entry.kind === 'group' ? runEntry(entry) : shown(entry.item) ? row(entry.item, false) : null,
    );
  return (
    <section class="sx-card" aria-labelledby="sx-outbox-title">
      <h2 id="sx-outbox-title">Outbox</h2>
      {error && <p class="sx-error">{error}</p>}
      {items !== null && !items.some(shown) && (
        <p class="sx-hint">Nothing waiting: every task reached Stardex.</p>
      )}
      <ul class="sx-outbox">
        {splitBatches(items ?? []).map((part) =>
          part.kind === 'rest' ? (
            entries(part.items)
          ) : (
            <OutboxBatch key={part.progress.id} progress={part.progress}>
              {entries(part.items)}
            </OutboxBatch>
          ),
        )}
      </ul>
    </section>
  );
}

interface OutboxRowProps {
  item: OutboxItem;
  /** A step of a cadence run: its state and type, under the run's line. */
  inRun: boolean;
  editing: boolean;
  setEditing: (clientId: string | null) => void;
  act: (run: () => Promise<boolean>) => Promise<void>;
}

/** What the row says an item is: a task's type and due date, or the touch a log records. */
function itemWords(item: OutboxItem, now: Date): { what: string; when: string; text: string } {
  if (item.kind === 'activity')
    return { what: `Log: ${touchLabels[item.activity.touch]}`, when: '', text: item.activity.text };
  const { task } = item;
  const when = task.due_date ? formatDue(new Date(task.due_date), now) : 'no due date';
  return { what: taskTypeLabels[task.task_type], when: ` · ${when}`, text: task.content_text };
}

function OutboxRow({ item, inRun, editing, setEditing, act }: OutboxRowProps) {
  const step = item.group ? `Step ${item.group.index + 1}: ` : '';
  const noun = item.kind === 'activity' ? 'log' : 'task';
  const { what, when, text } = itemWords(item, new Date());
  return (
    <li>
      <p class="sx-outbox-head">
        <strong>{stateLabels[item.state]}</strong> · {step}
        {what}
        {!inRun && (
          <>
            {' '}
            for <bdi>{item.person.fullName}</bdi>
          </>
        )}
        {when}
      </p>
      <p class="sx-outbox-text" dir="auto">
        {text}
      </p>
      {item.lastError && item.state !== 'done' && (
        <p class={item.state === 'failed' ? 'sx-error' : 'sx-hint'}>{item.lastError.message}</p>
      )}
      {item.state === 'done' ? (
        item.possibleTwin && (
          <TwinWarning
            item={item}
            onDismiss={() => void act(() => sendMessage('discardOutboxItem', { clientId: item.clientId }))}
          />
        )
      ) : editing && item.kind !== 'activity' ? (
        <OutboxEditor
          item={item}
          onCancel={() => setEditing(null)}
          onSave={(task) => {
            setEditing(null);
            void act(() => sendMessage('updateOutboxItem', { clientId: item.clientId, task }));
          }}
        />
      ) : (
        <div class="sx-row">
          <button
            type="button"
            class="sx-button"
            aria-label={`Retry ${step}${noun} for ${item.person.fullName}`}
            onClick={() => void act(() => sendMessage('retryOutboxItem', { clientId: item.clientId }))}
          >
            Retry
          </button>
          {item.kind !== 'activity' && (
            <button
              type="button"
              class="sx-button"
              aria-label={`Edit ${step}task for ${item.person.fullName}`}
              onClick={() => setEditing(item.clientId)}
            >
              Edit
            </button>
          )}
          <button
            type="button"
            class="sx-button"
            aria-label={`Discard ${step}${noun} for ${item.person.fullName}`}
            onClick={() => void act(() => sendMessage('discardOutboxItem', { clientId: item.clientId }))}
          >
            Discard
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * A delivery that took several attempts, after which Stardex showed two matching tasks: a
 * browser can resend a POST on its own, which no extension code sees. Stardex documents no delete
 * and no link to a person's page, so the recruiter is told where to look.
 */
function TwinWarning({ item, onDismiss }: { item: OutboxItem; onDismiss: () => void }) {
  return (
    <div class="sx-row">
      <p class="sx-hint" data-tone="warning">
        Stardex may have this {item.kind === 'activity' ? 'log' : 'task'} twice: check{' '}
        <bdi>{item.person.fullName}</bdi>’s {item.kind === 'activity' ? 'activity' : 'tasks'} in Stardex and
        delete the extra one there.
      </p>
      <button
        type="button"
        class="sx-button"
        aria-label={`Dismiss the warning for ${item.person.fullName}`}
        onClick={onDismiss}
      >
        Dismiss
      </button>
    </div>
  );
}
