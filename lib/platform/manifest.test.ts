import { describe, expect, it } from 'vitest';
import { buildManifest, CUSTOM_API_ORIGINS, LINKEDIN_MATCHES, STARDEX_API_ORIGIN } from './manifest';

describe('buildManifest', () => {
  it('asks for the least: five API permissions, LinkedIn and the Stardex API host, a custom host only at runtime', () => {
    const chrome = buildManifest('chrome', 3);
    expect(chrome.permissions).toStrictEqual(['storage', 'alarms', 'contextMenus', 'notifications']);
    expect([...chrome.host_permissions].sort()).toStrictEqual(
      [STARDEX_API_ORIGIN, ...LINKEDIN_MATCHES].sort(),
    );
    expect(chrome).toHaveProperty('optional_host_permissions', CUSTOM_API_ORIGINS);
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('makes nothing web-accessible, in any browser, and lists the content script itself', () => {
    for (const [browser, version] of [
      ['chrome', 3],
      ['edge', 3],
      ['firefox', 2],
    ] as const) {
      const manifest = buildManifest(browser, version);
      expect(manifest, browser).not.toHaveProperty('web_accessible_resources');
      expect(manifest.content_scripts, browser).toStrictEqual([
        { matches: LINKEDIN_MATCHES, js: ['linkedin.js'], run_at: 'document_idle' },
      ]);
    }
    expect(buildManifest('chrome', 3)).toHaveProperty('minimum_chrome_version', '116');
  });

  it('uses the MV2 keys for Firefox MV2', () => {
    const firefox = buildManifest('firefox', 2);
    expect(firefox).toHaveProperty('optional_permissions', CUSTOM_API_ORIGINS);
    expect(firefox).not.toHaveProperty('optional_host_permissions');
    expect(Object.keys(firefox.commands)).toStrictEqual(['_execute_browser_action', 'quick-task']);
    // The id the add-on is listed under on addons.mozilla.org: on the project's own domain, never a placeholder.
    expect(firefox.browser_specific_settings?.gecko.id).toBe('linkedin-tasks@stardex.ai');
  });

  it('opens the form with Alt+Shift+S and never takes Ctrl/Cmd+Shift+E', () => {
    for (const [browser, version] of [
      ['chrome', 3],
      ['edge', 3],
      ['firefox', 2],
    ] as const) {
      const commands = Object.entries(buildManifest(browser, version).commands);
      expect(commands[0]?.[1].suggested_key.default).toBe('Alt+Shift+S');
      for (const [, command] of commands)
        expect(command.suggested_key.default).not.toMatch(/^(Ctrl|Command|MacCtrl)\+Shift\+E$/);
    }
    expect(Object.keys(buildManifest('edge', 3).commands)[0]).toBe('_execute_action');
  });
});

describe('README "Permissions" section', () => {
  it('explains every permission and host the manifest asks for', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
    expect(section.length).toBeGreaterThan(100);
    const manifest = buildManifest('chrome', 3);
    for (const entry of [...manifest.permissions, ...manifest.host_permissions, ...CUSTOM_API_ORIGINS]) {
      expect(section, `README Permissions should explain ${entry}`).toContain(`\`${entry}\``);
    }
  });
});
