/** Shared helpers for the sandbox's own tests: a per-test server and a tiny JSON client. */
import { onTestFinished } from 'vitest';
import { SANDBOX_DEMO_KEY } from '../lib/config';
import { type SandboxOptions, startSandbox } from './server';

export interface ApiBody<T> {
  success: boolean;
  data: T;
  meta?: { total: number; offset: number; limit: number };
  error?: {
    code: string;
    message: string;
    field?: string;
    retry_after_seconds?: number;
    limit?: number;
    reset_at?: number;
  };
}

export interface CallOptions {
  /** API key to send; null sends no Authorization header. Default: the demo key. */
  key?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult<T> {
  status: number;
  headers: Headers;
  json: ApiBody<T>;
  /** The raw body (for answers that are not JSON). */
  text: string;
}

export interface TaskOut {
  id: string;
  content_text: string;
  task_type: string;
  due_date: string | null;
  is_completed: boolean;
  person_id: string | null;
  deal_id: string | null;
  client_id: string | null;
  job_id: string | null;
  created_at: string;
  updated_at: string;
  owners: { id: string; first_name: string; last_name: string }[];
}

/** Starts a quiet sandbox on an ephemeral port, closed when the current test ends. */
export async function startTestSandbox(opts: SandboxOptions = {}) {
  const sandbox = await startSandbox({ port: 0, quiet: true, ...opts });
  onTestFinished(() => sandbox.close());
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    options: CallOptions = {},
  ): Promise<CallResult<T>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
    const key = options.key === undefined ? SANDBOX_DEMO_KEY : options.key;
    if (key !== null) headers.Authorization = `Bearer ${key}`;
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      json: (text === '' ? null : parseOrText(text)) as ApiBody<T>,
      text,
    };
  }
  function parseOrText(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      return null; // not JSON (a commit fault's HTML): `text` has it
    }
  }
  return {
    ...sandbox,
    call,
    post: <T = Record<string, unknown>>(path: string, body?: unknown, options?: CallOptions) =>
      call<T>('POST', path, body ?? {}, options),
    get: <T = Record<string, unknown>>(path: string, options?: CallOptions) =>
      call<T>('GET', path, undefined, options),
  };
}

export type TestSandbox = Awaited<ReturnType<typeof startTestSandbox>>;
