import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from './define-item';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defineItem (made on first use)', () => {
  it('reads nothing where it is declared, even with migrations', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const item = defineItem<{ n: number }>('sync:counter', {
      fallback: { n: 0 },
      version: 2,
      migrations: { 2: (old: { count: number }) => ({ n: old.count }) },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(get).not.toHaveBeenCalled();
    expect(item.key).toBe('sync:counter');
    expect(item.fallback).toStrictEqual({ n: 0 });
    expect(item.defaultValue).toStrictEqual({ n: 0 });
    expect(get).not.toHaveBeenCalled();
  });

  it('migrates a stored older value before its first read answers', async () => {
    await fakeBrowser.storage.sync.set({ counter: { count: 7 } });
    const item = defineItem<{ n: number }>('sync:counter', {
      fallback: { n: 0 },
      version: 2,
      migrations: { 2: (old: { count: number }) => ({ n: old.count }) },
    });
    expect(await item.getValue()).toStrictEqual({ n: 7 });
    expect(await item.getMeta()).toStrictEqual({ v: 2 });
  });

  it('writes, watches and removes through the one item it makes', async () => {
    const item = defineItem<string[]>('local:list', { fallback: [] });
    const seen: string[][] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.setValue(['a']);
    expect(await item.getValue()).toStrictEqual(['a']);
    await item.removeValue();
    expect(await item.getValue()).toStrictEqual([]);
    unwatch();
    expect(seen).toStrictEqual([['a'], []]);
  });

  it('answers null as the fallback of an item declared without one', async () => {
    const item = defineItem<number>('local:nothing');
    expect(item.fallback).toBeNull();
    expect(await item.getValue()).toBeNull();
  });
});
