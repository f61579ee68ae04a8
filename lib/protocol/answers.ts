/**
 * What the background and the content script answer, per message (declared with each message in
 * background-messages.ts and content-messages.ts).
 */
import type { OutboxError, OutboxItem } from '@/lib/outbox/outbox-schema';

export interface SetupState {
  hasApiKey: boolean;
  baseUrl: string;
  /** True when the extension talks to a local Stardex sandbox rather than the real API. */
  usingSandbox: boolean;
}
export interface TeamMember {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  imageUrl: string | null;
}
export interface RecordOption {
  id: string;
  label: string;
  detail: string | null;
}
export interface OpenTask {
  id: string;
  taskType: string;
  contentText: string;
  dueDate: string | null;
  owners: { id: string; name: string }[];
}
/** A Stardex person who may be the one on the page (lib/background/person-candidates.ts). */
export interface PersonCandidate {
  id: string;
  name: string;
  title: string | null;
  company: string | null;
  /** Their LinkedIn profile URL in Stardex; null when Stardex has none (then they can't be chosen). */
  profileUrl: string | null;
  /** Stardex has them at the company the page names. */
  sameCompany: boolean;
}
export type Failure = { ok: false; error: OutboxError };
export type Result<T> = ({ ok: true } & T) | Failure;
export type PersonLookup = Result<{ person: { id: string; name: string } | null }>;
export type SubmitResult =
  | { state: 'created'; item: OutboxItem }
  | { state: 'queued'; item: OutboxItem; reason: string }
  | { state: 'failed'; item: OutboxItem; reason: string }
  | { state: 'invalid'; reason: string };
/** A cadence run: refused as a whole, or each step's answer (as `submitTask` gives it), in order. */
export type CadenceSubmitResult =
  | { state: 'invalid'; reason: string }
  | { state: 'accepted'; steps: SubmitResult[] };
export type ConnectionResult = { ok: true; message: string } | Failure;
