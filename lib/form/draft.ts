/**
 * What the recruiter typed, kept per profile until the task is sent or discarded, so closing the
 * popup never loses it. Stored in `local:drafts` (lib/storage/page-data.ts) keyed by `draftKey(profileUrl)`.
 */
import * as z from 'zod/mini';
import { normalizeProfileUrl } from '@/lib/profile/linkedin-url';
import { textUpTo } from '@/lib/schema-parts';
import { TASK_TEXT_MAX, taskTypeSchema } from '@/lib/tasks/task-schema';

const recordChoiceSchema = z.nullable(z.object({ id: z.string(), label: z.string() }));

export const draftSchema = z.object({
  taskType: taskTypeSchema,
  contentText: textUpTo(TASK_TEXT_MAX),
  /** True when the recruiter's text was longer than the limit and only its start was kept. */
  clipped: z._default(z.boolean(), false),
  /**
   * The id the draft's task is (or was) submitted with: one intent, one outbox item. Pressing
   * Create again after a lost reply reuses it, so the background answers with that item.
   */
  clientId: z._default(z.nullable(z.uuid()), null),
  /** False while the text is still the untouched template (a type change may then replace it). */
  textEdited: z.boolean(),
  dueText: textUpTo(200),
  dueIso: z.nullable(z.string()),
  /**
   * Why the typed due entry cannot be sent (refused, or not read yet), kept so a restored draft
   * refuses it too. Absent in drafts kept before it was stored.
   */
  dueError: z.optional(z.nullable(textUpTo(300))),
  ownerIds: z.array(z.string()).check(z.maxLength(50)),
  job: recordChoiceSchema,
  deal: recordChoiceSchema,
  client: recordChoiceSchema,
  /** Manual entries keep the name typed for the person. */
  personName: z._default(z.nullable(textUpTo(300)), null),
  updatedAt: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;
export type Drafts = Record<string, Draft>;

/** Drafts untouched for this long are dropped on the next write. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** The newest this many drafts are kept (a recruiter rarely leaves more half-written). */
export const DRAFT_MAX_COUNT = 50;

/**
 * One key per person, whatever URL form the page showed: host, case, trailing slash, query and
 * percent-encoding do not matter ("linkedin.com/in/Ada-L?x=1" ≡ "www.linkedin.com/in/ada-l/").
 */
export function draftKey(profileUrl: string): string {
  const canonical = normalizeProfileUrl(profileUrl);
  if (canonical !== null) return canonical;
  try {
    const url = new URL(profileUrl);
    const match = /^\/(in|pub|sales\/lead|talent\/profile)\/([^/]+)/i.exec(url.pathname);
    if (match?.[1] && match[2]) {
      return `linkedin:${match[1].toLowerCase()}/${decodeURIComponent(match[2]).toLowerCase()}`;
    }
    return `${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return profileUrl.trim().toLowerCase();
  }
}

/** A stored draft whose text is over the limit (an older version kept 20,000) is cut, never dropped. */
function withinLimit(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const text = (raw as { contentText?: unknown }).contentText;
  if (typeof text !== 'string' || text.length <= TASK_TEXT_MAX) return raw;
  return { ...raw, contentText: text.slice(0, TASK_TEXT_MAX), clipped: true };
}

/** Valid drafts only (a corrupt entry is dropped, never thrown). */
export function parseDrafts(value: unknown): Drafts {
  if (typeof value !== 'object' || value === null) return {};
  const drafts: Drafts = {};
  for (const [key, raw] of Object.entries(value)) {
    const parsed = draftSchema.safeParse(withinLimit(raw));
    if (parsed.success) drafts[key] = parsed.data;
  }
  return drafts;
}

/** Drafts with `draft` stored under `key`, minus expired ones and beyond the newest N. */
export function putDraft(drafts: Drafts, key: string, draft: Draft | null, now: number): Drafts {
  const next: Drafts = { ...drafts };
  if (draft === null) delete next[key];
  else next[key] = draft;
  const kept = Object.entries(next)
    .filter(([, d]) => now - d.updatedAt <= DRAFT_MAX_AGE_MS)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, DRAFT_MAX_COUNT);
  return Object.fromEntries(kept);
}
