import type { Settings } from '@/lib/storage/settings-migrations';

type SettingsV2 = Omit<Settings, 'quickTaskCadenceId'>;

/** `sync:settings` at version 2, as `settingsV1Fixture` becomes after migration. */
export const settingsV2Fixture: SettingsV2 = {
  defaultTaskType: 'linkedin_connection',
  defaultDuePick: 'nextMonday',
  defaultDueTime: '08:30',
  meTeamMemberId: '4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61',
  defaultOwnerIds: ['4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61', '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'],
  addMissingPerson: false,
  showPageButton: false,
  syncApiKey: false,
  dailyReminder: { enabled: false, time: '08:30' },
};
