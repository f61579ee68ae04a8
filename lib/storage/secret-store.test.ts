import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDbSecret, type SecretItem } from './secret-store';

function memorySecret(initial = ''): SecretItem & { value: string } {
  const item = {
    value: initial,
    getValue: async () => item.value,
    setValue: async (v: string) => {
      item.value = v;
    },
    removeValue: async () => {
      item.value = '';
    },
    watch: () => () => {},
  };
  return item;
}

describe('the key in the extension origin’s IndexedDB (Firefox)', () => {
  it('stores, reads and forgets the key', async () => {
    const secret = indexedDbSecret();
    expect(await secret.getValue()).toBe('');
    await secret.setValue('sbx_key_1');
    expect(await secret.getValue()).toBe('sbx_key_1');
    await secret.removeValue();
    expect(await secret.getValue()).toBe('');
  });

  it('moves a key an older version left in storage.local into IndexedDB, leaving no copy', async () => {
    const legacy = memorySecret('old_key');
    const secret = indexedDbSecret(legacy);
    expect(await secret.getValue()).toBe('old_key');
    expect(legacy.value).toBe('');
    expect(await indexedDbSecret().getValue()).toBe('old_key');
    await secret.removeValue();
  });

  it('tells the other extension pages when the key changes', async () => {
    const options = indexedDbSecret();
    const worker = indexedDbSecret();
    const changed = vi.fn();
    worker.watch(changed);
    await options.setValue('new_key');
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(await worker.getValue()).toBe('new_key');
    await options.removeValue();
  });
});
