import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';

describe('lazySchema', () => {
  it('makes the schema on first use only, then answers the same one', () => {
    const make = vi.fn(() => z.object({ n: z.number() }));
    const schema = lazySchema(make);
    expect(make).not.toHaveBeenCalled();
    expect(schema().parse({ n: 1 })).toStrictEqual({ n: 1 });
    expect(schema()).toBe(schema());
    expect(make).toHaveBeenCalledTimes(1);
  });
});
