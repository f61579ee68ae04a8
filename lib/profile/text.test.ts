import { describe, expect, it } from 'vitest';
import { cleanText, collapseWhitespace, decodeEntities } from './text';

describe('decodeEntities', () => {
  it.each([
    ['Co-Founder &amp; CTO', 'Co-Founder & CTO'],
    ['Co-Founder &amp;amp; CTO', 'Co-Founder & CTO'],
    ['&amp;amp;amp;', '&'],
    ['&lt;b&gt; &quot;x&quot; &apos;y&#39;', `<b> "x" 'y'`],
    ['caf&#233; &#xE9;t&#XE9;', 'café été'],
    ['&#128640;', '🚀'],
    ['R&D and AT&T', 'R&D and AT&T'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; &#x110000;', '&#0; &#x110000;'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('collapseWhitespace / cleanText', () => {
  it('collapses runs of any whitespace, NBSP and zero-width spaces', () => {
    expect(collapseWhitespace('  Tech\n\t Lead\u00a0\u00a0at  X \u200b')).toBe('Tech Lead at X');
  });

  it('treats empty and whitespace-only text as null', () => {
    expect(cleanText('')).toBeNull();
    expect(cleanText(' \n\u00a0 ')).toBeNull();
    expect(cleanText(null)).toBeNull();
    expect(cleanText(undefined)).toBeNull();
    expect(cleanText('&nbsp;')).toBeNull();
  });

  it('decodes then collapses', () => {
    expect(cleanText('  Building  things &amp;amp;\n stuff ')).toBe('Building things & stuff');
  });
});

describe('invisible controls', () => {
  it('drops every Bidi_Control character UAX #9 lists, the Arabic letter mark included', async () => {
    const { stripInvisibleControls } = await import('./text');
    // UAX #9, Table 1 / PropList.txt Bidi_Control: ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI.
    const bidiControls = [
      0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
    ];
    for (const code of bidiControls) {
      const c = String.fromCodePoint(code);
      expect(stripInvisibleControls(`Ada${c} Lovelace${c}`), code.toString(16)).toBe('Ada Lovelace');
    }
    expect(stripInvisibleControls('\u0623\u062d\u0645\u062f \u200d\u200c')).toBe(
      '\u0623\u062d\u0645\u062f \u200d\u200c',
    );
  });

  it('drops bidi overrides, isolates, marks and zero-width spaces, keeps joiners in emoji', async () => {
    const { cleanText } = await import('./text');
    expect(cleanText('\u202eelgoog\u202c Ada\u200b Lovelace\u2066\u2069\ufeff')).toBe('elgoog Ada Lovelace');
    expect(cleanText('Dev 🧑🏼‍💻')).toBe('Dev 🧑🏼‍💻'); // ZWJ sequence intact
  });
});

describe('masked values and counts', () => {
  it('a value LinkedIn masks for signed-out viewers is no value', async () => {
    const { cleanText } = await import('./text');
    expect(cleanText('******* ** *****')).toBeNull();
    expect(cleanText(' *** ')).toBeNull();
    expect(cleanText('***Top Voice*** in fintech')).toBe('***Top Voice*** in fintech');
    expect(cleanText('C*')).toBe('C*');
  });

  it('tells a count with its label from a place, in any language', async () => {
    const { isCount } = await import('./text');
    for (const count of [
      '960 seguidores',
      '500+ connections',
      'Plus de 500 relations',
      'フォロワー: 960人',
      '1 204 obserwujących',
      '2 k abonnés',
    ])
      expect(isCount(count), count).toBe(true);
    for (const place of [
      'São Paulo, São Paulo, Brasil',
      '日本 大阪府 大阪市',
      'District 9, Ho Chi Minh City, Vietnam',
    ])
      expect(isCount(place), place).toBe(false);
  });
});
