/**
 * Small zod/mini building blocks the shared schemas (tasks, drafts, messages, storage) have in
 * common. Every bound on stored or messaged text is written with these, so a limit reads the same
 * wherever it is set.
 */
import * as z from 'zod/mini';

/** A string of at most `max` characters. */
export const textUpTo = (max: number) => z.string().check(z.maxLength(max));
