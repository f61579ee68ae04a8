// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isDegreeBadge, isLabelledLine, nameIn, visibleText, walkCard } from './card-walk';
import { readPersonCard } from './person-card';

const element = (html: string): Element => {
  const first = new DOMParser().parseFromString(`<ul>${html}</ul>`, 'text/html').querySelector('ul > *');
  if (!first) throw new Error('no element');
  return first;
};

describe('card-walk', () => {
  it('walks links and lines in page order, without screen-reader text', () => {
    const card =
      element(`<li><a href="/in/ada/"><img alt=""><span class="visually-hidden">Status is online</span></a>
      <div><a href="/in/ada/"><span aria-hidden="true">Ada Obi</span><span class="visually-hidden">View Ada’s profile</span></a>
      <span><span aria-hidden="true">• 2nd</span><span class="visually-hidden">2nd degree connection</span></span></div>
      <p>Current: Engineer at <strong>Nyota</strong></p><button>Connect</button></li>`);
    expect(walkCard(card).map((part) => (part.kind === 'link' ? part.href : part.text))).toStrictEqual([
      '/in/ada/',
      '/in/ada/',
      '• 2nd',
      'Current: Engineer at Nyota',
    ]);
  });

  it('names a person by the aria-hidden copy, else the visible text without its degree badge', () => {
    expect(
      nameIn(element('<a><span aria-hidden="true">Ada Obi</span><span>View Ada Obi’s profile</span></a>')),
    ).toBe('Ada Obi');
    expect(nameIn(element('<a><span>Nadia Haddad</span><span> · 3e+</span></a>'))).toBe('Nadia Haddad');
    expect(nameIn(element('<a>Kenji Morioka • 2nd</a>'))).toBe('Kenji Morioka');
    expect(visibleText(element('<p><svg><title>Verified</title></svg>Lu Chen</p>'))).toBe('Lu Chen');
  });

  it.each([
    ['• 2nd', true],
    ['· 3.', true],
    ['· 1er', true],
    ['• Open to work now', false],
  ])('degree badge %s → %s', (text, expected) => {
    expect(isDegreeBadge(text)).toBe(expected);
  });

  it.each([
    ['Current: Engineer at Nyota', true],
    ['Aktuell: Leiterin Daten bei Rheinwerk', true],
    ['Poste actuel : Fondatrice chez Ardoise', true],
    ['Lyon, Auvergne-Rhône-Alpes, France', false],
    ['Ratio 3: 1 engineer', false],
  ])('labelled line %s → %s', (text, expected) => {
    expect(isLabelledLine(text)).toBe(expected);
  });
});

describe('readPersonCard', () => {
  it('prefers the vanity id to an opaque ACoAA… id among the person’s links', () => {
    const row = readPersonCard(
      element(`<li><a href="https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUvWxYz0123/"><img alt=""></a>
        <p><a href="https://www.linkedin.com/in/ada-obi/">Ada Obi</a></p><p>Engineer</p><p>Nairobi, Kenya</p></li>`),
    );
    expect(row).toMatchObject({ name: 'Ada Obi', publicIdentifier: 'ada-obi', location: 'Nairobi, Kenya' });
  });

  it('gives no profile URL, and says why, when the person’s only link is an opaque id', () => {
    const row = readPersonCard(
      element(`<li><p><a href="https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUvWxYz0123?miniProfileUrn=x">Ada Obi</a></p>
        <p>Engineer</p></li>`),
    );
    expect(row).toMatchObject({
      name: 'Ada Obi',
      profileUrl: null,
      publicIdentifier: null,
      headline: 'Engineer',
    });
    expect(row?.missingProfileUrl).toMatch(/internal id/);
  });

  it('takes the nested name link inside a link around the whole lockup (as React builds it)', () => {
    const make = (tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]) => {
      const created = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
      created.append(...children);
      return created;
    };
    const href = 'https://www.linkedin.com/in/wanjiru-kamau/';
    const card = make(
      'li',
      {},
      make(
        'a',
        { href },
        make('figure', {}, make('img', { alt: '' })),
        make('div', {}, make('p', {}, make('a', { href }, 'Wanjiru Kamau')), make('p', {}, '· 2nd')),
        make('div', {}, make('p', {}, 'Product Analyst at Mbuyu')),
      ),
      make(
        'div',
        {},
        make(
          'p',
          {},
          make('a', { href: 'https://www.linkedin.com/in/otieno-b/' }, 'Otieno B.'),
          ' is a mutual connection',
        ),
      ),
    );
    expect(readPersonCard(card)).toMatchObject({
      name: 'Wanjiru Kamau',
      publicIdentifier: 'wanjiru-kamau',
      headline: 'Product Analyst at Mbuyu',
      location: null,
    });
  });

  it('finds the name link after a line between photo and name, by the photo’s person', () => {
    const row = readPersonCard(
      element(`<li><a href="/in/ines-moura/"><img alt=""></a><span>Premium</span>
        <p><a href="/in/ines-moura/"><span aria-hidden="true"><svg></svg></span>Inês Moura</a></p>
        <p>Designer</p><p>Porto, Portugal</p></li>`),
    );
    expect(row).toMatchObject({
      name: 'Inês Moura',
      publicIdentifier: 'ines-moura',
      location: 'Porto, Portugal',
    });
  });

  it('never takes a mutual connection for a hidden member without a link', () => {
    const row = readPersonCard(
      element(`<li><p>LinkedIn Member</p><p>Engineer</p><p>Oslo</p>
        <div><a href="/in/tal-ben-ami/">Tal Ben-Ami</a> is a mutual connection</div></li>`),
    );
    expect(row).toMatchObject({ name: 'LinkedIn Member', publicIdentifier: null, location: 'Oslo' });
    expect(row?.missingProfileUrl).toMatch(/hides/);
  });
});
