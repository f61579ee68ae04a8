/**
 * Bounds on stored cadences, in a module that imports nothing, so that shared schemas (the outbox
 * item's `group`, or the task submission's) can import `outboxGroupSchema` without an import
 * cycle through lib/tasks/task-schema.ts.
 *
 * Sync allows 8 KB per item, so these keep any one field sane; the total is checked separately
 * (cadence-quota.ts), since 20 × 10 long templates would not fit.
 */
export const CADENCE_LIMITS = {
  cadences: 20,
  steps: 10,
  nameMax: 60,
  templateMax: 1000,
  offsetMax: 365,
  idMax: 64,
} as const;
