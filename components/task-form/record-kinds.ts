/** What a task can be linked to, besides the person, and how the form names each. */
export type RecordKind = 'job' | 'deal' | 'client';
export const recordKindLabels: Record<RecordKind, string> = {
  job: 'Job',
  deal: 'Deal',
  client: 'Client',
};
