/**
 * A queued batch's progress while the popup stays open: the outbox is asked every few seconds
 * (`listOutbox`, no Stardex request) until nothing of the batch is left to wait for.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import { batchProgress, deliveryLine } from '@/lib/tasks/batch-progress';

const EVERY_MS = 2_000;
/** A popup left open on a batch Stardex keeps refusing stops asking after this long. */
const AT_MOST = 60;

export function useBatchProgress(batchId: string | null): string | null {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    setLine(null);
    if (batchId === null) return;
    let live = true;
    let asked = 0;
    const ask = async () => {
      const items = await sendMessage('listOutbox', undefined).catch(() => null);
      if (!live || items === null) return;
      const progress = batchProgress(items).get(batchId);
      setLine(progress ? deliveryLine(progress) : null);
      asked += 1;
      if (progress && progress.waiting > 0 && asked < AT_MOST) timer = setTimeout(() => void ask(), EVERY_MS);
    };
    let timer = setTimeout(() => void ask(), EVERY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [batchId]);
  return line;
}
