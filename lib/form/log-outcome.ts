/**
 * What a work card says of a logged touch, beside its button: the same states as a created task
 * (lib/background/submit.ts answers both alike), in the words of a log.
 */

export type LogState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'created' }
  | { state: 'queued'; reason: string }
  | { state: 'failed'; reason: string };

/** True once the touch is in Stardex or safely queued: logging again would log it twice. */
export function isLogged(log: LogState): boolean {
  return log.state === 'created' || log.state === 'queued';
}

/** The outcome in words, or null before anything was pressed. */
export function logOutcomeWords(log: LogState): string | null {
  switch (log.state) {
    case 'idle':
      return null;
    case 'sending':
      return 'Logging in Stardex…';
    case 'created':
      return 'Logged in Stardex.';
    case 'queued':
      return `Saved — will be logged when Stardex answers. ${log.reason}`.trim();
    case 'failed':
      return `Not logged: ${log.reason}`;
  }
}

/** The tone the outcome is shown in. */
export function logTone(log: LogState): 'success' | 'warning' | 'danger' | undefined {
  if (log.state === 'created') return 'success';
  if (log.state === 'queued') return 'warning';
  return log.state === 'failed' ? 'danger' : undefined;
}
