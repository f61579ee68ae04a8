/**
 * Where this device keeps the API key. Chrome and Edge: `local:apiKey`, with local storage
 * limited to trusted contexts (lib/background/storage-access.ts). Firefox cannot limit its
 * storage areas (content scripts read them all), so there the key lives in the extension
 * origin's IndexedDB, which content scripts (running with the page's origin) cannot open;
 * changes reach the extension's other pages through a BroadcastChannel of the same origin.
 *
 *   const key = await deviceKey.getValue();
 */
import { apiKeyItem } from '@/lib/storage/connection';

export interface SecretItem {
  getValue(): Promise<string>;
  setValue(value: string): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `cb` after every change (from any extension page or the worker); returns an unwatch. */
  watch(cb: () => void): () => void;
}

const DB = 'stardex-secrets';
const STORE = 'secrets';
const KEY = 'apiKey';

function request<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = run(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => {
        resolve(req.result);
        db.close();
      };
      req.onerror = () => {
        reject(req.error);
        db.close();
      };
    };
  });
}

/** The key in IndexedDB; a key an older version left in `local:` is moved in on first read. */
export function indexedDbSecret(legacy: SecretItem | null = null): SecretItem {
  const listeners = new Set<() => void>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DB) : null;
  channel?.addEventListener('message', () => {
    for (const cb of listeners) cb();
  });
  const changed = () => {
    channel?.postMessage('changed');
    for (const cb of listeners) cb();
  };
  const read = async () => {
    const value = await request<unknown>((s) => s.get(KEY), 'readonly');
    return typeof value === 'string' ? value : '';
  };
  return {
    async getValue() {
      const value = await read();
      if (value || !legacy) return value;
      const old = (await legacy.getValue()).trim();
      if (!old) return '';
      await request((s) => s.put(old, KEY), 'readwrite');
      await legacy.removeValue();
      return old;
    },
    async setValue(value) {
      await request((s) => s.put(value, KEY), 'readwrite');
      changed();
    },
    async removeValue() {
      await request((s) => s.delete(KEY), 'readwrite');
      await legacy?.removeValue();
      changed();
    },
    watch(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}

const storageSecret: SecretItem = {
  getValue: async () => {
    const value = await apiKeyItem.getValue();
    return typeof value === 'string' ? value : '';
  },
  setValue: (value) => apiKeyItem.setValue(value),
  removeValue: () => apiKeyItem.removeValue(),
  watch: (cb) => apiKeyItem.watch(() => cb()),
};

/** True in the Firefox build (WXT sets the flag at build time). */
export const keyInIndexedDb = import.meta.env.FIREFOX === true;

/** This device's API key store for the build's browser (see the module comment). */
export const deviceKey: SecretItem = keyInIndexedDb ? indexedDbSecret(storageSecret) : storageSecret;
