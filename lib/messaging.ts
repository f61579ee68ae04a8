/**
 * The one message protocol of the extension. Every message has a request schema here; the
 * receiving side validates with it (and checks the sender) before acting.
 *
 *   import { sendMessage } from '@/lib/messaging';
 *   const result = await sendMessage('lookupPerson', { profileUrl });
 */
import * as z from 'zod/mini';
import type { DueToday } from '@/lib/due-today/due-today-schema';
import type { OutboxError, OutboxItem } from '@/lib/outbox/outbox-schema';
import type { ReadResult } from '@/lib/profile/profile-schema';
import { textUpTo } from '@/lib/schema-parts';
import { taskFieldsSchema, taskSubmissionSchema } from '@/lib/tasks/task-schema';

const profileUrlRequest = z.object({ profileUrl: z.url() });
const clientIdRequest = z.object({ clientId: z.uuid() });
const none = z.union([z.undefined(), z.null(), z.strictObject({})]);

/** Request schemas, one per message. The protocol map below must have exactly these keys. */
export const requestSchemas = {
  // --- popup / panel / options → background ---------------------------------------------------
  getSetupState: none,
  lookupPerson: profileUrlRequest,
  listOpenTasks: profileUrlRequest,
  listTeamMembers: z.optional(z.object({ refresh: z.optional(z.boolean()) })),
  searchRecords: z.object({
    kind: z.enum(['job', 'deal', 'client']),
    query: textUpTo(200),
  }),
  submitTask: taskSubmissionSchema,
  /** The state of a submission whose reply was lost (the popup closed its channel, a worker restart). */
  getSubmission: clientIdRequest,
  /** A page without the person's /in/ link: Stardex people of that name, for the recruiter to choose. */
  findPeople: z.object({ name: textUpTo(300), company: z.nullable(textUpTo(500)) }),
  // --- the in-page panel (an extension page framed into a LinkedIn tab) → background ----------
  /** The profile of the panel's own tab (Firefox gives framed extension pages no `tabs` API). */
  readPanelTab: none,
  /** Close the panel's frame in its own tab. */
  closePanel: none,
  // --- options page → background --------------------------------------------------------------
  testConnection: z.object({
    apiKey: z.optional(textUpTo(500)),
    baseUrl: z.optional(textUpTo(500)),
  }),
  listOutbox: none,
  retryOutboxItem: clientIdRequest,
  discardOutboxItem: clientIdRequest,
  updateOutboxItem: z.extend(clientIdRequest, { task: taskFieldsSchema }),
  // --- popup / background → content script ----------------------------------------------------
  readCurrentProfile: none,
  /** the panel's extension document → the content script of its tab: remove the panel's frame. */
  closeTaskPanel: none,
  // --- content script ↔ background: the page button's setting (content scripts read no storage) --
  getPageButtonSetting: none,
  pageButtonSetting: z.object({ enabled: z.boolean() }),
  // --- ways in (lib/ways-in, lib/due-today) ---------------------------------------------------
  /** popup → background: refresh "due today" now unless fetched within the last minute. */
  refreshDueToday: z.optional(z.object({ force: z.optional(z.boolean()) })),
  /** background → content script: the text of the profile link just right-clicked. */
  getContextLinkText: z.object({ linkUrl: textUpTo(4096) }),
} as const;
export type MessageName = keyof typeof requestSchemas;

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
export type ConnectionResult = { ok: true; message: string } | Failure;

type Req<K extends MessageName> = z.input<(typeof requestSchemas)[K]>;

export interface ProtocolMap {
  getSetupState(data?: Req<'getSetupState'>): SetupState;
  lookupPerson(data: Req<'lookupPerson'>): PersonLookup;
  listOpenTasks(data: Req<'listOpenTasks'>): Result<{ tasks: OpenTask[] }>;
  listTeamMembers(data?: Req<'listTeamMembers'>): Result<{ members: TeamMember[] }>;
  searchRecords(data: Req<'searchRecords'>): Result<{ options: RecordOption[] }>;
  submitTask(data: Req<'submitTask'>): SubmitResult;
  getSubmission(data: Req<'getSubmission'>): SubmitResult | null;
  findPeople(data: Req<'findPeople'>): Result<{ people: PersonCandidate[] }>;
  readPanelTab(data?: Req<'readPanelTab'>): { answer: unknown; url: string; title: string };
  closePanel(data?: Req<'closePanel'>): boolean;
  testConnection(data: Req<'testConnection'>): ConnectionResult;
  listOutbox(data?: Req<'listOutbox'>): OutboxItem[];
  retryOutboxItem(data: Req<'retryOutboxItem'>): boolean;
  discardOutboxItem(data: Req<'discardOutboxItem'>): boolean;
  updateOutboxItem(data: Req<'updateOutboxItem'>): boolean;
  readCurrentProfile(data?: Req<'readCurrentProfile'>): ReadResult;
  closeTaskPanel(data?: Req<'closeTaskPanel'>): boolean;
  getPageButtonSetting(data?: Req<'getPageButtonSetting'>): { enabled: boolean };
  pageButtonSetting(data: Req<'pageButtonSetting'>): boolean;
  refreshDueToday(data?: Req<'refreshDueToday'>): DueToday;
  getContextLinkText(data: Req<'getContextLinkText'>): { text: string };
}

// One messenger instance per context; its module is zod-free for the content script's bundle.
export { onMessage, removeAllListeners, sendMessage } from '@/lib/message-channel';
