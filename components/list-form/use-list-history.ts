/**
 * The outbox as the list form shows it: what its people already have (tasks on their way, added,
 * failed) and how the batch it follows is going — the one sent from this form, else the last one
 * queued with people on this page, so a reopened popup picks up where the closed one was. The
 * items come from the popup's opening (LazyListForm asks once) and are asked again while that
 * batch has tasks on their way (`listOutbox`, no Stardex request).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { type BatchProgress, batchProgress } from '@/lib/tasks/batch-progress';
import { listHistory } from '@/lib/tasks/list-history';

const EVERY_MS = 2_000;
/** Asks without any progress before a popup left open on a stuck batch stops asking (2 minutes). */
const STALLED_AFTER = 60;

export function useListHistory(profileUrls: readonly string[], opened: readonly OutboxItem[]) {
  const [items, setItems] = useState(opened);
  /** The batch this form sent last, followed until it is all in Stardex. */
  const [sent, follow] = useState<string | null>(null);
  // Each ask, answered or not, schedules the next: one lost answer does not end the following.
  const [asked, setAsked] = useState(0);
  const stalled = useRef({ at: '', asks: 0 });
  const history = useMemo(() => listHistory(items, profileUrls), [items, profileUrls]);
  // Who had a task when the list opened: they start unpicked.
  const workAtOpening = useRef(history.work).current;
  const followed = sent ?? history.latestBatch;
  const progress: BatchProgress | null = useMemo(
    () => (followed ? (batchProgress(items).get(followed) ?? null) : null),
    [items, followed],
  );
  // A batch just sent may not be in the items yet: ask until it shows.
  const waiting = progress ? progress.waiting > 0 : sent !== null;
  const moved = `${followed}|${progress?.tasksDone}|${progress?.peopleDone}|${progress?.failed.length}`;
  if (stalled.current.at !== moved) stalled.current = { at: moved, asks: 0 };

  useEffect(() => {
    if (!waiting || stalled.current.asks >= STALLED_AFTER) return;
    let live = true;
    // The first look at a batch just sent is at once: it may all be in Stardex already.
    const timer = setTimeout(
      async () => {
        stalled.current.asks += 1;
        const next = await sendMessage('listOutbox', undefined).catch(() => null);
        if (!live) return;
        if (next) setItems(next);
        setAsked((n) => n + 1);
      },
      asked === 0 && sent !== null ? 0 : EVERY_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [waiting, asked, followed]);

  return { work: history.work, workAtOpening, progress, followsEarlierBatch: sent === null, follow };
}
