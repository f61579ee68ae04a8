import type { Settings } from '@/lib/storage/settings-migrations';
import { settingsV2Fixture } from './settings-v2';

/** `sync:settings` at version 3 (current), as `settingsV2Fixture` becomes after migration. */
export const settingsV3Fixture: Settings = { ...settingsV2Fixture, quickTaskCadenceId: null };
