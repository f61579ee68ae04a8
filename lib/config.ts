/**
 * Where the extension talks to by default. Production builds talk to the real Stardex API;
 * development builds (`npm start`) are baked with the local sandbox's URL and a demo key so a
 * new user sees the whole flow work before they have a Stardex key.
 */
export const STARDEX_API_URL = 'https://api.stardex.ai';

/**
 * The sandbox's demo key (sandbox/seed.ts accepts it), for the sandbox, tests and `npm start`.
 * Extension code never names it: a development build gets it baked in (`__DEV_SANDBOX_KEY__`),
 * so a production build carries no sandbox key (scripts/check-build.ts checks that).
 */
export const SANDBOX_DEMO_KEY = 'sbx_demo_key';

/** The sandbox a development build was made with (URL and demo key), or null for production builds. */
export function devSandbox(): { url: string; key: string } | null {
  const url = typeof __DEV_SANDBOX_URL__ === 'string' ? __DEV_SANDBOX_URL__ : '';
  const key = typeof __DEV_SANDBOX_KEY__ === 'string' ? __DEV_SANDBOX_KEY__ : '';
  return url !== '' && key !== '' ? { url, key } : null;
}

/** True for a local sandbox (http on localhost/127.0.0.1), which needs no host permission. */
export function isLocalBaseUrl(baseUrl: string): boolean {
  try {
    const { hostname } = new URL(baseUrl);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return false;
  }
}
