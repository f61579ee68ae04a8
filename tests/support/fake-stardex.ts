/**
 * Test double: an in-memory Stardex behind a `fetch` function, for unit tests of the client,
 * outbox and person matcher (the real sandbox in sandbox/ is used by the integration tests).
 * Faults are queued per route and consumed one request at a time.
 */

export interface FakeFault {
  status?: number;
  /** 'v1' envelope (default) or the Fastify-style `{message,error,statusCode}` body. */
  body?: 'v1' | 'plain';
  headers?: Record<string, string>;
  /** Throw a network error; 'after-commit' applies the request first (outcome unknown to the client). */
  closeConnection?: 'before' | 'after-commit';
  /** Never answer (until the client's abort signal fires). */
  hang?: boolean;
}

interface Row {
  [key: string]: unknown;
  id: string;
}

let counter = 0;
const uuid = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
};

/** Creates the fake; `fetch` is what the client under test gets. */
export function createFakeStardex(options: { apiKey?: string; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const state = {
    apiKey: options.apiKey ?? 'test-key',
    persons: [] as Row[],
    tasks: [] as Row[],
    activities: [] as Row[],
    teamMembers: [{ id: uuid(), first_name: 'Ada', last_name: 'Admin', email: 'ada@example.com' }] as Row[],
    faults: new Map<string, FakeFault[]>(),
    requests: [] as { route: string; body: unknown }[],
  };
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const ok = (data: unknown) =>
    json(200, Array.isArray(data) ? { success: true, data, meta: {} } : { success: true, data });

  function handle(route: string, body: Record<string, unknown>): Response {
    switch (route) {
      case 'POST /v1/tasks': {
        const task = {
          id: uuid(),
          is_completed: false,
          owners: [],
          created_at: new Date(now()).toISOString(),
          ...body,
        };
        state.tasks.push(task);
        return ok(task);
      }
      case 'POST /v1/tasks/search':
        return ok(
          state.tasks.filter(
            (t) =>
              (!body.related_to || t.person_id === body.related_to) &&
              (!Array.isArray(body.task_types) || body.task_types.includes(t.task_type)),
          ),
        );
      case 'POST /v1/persons/search':
        return ok(state.persons.filter((p) => !body.linkedin_url || p.linkedin_url === body.linkedin_url));
      case 'POST /v1/persons': {
        const person = { id: uuid(), ...body };
        state.persons.push(person);
        return ok(person);
      }
      case 'GET /v1/team-members':
        return ok(state.teamMembers);
      case 'POST /v1/person-activities': {
        const activity = { id: uuid(), created_at: new Date(now()).toISOString(), ...body };
        state.activities.push(activity);
        return ok({ id: activity.id, person_id: body.person_id, activity_type: body.activity_type });
      }
      default:
        return json(404, { message: `Route ${route} not found`, error: 'Not Found', statusCode: 404 });
    }
  }

  const fakeFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const route = `${init?.method ?? 'GET'} ${url.pathname}`;
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    state.requests.push({ route, body });
    const fault = state.faults.get(route)?.shift();
    if (fault?.hang) {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (fault?.closeConnection === 'before') throw new TypeError('fetch failed');
    if (new Headers(init?.headers).get('authorization') !== `Bearer ${state.apiKey}`) {
      return json(401, {
        success: false,
        error: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid or expired' },
      });
    }
    if (fault?.status) {
      const message = `Injected ${fault.status}`;
      const payload =
        fault.body === 'plain'
          ? { message, error: 'Error', statusCode: fault.status }
          : { success: false, error: { code: `E${fault.status}`, message } };
      return json(fault.status, payload, fault.headers);
    }
    const response = handle(route, body);
    if (fault?.closeConnection === 'after-commit') throw new TypeError('fetch failed: socket hang up');
    return response;
  };

  return {
    fetch: fakeFetch,
    state,
    /** Queues faults for the next requests to `route` (e.g. 'POST /v1/tasks'). */
    fault(route: string, ...faults: FakeFault[]) {
      state.faults.set(route, [...(state.faults.get(route) ?? []), ...faults]);
    },
    count(route: string) {
      return state.requests.filter((r) => r.route === route).length;
    },
  };
}
export type FakeStardex = ReturnType<typeof createFakeStardex>;
