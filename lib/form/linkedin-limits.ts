/**
 * How long a text LinkedIn takes for each kind of touch, so the message a recruiter copies fits
 * where they paste it. LinkedIn publishes no API for these; the figures are those its composer
 * enforced and that public guides agreed on when looked up on 2026-12-07:
 *   - connection-request note: 300 characters (Premium, Sales Navigator, Recruiter), 200 on a
 *     free account, whose composer cuts the note there;
 *   - message to a connection: 8,000 characters;
 *   - InMail: a 200-character subject and a 1,900-character body.
 * Counted in UTF-16 code units, as the composer's `maxlength` counts (an emoji can take two).
 */
import type { TaskType } from '@/lib/tasks/task-schema';

export interface LinkedInLimit {
  /** Past this LinkedIn refuses or cuts the text. */
  max: number;
  /** Past this some accounts are cut (a free account's connection note); null when none. */
  tighter: { max: number; who: string } | null;
  /** What the text is, in the recruiter's words. */
  label: string;
}

export const linkedInLimits = {
  linkedin_connection: { max: 300, tighter: { max: 200, who: 'free accounts' }, label: 'connection note' },
  linkedin_message: { max: 8000, tighter: null, label: 'LinkedIn message' },
  inmail: { max: 1900, tighter: null, label: 'InMail' },
} as const satisfies Record<string, LinkedInLimit>;

export type LinkedInTextKind = keyof typeof linkedInLimits;

/** The kind of LinkedIn text a task of this type is worked with, or null for calls, texts and others. */
export function linkedInKindOf(taskType: TaskType): LinkedInTextKind | null {
  return taskType === 'linkedin_message' || taskType === 'linkedin_connection' ? taskType : null;
}

export interface LengthCheck {
  count: number;
  max: number;
  /** 'over': LinkedIn will not take it; 'tight': some accounts cut it; 'ok' otherwise. */
  state: 'ok' | 'tight' | 'over';
  /** A sentence for the recruiter when not 'ok'. */
  message: string | null;
}

/** How `text` fits LinkedIn's limit for `kind`. */
export function checkLinkedInLength(kind: LinkedInTextKind, text: string): LengthCheck {
  const limit: LinkedInLimit = linkedInLimits[kind];
  const count = text.length;
  if (count > limit.max) {
    const over = count - limit.max;
    return {
      count,
      max: limit.max,
      state: 'over',
      message: `${count} characters: LinkedIn takes ${limit.max} in a ${limit.label}. Cut ${over} before you copy.`,
    };
  }
  if (limit.tighter && count > limit.tighter.max) {
    return {
      count,
      max: limit.max,
      state: 'tight',
      message: `${count} characters: fine with Premium, but ${limit.tighter.who} get only ${limit.tighter.max} in a ${limit.label}.`,
    };
  }
  return { count, max: limit.max, state: 'ok', message: null };
}
