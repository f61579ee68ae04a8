// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { knownCardAnchor } from './card-of-profile';

const shown = () => true;

const card2026 = (id: string) => `<section componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard">
  <a href="https://www.linkedin.com/in/${id}/"><h2>Someone</h2></a>
  <div><div><a href="/messaging/compose/?profileUrn=x">Message</a></div><div><button aria-expanded="false">More</button></div></div>
</section>`;

function page(html: string): Document {
  document.body.innerHTML = `<main>${html}</main>`;
  return document;
}

describe('knownCardAnchor', () => {
  it("finds the action row of the card whose own links name the URL's member", () => {
    const anchor = knownCardAnchor(
      page(card2026('ada-example')),
      'https://www.linkedin.com/in/ada-example/',
      shown,
    );
    expect(anchor).toMatchObject({ append: 'last' });
    expect(anchor !== 'read' && anchor?.element.querySelector('a[href*="messaging"]')).toBeTruthy();
  });

  it("waits while only someone else's card is shown", () => {
    expect(
      knownCardAnchor(page(card2026('ada-example')), 'https://www.linkedin.com/in/bob-sample/', shown),
    ).toBeNull();
    // A longer vanity name that starts with the URL's is someone else.
    expect(
      knownCardAnchor(page(card2026('ada-example-2')), 'https://www.linkedin.com/in/ada-example/', shown),
    ).toBeNull();
  });

  it('matches percent-encoded and differently cased links to the same member', () => {
    const doc = page(card2026('tom%C3%A1s-quist'));
    expect(knownCardAnchor(doc, 'https://de.linkedin.com/in/Tom%C3%A1s-Quist/?x=1', shown)).toMatchObject({
      append: 'last',
    });
    expect(
      knownCardAnchor(page(card2026('tomás-quist')), 'https://www.linkedin.com/in/tom%c3%a1s-quist', shown),
    ).not.toBeNull();
  });

  it('leaves it to a read of the page when links cannot tell', () => {
    const doc = page(card2026('ada'));
    expect(knownCardAnchor(doc, 'https://www.linkedin.com/in/ACoAAB1234567890abcdefghijklmnop/', shown)).toBe(
      'read',
    );
    expect(knownCardAnchor(doc, 'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x', shown)).toBe(
      'read',
    );
    expect(
      knownCardAnchor(
        page('<section data-member-id="1"><h1>Ada</h1></section>'),
        'https://www.linkedin.com/in/ada/',
        shown,
      ),
    ).toBe('read');
    expect(knownCardAnchor(page('<div>Loading…</div>'), 'https://www.linkedin.com/in/ada/', shown)).toBe(
      'read',
    );
  });
});
