/**
 * Pins the extension's toolbar icon in the Chromium profile `npm start` and the demo use, by the
 * profile's Preferences (`extensions.pinned_extensions`), written before Chromium starts.
 * An unpacked extension without a manifest `key` gets its id from its absolute path.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's id for an unpacked extension at `absolutePath` (SHA-256 of the path, a–p for 0–f). */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath, 'utf8').digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

type Json = Record<string, unknown>;

const objectOr = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

/** The Preferences object with `id` among the pinned extensions; everything else kept. */
export function withPinnedExtension(preferences: unknown, id: string): Json {
  const prefs = objectOr(preferences);
  const extensions = objectOr(prefs.extensions);
  const pinned = Array.isArray(extensions.pinned_extensions)
    ? extensions.pinned_extensions.filter((entry): entry is string => typeof entry === 'string')
    : [];
  return {
    ...prefs,
    extensions: { ...extensions, pinned_extensions: pinned.includes(id) ? pinned : [...pinned, id] },
  };
}

/** Pins the unpacked extension at `extensionDir` in the profile at `userDataDir`; returns its id. */
export function pinUnpackedExtension(userDataDir: string, extensionDir: string): string {
  const id = unpackedExtensionId(realpathSync(extensionDir));
  const file = join(userDataDir, 'Default', 'Preferences');
  let current: unknown = {};
  try {
    current = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A new profile: Chromium fills in the rest on its first start.
  }
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(file, JSON.stringify(withPinnedExtension(current, id)));
  return id;
}
