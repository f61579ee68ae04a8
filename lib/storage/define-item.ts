/**
 * `storage.defineItem` (@wxt-dev/storage), with the item made on its first use rather than where
 * it is declared. @wxt-dev/storage reads each item the moment it is defined — a `get` for its
 * `init` hook, items without one included, and a versioned item's migration check before that —
 * so every context that imported an owner module paid one storage call per item at load: 11 at
 * each popup open, before its first screen, which reads its items by raw key anyway
 * (form-boot-keys.ts). Made on first use, a context reads an item when it uses it; a versioned
 * item still migrates before its first read or write answers, as @wxt-dev/storage does.
 *
 * Same signature and item type as `storage.defineItem`; the owner modules (README.md here)
 * declare their items with this one.
 */
import { storage } from '#imports';

type StorageItem = ReturnType<typeof storage.defineItem<unknown>>;
type ItemOptions = NonNullable<Parameters<typeof storage.defineItem<unknown>>[1]>;

function deferredItem(key: StorageItem['key'], options?: ItemOptions): StorageItem {
  let made: StorageItem | undefined;
  const item = () => {
    made ??= options ? storage.defineItem(key, options) : storage.defineItem(key);
    return made;
  };
  // What @wxt-dev/storage answers for `fallback` and `defaultValue`, without making the item.
  const fallback = () => options?.fallback ?? options?.defaultValue ?? null;
  return {
    key,
    get fallback() {
      return fallback();
    },
    get defaultValue() {
      return fallback();
    },
    getValue: () => item().getValue(),
    getMeta: () => item().getMeta(),
    setValue: (value) => item().setValue(value),
    setMeta: (properties) => item().setMeta(properties),
    removeValue: (removeOptions) => item().removeValue(removeOptions),
    removeMeta: (properties) => item().removeMeta(properties),
    watch: (callback) => item().watch(callback),
    watchMeta: (callback) => item().watchMeta(callback),
    migrate: () => item().migrate(),
  };
}

export const defineItem = deferredItem as typeof storage.defineItem;
