/**
 * Which Stardex activity type a touch is logged as (docs/stardex-api.md §3.6 lists the standard
 * keys), and how a logged text is compared with what Stardex's feed gives back (stored as HTML
 * and plain text, so it may come back as either).
 */
import type { Touch } from '@/lib/tasks/activity-schema';

/** One entry of the team's activity types list. */
export interface ActivityTypeOption {
  key: string;
  name: string;
}

export interface ChosenActivityType {
  type: string;
  /** A first line saying what the touch was, when the type alone does not (a note). */
  lead: string | null;
}

const STANDARD: Record<Exclude<Touch, 'linkedin_connection'>, string> = {
  linkedin_message: 'linkedin_message',
  linkedin_message_response: 'linkedin_message_response',
  call: 'call_note',
  text: 'text_message',
  other: 'secondary_note',
};

/** Stardex has no standard type for a connection request: the team's own one if it has one. */
function connectionType(types: readonly ActivityTypeOption[]): string | null {
  const named = (t: ActivityTypeOption) => /connect/i.test(t.key) || /connect/i.test(t.name);
  return types.find(named)?.key ?? null;
}

/** The type to log `touch` as, given the team's types list (asked only for a connection request). */
export function activityTypeFor(touch: Touch, types: readonly ActivityTypeOption[]): ChosenActivityType {
  if (touch !== 'linkedin_connection') return { type: STANDARD[touch], lead: null };
  const own = connectionType(types);
  if (own) return { type: own, lead: null };
  return { type: 'secondary_note', lead: 'LinkedIn connection request sent, with this note:' };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The words of a text or its HTML rendering, for comparison: tags dropped, entities read, spaces folded. */
export function activityWords(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/(p|div|li)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether Stardex's stored content is the text that was logged. */
export const sameActivityText = (stored: string, sent: string): boolean =>
  activityWords(stored) === activityWords(sent);
