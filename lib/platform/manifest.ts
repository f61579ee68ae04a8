/**
 * The manifest, per browser. Browser differences in the manifest live here and nowhere else
 * (WXT converts `action` to `browser_action` for MV2 targets itself).
 */
export const STARDEX_API_ORIGIN = 'https://api.stardex.ai/*';

/** LinkedIn hosts the content script runs on: www and the country subdomains (e.g. de.linkedin.com). */
export const LINKEDIN_MATCHES = ['https://*.linkedin.com/*'];

export function buildManifest(browser: string) {
  return {
    name: 'Stardex tasks for LinkedIn',
    description: 'Turn the LinkedIn profile you are looking at into a follow-up task in Stardex.',
    permissions: ['storage', 'alarms'],
    host_permissions: [STARDEX_API_ORIGIN],
    // A custom https Stardex host is asked for at runtime (options page), never up front.
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'stardex-linkedin-tasks@stardex.example', strict_min_version: '121.0' },
          },
        }
      : {}),
  };
}
