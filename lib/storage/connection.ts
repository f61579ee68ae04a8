/**
 * The Stardex connection: the API key (this device's, or the synced one) and the API's base URL.
 * Imported by the background and the Options page only; the popup, the panel and the content
 * script never load these definitions (biome.json enforces it; storage-access.ts keeps content
 * scripts out of storage altogether).
 */
import { defineItem } from './define-item';

/**
 * The Stardex API key on this device. Read and written only through lib/storage/api-key.ts
 * (`getApiKey`, `setApiKey`, `setApiKeySync`); empty while the key is synced instead. Cleared by
 * "Forget key".
 */
export const apiKeyItem = defineItem<string>('local:apiKey', { fallback: '' });

/**
 * The API key when the recruiter opted into syncing it (settings' `syncApiKey`), else absent.
 * Same rules as `apiKeyItem`: only lib/storage/api-key.ts touches it.
 */
export const syncedApiKeyItem = defineItem<string>('sync:apiKey', { fallback: '' });

/** Custom API base URL ('' = the real Stardex). Written by the options page. */
export const apiBaseUrlItem = defineItem<string>('local:apiBaseUrl', { fallback: '' });
