/** `sync:settings` as version 1 (0.1.0) stored it: a recruiter who changed every default. */
export const settingsV1Fixture = {
  defaultTaskType: 'linkedin_connection',
  defaultDuePick: 'nextMonday',
  defaultDueTime: '08:30',
  meTeamMemberId: '4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61',
  defaultOwnerIds: ['4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61', '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'],
  addMissingPerson: false,
  showPageButton: false,
};

/** A v1 value written by a build with a bug: an invalid time and an unknown key. */
export const settingsV1DamagedFixture = {
  defaultTaskType: 'linkedin_message',
  defaultDuePick: 'tomorrow',
  defaultDueTime: '25:99',
  meTeamMemberId: null,
  defaultOwnerIds: [],
  addMissingPerson: true,
  showPageButton: true,
  legacyTheme: 'dark',
};
