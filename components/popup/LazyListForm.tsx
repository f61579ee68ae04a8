/**
 * The list form (pick and go), loaded when a result list is what the tab shows: a profile, where
 * the popup opens most, does not load its code. The outbox is asked meanwhile (no Stardex request),
 * so the form opens knowing who on the list already has a task.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import type { ListFormProps } from '../list-form/ListForm';

interface Loaded {
  Form: ComponentType<ListFormProps>;
  outbox: readonly OutboxItem[];
}

export function LazyListForm(props: Omit<ListFormProps, 'outbox'>) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      import('../list-form/ListForm'),
      sendMessage('listOutbox', undefined).catch((): OutboxItem[] => []),
    ]).then(([m, outbox]) => live && setLoaded({ Form: m.ListForm, outbox }));
    return () => {
      live = false;
    };
  }, []);
  return loaded ? <loaded.Form {...props} outbox={loaded.outbox} /> : <p class="sx-form sx-hint">Loading…</p>;
}
