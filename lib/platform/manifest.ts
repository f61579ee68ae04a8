/**
 * The manifest, per browser. Browser differences in the manifest live here and nowhere else
 * (WXT converts `action` to `browser_action` for MV2 targets itself). README "Permissions" says
 * why each permission is needed; keep the two in step.
 *
 * Targets: Chrome and Edge MV3 (`.output/chrome-mv3`, `.output/edge-mv3`), Firefox MV2
 * (`.output/firefox-mv2`, WXT's default for Firefox: an event page, host permissions granted at
 * install, and `web-ext lint` clean).
 */
import { manifestCommands } from './command-names';

export const STARDEX_API_ORIGIN = 'https://api.stardex.ai/*';

/** LinkedIn hosts the content script runs on: www and the country subdomains (e.g. de.linkedin.com). */
export const LINKEDIN_MATCHES = ['https://*.linkedin.com/*'];

/** A custom https Stardex host, asked for at runtime (options page), never up front. */
export const CUSTOM_API_ORIGINS = ['https://*/*'];

/**
 * storage: settings, key, outbox, caches. alarms: outbox retries, due-today refresh, daily
 * reminder. contextMenus: "Add Stardex task for this person…". notifications: quick task and
 * reminder confirmations. (WXT adds `sidePanel` for Chrome and Edge from entrypoints/sidepanel.)
 */
export const PERMISSIONS = ['storage', 'alarms', 'contextMenus', 'notifications'];

/**
 * The LinkedIn content script (entrypoints/linkedin.ts), listed here rather than by WXT so it
 * runs without WXT's wrapper, whose DOM events a page can hear (lib/content/content-lifecycle.ts).
 */
export const LINKEDIN_CONTENT_SCRIPT = {
  matches: LINKEDIN_MATCHES,
  js: ['linkedin.js'],
  run_at: 'document_idle',
};

export const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'self'; img-src 'self' data: https://media.licdn.com https://*.licdn.com";

export function buildManifest(browser: string, manifestVersion: 2 | 3 = 3) {
  const optional =
    manifestVersion === 3
      ? { optional_host_permissions: CUSTOM_API_ORIGINS }
      : // MV2 has no optional_host_permissions: origins go in optional_permissions.
        { optional_permissions: CUSTOM_API_ORIGINS };
  return {
    name: 'Stardex tasks for LinkedIn',
    description: 'Turn the LinkedIn profile you are looking at into a follow-up task in Stardex.',
    permissions: PERMISSIONS,
    // LinkedIn: where the content script runs.
    host_permissions: [STARDEX_API_ORIGIN, ...LINKEDIN_MATCHES],
    ...optional,
    content_scripts: [LINKEDIN_CONTENT_SCRIPT],
    // No web_accessible_resources: no page can load, frame or probe any file of ours, so a page
    // cannot tell the extension is installed by fetching a known URL.
    // Extension pages load images only from LinkedIn's media hosts (profile photos), themselves
    // and data: (icons); no remote scripts, ever.
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    commands: manifestCommands(manifestVersion),
    // popup.html is a static page (entrypoints/popup/README.md), not a WXT entrypoint, so it is
    // named here (WXT turns `action` into MV2's `browser_action`).
    action: { default_title: 'Stardex task', default_popup: 'popup.html' },
    // chrome.sidePanel.open(), what the page button calls, came in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'linkedin-tasks@stardex.ai',
              // 140 = the current ESR, the first with data_collection_permissions (Android: 142).
              strict_min_version: '140.0',
              // Firefox 140+ asks add-ons to declare what they send; the API calls carry task data.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  };
}
