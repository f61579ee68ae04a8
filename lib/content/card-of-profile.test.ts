// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { knownCardAnchor, memberOfUrl } from './card-of-profile';

const shown = () => true;
/** What the controller does: the URL's member, then their card's anchor ('read' when the URL cannot tell). */
const anchorFor = (doc: Document, url: string, isRendered = shown) => {
  const member = memberOfUrl(url);
  return member ? knownCardAnchor(doc, member, isRendered) : 'read';
};

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
    const anchor = anchorFor(page(card2026('ada-example')), 'https://www.linkedin.com/in/ada-example/');
    expect(anchor).toMatchObject({ append: 'last' });
    expect(anchor !== 'read' && anchor?.element.querySelector('a[href*="messaging"]')).toBeTruthy();
  });

  it("waits while only someone else's card is shown", () => {
    expect(anchorFor(page(card2026('ada-example')), 'https://www.linkedin.com/in/bob-sample/')).toBeNull();
    // A longer vanity name that starts with the URL's is someone else.
    expect(anchorFor(page(card2026('ada-example-2')), 'https://www.linkedin.com/in/ada-example/')).toBeNull();
  });

  it('matches percent-encoded and differently cased links to the same member', () => {
    const doc = page(card2026('tom%C3%A1s-quist'));
    expect(anchorFor(doc, 'https://de.linkedin.com/in/Tom%C3%A1s-Quist/?x=1')).toMatchObject({
      append: 'last',
    });
    expect(
      anchorFor(page(card2026('tomás-quist')), 'https://www.linkedin.com/in/tom%c3%a1s-quist'),
    ).not.toBeNull();
  });

  it('leaves it to a read of the page when links cannot tell', () => {
    const doc = page(card2026('ada'));
    expect(anchorFor(doc, 'https://www.linkedin.com/in/ACoAAB1234567890abcdefghijklmnop/')).toBe('read');
    expect(anchorFor(doc, 'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x')).toBe('read');
    expect(
      anchorFor(
        page('<section data-member-id="1"><h1>Ada</h1></section>'),
        'https://www.linkedin.com/in/ada/',
      ),
    ).toBe('read');
    expect(anchorFor(page('<div>Loading…</div>'), 'https://www.linkedin.com/in/ada/')).toBe('read');
  });
});
