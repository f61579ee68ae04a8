/**
 * The messages the background answers, each declared once: who may send it, its request schema
 * and its answer's type (the answers' shapes sit above the declarations). The background checks
 * sender and data before acting (router.ts); a new message is a line here and its handler in
 * lib/background/handlers.ts. Content scripts may ask for the page button's setting and to open
 * the panel for their own tab, nothing else: they get no person, team, client, job, deal or
 * outbox data at all.
 */
import * as z from 'zod/mini';
import type { DueToday } from '@/lib/due-today/due-today-schema';
import type { OutboxError, OutboxItem } from '@/lib/outbox/outbox-schema';
import { textUpTo } from '@/lib/schema-parts';
import { submissionSchema } from '@/lib/tasks/activity-schema';
import { BATCH_LIMITS } from '@/lib/tasks/batch';
import { taskFieldsSchema } from '@/lib/tasks/task-schema';
import { noData } from './content-messages';
import { route, type SenderKind } from './router';

/** An interactive lookup's answer: what it found, or Stardex's failure in words. */
export type Failure = { ok: false; error: OutboxError };
export type Result<T> = ({ ok: true } & T) | Failure;

/** getSetupState */
export interface SetupState {
  hasApiKey: boolean;
  baseUrl: string;
  /** True when the extension talks to a local Stardex sandbox rather than the real API. */
  usingSandbox: boolean;
}
/** lookupPerson */
export type PersonLookup = Result<{ person: { id: string; name: string } | null }>;
/** listOpenTasks */
export interface OpenTask {
  id: string;
  taskType: string;
  contentText: string;
  dueDate: string | null;
  owners: { id: string; name: string }[];
}
/** listTeamMembers */
export interface TeamMember {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  imageUrl: string | null;
}
/** searchRecords */
export interface RecordOption {
  id: string;
  label: string;
  detail: string | null;
}
/** One step of a submitted run: in Stardex, waiting in the outbox (and why), or refused (why). */
export type StepResult =
  | { state: 'created'; item: OutboxItem }
  | { state: 'queued'; item: OutboxItem; reason: string }
  | { state: 'failed'; item: OutboxItem; reason: string };
/** submit, getSubmission: a run refused as a whole, or each step's answer, in the run's order. */
export type SubmitRun = { state: 'invalid'; reason: string } | { state: 'accepted'; steps: StepResult[] };
/** findPeople: a Stardex person who may be the one on the page (lib/background/person-candidates.ts). */
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
/** testConnection */
export type ConnectionResult = { ok: true; message: string } | Failure;

const profileUrlRequest = z.object({ profileUrl: z.url() });
const clientIdRequest = z.object({ clientId: z.uuid() });
const PAGES: SenderKind[] = ['extension-page', 'options'];

export const backgroundMessages = {
  getSetupState: route<SetupState>()(noData, ...PAGES),
  lookupPerson: route<PersonLookup>()(profileUrlRequest, ...PAGES),
  /** Of a result list's people, those the person cache knows to be in Stardex (no request). */
  knownPersons: route<Result<{ known: string[] }>>()(
    z.object({ profileUrls: z.array(z.url()).check(z.maxLength(BATCH_LIMITS.people)) }),
    ...PAGES,
  ),
  listOpenTasks: route<Result<{ tasks: OpenTask[] }>>()(profileUrlRequest, ...PAGES),
  listTeamMembers: route<Result<{ members: TeamMember[] }>>()(
    z.optional(z.object({ refresh: z.optional(z.boolean()) })),
    ...PAGES,
  ),
  searchRecords: route<Result<{ options: RecordOption[] }>>()(
    z.object({ kind: z.enum(['job', 'deal', 'client']), query: textUpTo(200) }),
    ...PAGES,
  ),
  /**
   * One task, every step of a cadence run, a batch for several people (queued together), or one
   * logged touch (lib/background/submit.ts).
   */
  submit: route<SubmitRun>()(
    z.object({
      submissions: z.array(submissionSchema()).check(z.minLength(1), z.maxLength(BATCH_LIMITS.items)),
    }),
    ...PAGES,
  ),
  /** What became of a run whose reply was lost (the popup closed its channel, a worker restart). */
  getSubmission: route<SubmitRun | null>()(
    z.object({ clientIds: z.array(z.uuid()).check(z.minLength(1), z.maxLength(BATCH_LIMITS.items)) }),
    ...PAGES,
  ),
  /** A page without the person's /in/ link: Stardex people of that name, for the recruiter to choose. */
  findPeople: route<Result<{ people: PersonCandidate[] }>>()(
    z.object({ name: textUpTo(300), company: z.nullable(textUpTo(500)) }),
    ...PAGES,
  ),
  /** Refresh "due today" now unless fetched within the last minute. */
  refreshDueToday: route<DueToday>()(z.optional(z.object({ force: z.optional(z.boolean()) })), ...PAGES),
  /** Options alone: it may test a key that is typed but not saved. */
  testConnection: route<ConnectionResult>()(
    z.object({ apiKey: z.optional(textUpTo(500)), baseUrl: z.optional(textUpTo(500)) }),
    'options',
  ),
  listOutbox: route<OutboxItem[]>()(noData, ...PAGES),
  retryOutboxItem: route<boolean>()(clientIdRequest, ...PAGES),
  discardOutboxItem: route<boolean>()(clientIdRequest, ...PAGES),
  updateOutboxItem: route<boolean>()(z.extend(clientIdRequest, { task: taskFieldsSchema() }), ...PAGES),
  /** The one question a content script may ask (content scripts read no storage). */
  getPageButtonSetting: route<{ enabled: boolean }>()(noData, 'linkedin-tab', ...PAGES),
  /** The page button was clicked: open the task panel for the sender's own tab (it answers nothing else). */
  openPanel: route<boolean>()(noData, 'linkedin-tab'),
};
