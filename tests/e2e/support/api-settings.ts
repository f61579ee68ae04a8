import type { Worker } from '@playwright/test';

/** Stores the API settings exactly as the options page does (lib/storage/connection.ts keys `apiKey`, `apiBaseUrl`). */
export async function configureApi(
  worker: Worker,
  settings: { apiKey: string; baseUrl: string },
): Promise<void> {
  await worker.evaluate(
    ({ apiKey, baseUrl }) => chrome.storage.local.set({ apiKey, apiBaseUrl: baseUrl }),
    settings,
  );
}
