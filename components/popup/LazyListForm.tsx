/**
 * The list form (pick and go), loaded when a result list is what the tab shows: a profile, where
 * the popup opens most, does not load its code.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ListFormProps } from '../list-form/ListForm';

export function LazyListForm(props: ListFormProps) {
  const [Form, setForm] = useState<ComponentType<ListFormProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import('../list-form/ListForm').then((m) => live && setForm(() => m.ListForm));
    return () => {
      live = false;
    };
  }, []);
  return Form ? <Form {...props} /> : <p class="sx-form sx-hint">Loading…</p>;
}
