/**
 * "Show this task first": Due today opens a person's profile and the form there puts the chosen
 * task on top, open, ready to copy and log. Kept briefly (`local:focusTask`): a form opened on
 * that profile soon after takes it; later, or on another person, it means nothing.
 */
import * as z from 'zod/mini';
import { personKeyOf } from '@/lib/profile/linkedin-url';

export const focusTaskSchema = z.object({
  taskId: z.string().check(z.minLength(1), z.maxLength(100)),
  profileUrl: z.string().check(z.maxLength(2000)),
  at: z.number(),
});
export type FocusTask = z.infer<typeof focusTaskSchema>;

/** How long after the click the chosen task still leads the person's form. */
export const FOCUS_TASK_MS = 10 * 60_000;

/** The task to show first on the form for `profileUrl`, or null. */
export function focusedTaskId(stored: unknown, profileUrl: string, now: number): string | null {
  const parsed = focusTaskSchema.safeParse(stored);
  if (!parsed.success) return null;
  const { taskId, profileUrl: url, at } = parsed.data;
  if (now - at > FOCUS_TASK_MS || now < at) return null;
  return personKeyOf(url) === personKeyOf(profileUrl) ? taskId : null;
}
