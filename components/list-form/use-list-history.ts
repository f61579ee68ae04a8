/**
 * The outbox as the list form shows it: what its people already have (tasks on their way, added,
 * failed) and how the batch it follows is going — the one just created, else the last one queued
 * for these people, so a reopened popup picks up where the closed one was. The items come from
 * the popup's opening (LazyListForm asks once) and are asked again every few seconds while that
 * batch has tasks on their way (`listOutbox`, no Stardex request).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { type BatchProgress, batchProgress } from '@/lib/tasks/batch-progress';
import { listHistory } from '@/lib/tasks/list-history';

const EVERY_MS = 2_000;
/** A popup left open on a batch Stardex keeps refusing stops asking after this many times. */
const AT_MOST = 60;

export function useListHistory(
  profileUrls: readonly string[],
  opened: readonly OutboxItem[],
  created: string | null,
) {
  const [items, setItems] = useState(opened);
  const asked = useRef(0);
  const history = useMemo(() => listHistory(items, profileUrls), [items, profileUrls]);
  const followed = created ?? history.latestBatch;
  const progress: BatchProgress | null = followed ? (batchProgress(items).get(followed) ?? null) : null;
  // A batch just created is not in the items yet: ask until it shows.
  const waiting = progress ? progress.waiting > 0 : created !== null;

  useEffect(() => {
    asked.current = 0;
  }, [followed]);
  useEffect(() => {
    if (!waiting || asked.current >= AT_MOST) return;
    let live = true;
    const timer = setTimeout(async () => {
      asked.current += 1;
      const next = await sendMessage('listOutbox', undefined).catch(() => null);
      if (live && next) setItems(next);
    }, EVERY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [waiting, items, followed]);

  return { work: history.work, progress, earlier: created === null };
}
