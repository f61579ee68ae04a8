/**
 * What the background answers to each message (after the router, lib/protocol/router.ts, has
 * checked the sender and validated the data). Interactive lookups answer `{ok:false, error}` in
 * words rather than throwing (`lookup`).
 */

import { connectionToTest } from '@/lib/background/connection-to-test';
import { updateDueToday } from '@/lib/background/due-today/register';
import { pageButtonSetting } from '@/lib/background/page-button-broadcast';
import { rankCandidates } from '@/lib/background/person-candidates';
import type { MessageSenderLike } from '@/lib/background/sender';
import type { BackgroundServices } from '@/lib/background/services';
import { runState, submitRun } from '@/lib/background/submit';
import { testConnection } from '@/lib/background/test-connection';
import { STARDEX_API_URL } from '@/lib/config';
import { popupUrl } from '@/lib/form/form-target';
import type {
  Answer,
  BackgroundMessage,
  Failure,
  OpenTask,
  Parsed,
  RecordOption,
  Result,
} from '@/lib/messaging';
import { openPanel } from '@/lib/platform/open-panel';
import { toApiError } from '@/lib/stardex/api-error';
import { parseBaseUrl } from '@/lib/stardex/base-url-rule';
import type { StardexClient } from '@/lib/stardex/client';
import type { StardexTask } from '@/lib/stardex/schemas';
import { createTeamList } from './team-list';

type Handler<K extends BackgroundMessage> = (
  data: Parsed<K>,
  sender: MessageSenderLike,
) => Promise<Answer<K>>;
export type Handlers = { [K in BackgroundMessage]: Handler<K> };

const failure = (error: unknown): Failure => ({ ok: false, error: toApiError(error).toData() });

/** An interactive lookup: what `run` found, with `ok: true`, or why it failed, in words (never thrown). */
async function lookup<T extends object>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    return failure(error);
  }
}

function toOpenTask(t: StardexTask): OpenTask {
  return {
    id: t.id,
    taskType: t.task_type ?? 'other',
    contentText: t.content_text ?? '',
    dueDate: t.due_date ?? null,
    owners: (t.owners ?? []).map((o) => ({
      id: o.id,
      name: [o.first_name, o.last_name].filter(Boolean).join(' '),
    })),
  };
}

async function searchOptions(client: StardexClient, kind: 'job' | 'deal' | 'client', query: string) {
  const base = { limit: 20, ...(query.trim() ? { keywords: [query.trim()] } : {}) };
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || null;
  if (kind === 'job') {
    const jobs = await client.searchJobs({ ...base, is_archived: false });
    return jobs.map(
      (j): RecordOption => ({
        id: j.id,
        label: j.name ?? j.id,
        detail: join(j.client_company_name, j.location),
      }),
    );
  }
  if (kind === 'deal') {
    const deals = await client.searchDeals({ ...base, show_open_deals_only: true });
    return deals.map((d): RecordOption => ({ id: d.id, label: d.name ?? d.id, detail: null }));
  }
  const companies = await client.searchCompanies({ ...base, is_client: true });
  return companies.map(
    (c): RecordOption => ({ id: c.id, label: c.name ?? c.id, detail: join(c.domain, c.location) }),
  );
}

/** The handlers, bound to one set of background services. */
export function createHandlers(services: BackgroundServices): Handlers {
  const { outbox, matcher } = services;
  const teamList = createTeamList();
  const interactive = () => services.client('interactive');
  return {
    async getSetupState() {
      const access = await services.readAccess();
      const url = parseBaseUrl(access.baseUrl);
      return {
        hasApiKey: access.apiKey !== '',
        baseUrl: url.ok ? url.value || STARDEX_API_URL : access.baseUrl,
        usingSandbox: access.usingSandbox,
      };
    },
    lookupPerson: ({ profileUrl }) =>
      lookup(async () => ({ person: await matcher.find(await interactive(), profileUrl) })),
    knownPersons: ({ profileUrls }) =>
      lookup(async () => ({ known: await matcher.known(await interactive(), profileUrls) })),
    listOpenTasks: ({ profileUrl }) =>
      lookup(async () => {
        const client = await interactive();
        const person = await matcher.find(client, profileUrl);
        if (!person) return { tasks: [] };
        const tasks = await client.searchTasks({
          related_to: person.id,
          related_record_type: 'person',
          is_completed: false,
          limit: 20,
          sort_by: 'created_at',
          sort_order: 'desc',
        });
        return { tasks: tasks.map(toOpenTask) };
      }),
    listTeamMembers: (data) =>
      lookup(async () => ({ members: await teamList.get(await interactive(), data?.refresh) })),
    searchRecords: ({ kind, query }) =>
      lookup(async () => ({ options: await searchOptions(await interactive(), kind, query) })),
    submit: ({ submissions }) => submitRun(outbox, submissions),
    getSubmission: ({ clientIds }) => runState(outbox, clientIds),
    findPeople: ({ name, company }) =>
      lookup(async () => {
        const client = await interactive();
        const people = rankCandidates(await client.searchPersons({ name, limit: 10 }), name, company);
        // What Stardex just said about these URLs saves the lookup when one of them is chosen.
        await matcher.remember(
          client,
          people.flatMap((p) => (p.profileUrl ? [{ profileUrl: p.profileUrl, id: p.id, name: p.name }] : [])),
        );
        return { people };
      }),
    async testConnection(typed) {
      const target = connectionToTest(typed, await services.readAccess());
      if (!target.ok)
        return {
          ok: false,
          error: { kind: 'config', message: target.message, field: target.field, status: null },
        };
      try {
        // A typed host gets the key only once the browser allowed it (Options asks first).
        const client = await services.client('interactive', {
          baseUrl: target.baseUrl,
          apiKey: target.apiKey,
        });
        return testConnection(client, globalThis.navigator?.onLine ?? true);
      } catch (error) {
        return failure(error);
      }
    },
    listOutbox: () => outbox.list(),
    retryOutboxItem: ({ clientId }) => outbox.retry(clientId),
    async discardOutboxItem({ clientId }) {
      const item = (await outbox.list()).find((i) => i.clientId === clientId);
      const discarded = await outbox.discard(clientId);
      // A log dropped before Stardex had it leaves its task to do.
      if (discarded && item?.kind === 'activity' && item.activity.taskId && item.state !== 'done')
        await services.worked.forget([item.activity.taskId]);
      return discarded;
    },
    updateOutboxItem: ({ clientId, task }) => outbox.update(clientId, task),
    getPageButtonSetting: () => pageButtonSetting(),
    refreshDueToday: (data) => updateDueToday({ client: interactive }, data?.force),
    // No await before opening: the side panel opens only in the turn of the recruiter's click.
    openPanel: (_data, sender) =>
      openPanel(sender.tab ?? {}, popupUrl({ tabId: sender.tab?.id })).then(() => true),
  };
}
