/**
 * Who owns a new task: the recruiter themself ("this is me") unless they chose otherwise. Stardex
 * does not document what a task without owners does, so the form never starts with none when it
 * knows who the recruiter is. Pure.
 */
import type { LastUsed, Settings } from '@/lib/storage/preferences';

/**
 * Owners a new form starts with: the last used, else the default owners, else "me". An empty
 * last choice counts as no choice (it was made before the form knew who the recruiter is).
 */
export function initialOwnerIds(
  settings: Pick<Settings, 'defaultOwnerIds' | 'meTeamMemberId'>,
  lastUsed: LastUsed,
): string[] {
  if (lastUsed.ownerIds !== null && lastUsed.ownerIds.length > 0) return lastUsed.ownerIds;
  if (settings.defaultOwnerIds.length > 0) return settings.defaultOwnerIds;
  return settings.meTeamMemberId ? [settings.meTeamMemberId] : [];
}

/** The owners once the recruiter said which member they are: still none chosen means them. */
export function ownersOnceMeKnown(ownerIds: readonly string[], meId: string): string[] {
  return ownerIds.length > 0 ? [...ownerIds] : [meId];
}

/** What the owners field says about its default: the recruiter alone, or the question to ask. */
export type OwnerNote = 'ask-me' | 'me-by-default' | null;

export function ownerNote(ownerIds: readonly string[], meId: string | null, memberCount: number): OwnerNote {
  if (meId === null) return memberCount > 0 ? 'ask-me' : null;
  return ownerIds.length === 1 && ownerIds[0] === meId ? 'me-by-default' : null;
}
