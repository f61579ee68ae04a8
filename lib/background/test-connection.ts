/**
 * "Test connection" for the options page: one cheap documented call (`POST /v1/tasks/search`
 * with `limit: 1`, docs/stardex-api.md §4.2) whose outcome tells a bad key, a bad URL, no network
 * and success apart, in words.
 */
import { isLocalBaseUrl } from '@/lib/config';
import type { ConnectionResult } from '@/lib/messaging';
import type { ApiErrorKind } from '@/lib/outbox/outbox-schema';
import { toApiError } from '@/lib/stardex/api-error';
import type { StardexClient } from '@/lib/stardex/client';

function fail(kind: ApiErrorKind, message: string, status: number | null = null): ConnectionResult {
  return { ok: false, error: { kind, message, field: null, status } };
}

/** Runs the check; `online` is `navigator.onLine` (false = the machine itself is offline). */
export async function testConnection(client: StardexClient, online = true): Promise<ConnectionResult> {
  const host = new URL(client.baseUrl).host;
  try {
    await client.searchTasks({ limit: 1 });
    const where = isLocalBaseUrl(client.baseUrl) ? 'the Stardex sandbox' : 'Stardex';
    return { ok: true, message: `Connected to ${where} at ${host}` };
  } catch (raw) {
    const error = toApiError(raw);
    switch (error.kind) {
      case 'unauthorized':
        return fail('unauthorized', 'API key rejected — check that you copied the whole key', error.status);
      case 'forbidden':
        return fail(
          'forbidden',
          'The key works but may not read tasks — ask your Stardex admin',
          error.status,
        );
      case 'network':
        return online
          ? fail('network', `Could not reach ${host} — check the URL (or a firewall/VPN)`)
          : fail('network', 'You are offline — connect to the internet and try again');
      case 'timeout':
        return fail('timeout', `${host} did not answer in time — check the URL or try again`);
      case 'not_found':
        return fail('not_found', `${host} has no Stardex API here — check the URL`, error.status);
      case 'server':
        return error.code === 'BAD_RESPONSE'
          ? fail('not_found', `${host} did not answer like the Stardex API — check the URL`, error.status)
          : fail(
              'server',
              `Stardex had a problem (HTTP ${error.status ?? '?'}); try again later`,
              error.status,
            );
      default:
        return { ok: false, error: error.toData() };
    }
  }
}
