import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pinUnpackedExtension, unpackedExtensionId, withPinnedExtension } from './pinned-extension';

describe('unpackedExtensionId', () => {
  it('is 32 letters a–p, fixed by the path', () => {
    const id = unpackedExtensionId('/home/dev/stardex/.output/chrome-mv3-dev');
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId('/home/dev/stardex/.output/chrome-mv3-dev')).toBe(id);
    expect(unpackedExtensionId('/home/dev/other/.output/chrome-mv3-dev')).not.toBe(id);
  });

  it('maps the SHA-256 of the path as Chromium does', () => {
    // sha256("/a") starts 6a50 (echo -n /a | sha256sum): 6→g, a→k, 5→f, 0→a.
    expect(unpackedExtensionId('/a').slice(0, 4)).toBe('gkfa');
  });
});

describe('withPinnedExtension', () => {
  it('adds the id once and keeps every other preference', () => {
    const prefs = { browser: { theme: 1 }, extensions: { settings: { x: 1 }, pinned_extensions: ['other'] } };
    const pinned = withPinnedExtension(prefs, 'abc');
    expect(pinned).toStrictEqual({
      browser: { theme: 1 },
      extensions: { settings: { x: 1 }, pinned_extensions: ['other', 'abc'] },
    });
    expect(withPinnedExtension(pinned, 'abc')).toStrictEqual(pinned);
  });

  it('starts from nothing for a new or unreadable profile', () => {
    expect(withPinnedExtension(undefined, 'abc')).toStrictEqual({
      extensions: { pinned_extensions: ['abc'] },
    });
    expect(withPinnedExtension({ extensions: { pinned_extensions: 'bad' } }, 'abc')).toStrictEqual({
      extensions: { pinned_extensions: ['abc'] },
    });
  });
});

describe('pinUnpackedExtension', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the id into Default/Preferences, merging with what is there', () => {
    const profile = mkdtempSync(join(tmpdir(), 'pin-profile-'));
    const extension = mkdtempSync(join(tmpdir(), 'pin-ext-'));
    dirs.push(profile, extension);
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { name: 'Dev' } }));
    const id = pinUnpackedExtension(profile, extension);
    const written = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
    expect(written).toStrictEqual({ profile: { name: 'Dev' }, extensions: { pinned_extensions: [id] } });
  });
});
