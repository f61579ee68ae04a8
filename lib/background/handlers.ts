/**
 * What the background answers to each message (after the router, lib/protocol/router.ts, has
 * checked the sender and validated the data). Interactive lookups answer `{ok:false, error}` in words rather than throwing.
 */
import { pageButtonSetting } from '@/lib/background/page-button-broadcast';
import { rankCandidates } from '@/lib/background/person-candidates';
import type { MessageSenderLike } from '@/lib/background/sender';
import type { BackgroundServices } from '@/lib/background/services';
import { submissionState, submitCadence, submitTask } from '@/lib/background/submit';
import { parseBaseUrl } from '@/lib/base-url';
import { STARDEX_API_URL } from '@/lib/config';
import { updateDueToday } from '@/lib/due-today/register';
import type {
  BackgroundMessage,
  Failure,
  OpenTask,
  Parsed,
  ProtocolMap,
  RecordOption,
  TeamMember,
} from '@/lib/messaging';
import { openPanel } from '@/lib/platform/open-panel';
import { toApiError } from '@/lib/stardex/api-error';
import type { StardexClient } from '@/lib/stardex/client';
import { connectionToTest } from '@/lib/stardex/connection-to-test';
import type { StardexTask, StardexTeamMember } from '@/lib/stardex/schemas';
import { testConnection } from '@/lib/stardex/test-connection';
import { teamMembersCacheItem } from '@/lib/storage/background-data';
import { popupUrl } from '@/lib/ways-in/form-target';

/** Team members change rarely; the owner picker reads them from here for a day. */
export const TEAM_CACHE_MS = 24 * 60 * 60_000;

type Handler<K extends BackgroundMessage> = (
  data: Parsed<K>,
  sender: MessageSenderLike,
) => Promise<ReturnType<ProtocolMap[K]>>;
export type Handlers = { [K in BackgroundMessage]: Handler<K> };

const failure = (error: unknown): Failure => ({ ok: false, error: toApiError(error).toOutboxError() });

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

function toTeamMember(m: StardexTeamMember): TeamMember {
  const [first = '', ...rest] = (m.name ?? '').split(' ');
  return {
    id: m.id,
    firstName: m.first_name ?? first,
    lastName: m.last_name ?? rest.join(' '),
    email: m.email ?? null,
    imageUrl: m.image_url ?? null,
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
    async lookupPerson({ profileUrl }) {
      try {
        return { ok: true, person: await matcher.find(await services.client('interactive'), profileUrl) };
      } catch (error) {
        return failure(error);
      }
    },
    async listOpenTasks({ profileUrl }) {
      try {
        const client = await services.client('interactive');
        const person = await matcher.find(client, profileUrl);
        if (!person) return { ok: true, tasks: [] };
        const tasks = await client.searchTasks({
          related_to: person.id,
          related_record_type: 'person',
          is_completed: false,
          limit: 20,
          sort_by: 'created_at',
          sort_order: 'desc',
        });
        return { ok: true, tasks: tasks.map(toOpenTask) };
      } catch (error) {
        return failure(error);
      }
    },
    async listTeamMembers(data) {
      try {
        const client = await services.client('interactive');
        const cached = await teamMembersCacheItem.getValue();
        if (!data?.refresh && cached?.account === client.account && cached.at > Date.now() - TEAM_CACHE_MS) {
          return { ok: true, members: cached.members };
        }
        const members = (await client.listTeamMembers()).map(toTeamMember);
        await teamMembersCacheItem.setValue({ account: client.account, at: Date.now(), members });
        return { ok: true, members };
      } catch (error) {
        return failure(error);
      }
    },
    async searchRecords({ kind, query }) {
      try {
        return { ok: true, options: await searchOptions(await services.client('interactive'), kind, query) };
      } catch (error) {
        return failure(error);
      }
    },
    submitTask: (submission) => submitTask(outbox, submission),
    submitCadence: ({ submissions }) => submitCadence(outbox, submissions),
    getSubmission: ({ clientId }) => submissionState(outbox, clientId),
    async findPeople({ name, company }) {
      try {
        const client = await services.client('interactive');
        const people = rankCandidates(await client.searchPersons({ name, limit: 10 }), name, company);
        // What Stardex just said about these URLs saves the lookup when one of them is chosen.
        await matcher.remember(
          client,
          people.flatMap((p) => (p.profileUrl ? [{ profileUrl: p.profileUrl, id: p.id, name: p.name }] : [])),
        );
        return { ok: true, people };
      } catch (error) {
        return failure(error);
      }
    },
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
    discardOutboxItem: ({ clientId }) => outbox.discard(clientId),
    updateOutboxItem: ({ clientId, task }) => outbox.update(clientId, task),
    getPageButtonSetting: () => pageButtonSetting(),
    refreshDueToday: (data) => updateDueToday({ client: () => services.client('interactive') }, data?.force),
    // No await before opening: the side panel opens only in the turn of the recruiter's click.
    openPanel: (_data, sender) =>
      openPanel(sender.tab ?? {}, popupUrl({ tabId: sender.tab?.id })).then(() => true),
  };
}
