/** A thin client for the sandbox's admin routes (sandbox/README.md), used by e2e tests and the benchmark. */
export interface Fault {
  route: string;
  count: number;
  status?: number;
  body?: 'v1' | 'plain';
  delayMs?: number;
  closeConnection?: 'before' | 'after-commit';
  retryAfterSeconds?: number;
  /** Handle the request for real, then answer with the fault (sandbox/README.md). */
  commit?: boolean;
  rawBody?: string;
  /** The error message quotes the request's headers, Authorization included. */
  echoHeaders?: boolean;
}

export interface RecordedRequest {
  at: string;
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
  status: number;
}

export interface SandboxState {
  tasks: Array<Record<string, unknown> & { id: string; person_id: string | null; content_text: string }>;
  persons: Array<Record<string, unknown> & { id: string; name: string; linkedin_public_id: string | null }>;
  /** Person activities logged, as stored (`activity_content` as sent). */
  activities: Array<{ id: string; person_id: string; activity_type: string; activity_content: string }>;
}

export class SandboxAdmin {
  constructor(readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`sandbox admin ${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  reset(options: { rateLimitPerMinute?: number; seed?: boolean } = {}) {
    return this.call<void>('POST', '/__admin/reset', options);
  }
  addFault(fault: Fault) {
    return this.call<void>('POST', '/__admin/faults', fault);
  }
  clearFaults() {
    return this.call<void>('DELETE', '/__admin/faults');
  }
  addKey(key: string) {
    return this.call<void>('POST', '/__admin/keys', { key });
  }
  async requests(): Promise<RecordedRequest[]> {
    const body = await this.call<RecordedRequest[] | { data: RecordedRequest[] }>('GET', '/__admin/requests');
    return Array.isArray(body) ? body : body.data;
  }
  /** The task creates the sandbox received (`POST /v1/tasks`), refused ones included. */
  async taskCreates(): Promise<RecordedRequest[]> {
    return (await this.requests()).filter((r) => r.method === 'POST' && r.path === '/v1/tasks');
  }
  /** The person activities the sandbox received (`POST /v1/person-activities`), refused ones included. */
  async activityCreates(): Promise<RecordedRequest[]> {
    return (await this.requests()).filter((r) => r.method === 'POST' && r.path === '/v1/person-activities');
  }
  async state(): Promise<SandboxState> {
    const body = await this.call<SandboxState | { data: SandboxState }>('GET', '/__admin/state');
    return 'data' in body ? body.data : body;
  }
}
