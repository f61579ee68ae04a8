/**
 * The only real 2026 people lockups at hand: the "People also viewed" entries of the saved SDUI
 * profile page in ../shared/linkedin-pages (skipped when that folder is absent). Each is one link
 * around photo, name, degree and headline, with the name in a link nested inside it — the shape a
 * 2026 search card is likely to share. The card reader must take the nested name, not the whole
 * block. Compared with values the test derives from the markup; no page content is printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithLinkedom } from '@/tests/support/fixture-loader';
import { publicIdentifierFrom } from '../linkedin-url';
import { cleanText } from '../text';
import { readPersonCard } from './person-card';
import { findResultCards } from './result-cards';

const page = resolve(__dirname, '../../../../shared/linkedin-pages/in-profile-loggedin-2026-03-a.html');

describe.skipIf(!existsSync(page))('readPersonCard on the real 2026 SDUI people lockups', () => {
  it('reads each entry’s own name, id and headline', () => {
    const document = parseWithLinkedom(readFileSync(page, 'utf8'));
    const entries = Array.from(document.querySelectorAll('[data-view-name="profile-browsemap-entity"]'));
    expect(entries.length).toBeGreaterThanOrEqual(5);
    entries.forEach((entry, index) => {
      // linkedom keeps the nested link as React builds it (an HTML parser would split it).
      const nameLink = entry.querySelector('a a');
      const outer = entry.querySelector('a');
      const row = readPersonCard(entry);
      // Booleans only, so a failure prints no real person's name.
      expect(row?.name === cleanText(nameLink?.textContent), `entry ${index}: name`).toBe(true);
      const id = publicIdentifierFrom(outer?.getAttribute('href') ?? '');
      expect(row?.publicIdentifier === id && id !== null, `entry ${index}: id`).toBe(true);
      const headline = row?.headline ?? '';
      expect(
        headline !== '' && headline !== row?.name && !/^[•·]/.test(headline),
        `entry ${index}: headline`,
      ).toBe(true);
    });
  });

  it('finds those entries by structure alone, in the bare divs that hold them', () => {
    const document = parseWithLinkedom(readFileSync(page, 'utf8'));
    const section = document.querySelector('[componentkey^="profileAsideBrowsemap"]');
    if (!section) throw new Error('the saved page has no browsemap section');
    const expectedIds = Array.from(
      section.querySelectorAll('[data-view-name="profile-browsemap-entity"]'),
    ).map((entry) => publicIdentifierFrom(entry.querySelector('a')?.getAttribute('href') ?? ''));
    const ids = findResultCards(section).map((card) => readPersonCard(card)?.publicIdentifier ?? null);
    expect(expectedIds.length).toBeGreaterThanOrEqual(5);
    // Booleans only, so a failure prints no real person's id.
    expect(ids.length === expectedIds.length && ids.every((id, index) => id === expectedIds[index])).toBe(
      true,
    );
  });
});
