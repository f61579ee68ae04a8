/**
 * What `npm start` opens: LinkedIn itself, or the demo (invented people's pages served locally),
 * and the line that says why when it falls back. A script cannot see a LinkedIn session without
 * the browser's cookies, so the session is asked of the Chromium profile `npm start` keeps.
 */

export interface StartInput {
  /** `npm run demo` (`--demo`): the demo, asked for. */
  demo: boolean;
  /** `--linkedin`: LinkedIn even without a session in the profile (to sign in there). */
  linkedIn: boolean;
  /** Whether linkedin.com answered the probe. */
  reachable: boolean;
  /** Whether the Chromium profile holds a LinkedIn session cookie. */
  signedIn: boolean;
}

export type StartMode = { kind: 'demo'; why: string | null } | { kind: 'linkedin'; why: string | null };

export const UNREACHABLE_LINE = 'LinkedIn is not reachable: starting the demo (npm run demo)…';
export const SIGNED_OUT_LINE =
  'No LinkedIn session in this Chromium profile: starting the demo (npm run demo)… ' +
  'To use your own LinkedIn, run `npm start -- --linkedin` and sign in once in the window it opens.';
export const SIGN_IN_LINE =
  'No LinkedIn session in this Chromium profile yet: sign in in the window that opens.';

export function chooseStart(input: StartInput): StartMode {
  if (input.demo) return { kind: 'demo', why: null };
  if (!input.reachable) return { kind: 'demo', why: UNREACHABLE_LINE };
  if (input.signedIn) return { kind: 'linkedin', why: null };
  return input.linkedIn ? { kind: 'linkedin', why: SIGN_IN_LINE } : { kind: 'demo', why: SIGNED_OUT_LINE };
}

/** LinkedIn's session cookie, as the browser keeps it for `.linkedin.com`. */
export function hasLinkedInSession(
  cookies: readonly { name: string; domain: string; expires: number }[],
  now = Date.now(),
): boolean {
  return cookies.some(
    (cookie) =>
      cookie.name === 'li_at' &&
      /(^|\.)linkedin\.com$/.test(cookie.domain) &&
      (cookie.expires === -1 || cookie.expires * 1000 > now),
  );
}
