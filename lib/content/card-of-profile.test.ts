// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorShowsProfile } from './card-of-profile';
import { findTriggerAnchor } from './trigger-anchor';

function anchorIn(html: string) {
  document.body.innerHTML = html;
  const anchor = findTriggerAnchor(document, () => true);
  if (!anchor) throw new Error('no anchor');
  return anchor;
}

const card2026 = (
  id: string,
) => `<main><section componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard">
  <a href="https://www.linkedin.com/in/${id}/"><h2>Someone</h2></a>
  <div><div><a href="/messaging/compose/?profileUrn=x">Message</a></div><div><button aria-expanded="false">More</button></div></div>
</section></main>`;

describe('anchorShowsProfile', () => {
  it("says whose card the button's place is in, from the card's own links", () => {
    expect(
      anchorShowsProfile(anchorIn(card2026('ada-example')), 'https://www.linkedin.com/in/ada-example/'),
    ).toBe(true);
    expect(
      anchorShowsProfile(anchorIn(card2026('ada-example')), 'https://www.linkedin.com/in/bob-sample/'),
    ).toBe(false);
    // Percent-encoded and differently cased links are the same member.
    expect(
      anchorShowsProfile(
        anchorIn(card2026('tom%C3%A1s-quist')),
        'https://de.linkedin.com/in/Tom%C3%A1s-Quist/?x=1',
      ),
    ).toBe(true);
  });

  it('cannot tell for opaque ids, cards without member links, or a floating place', () => {
    expect(
      anchorShowsProfile(
        anchorIn(card2026('ada')),
        'https://www.linkedin.com/in/ACoAAB1234567890abcdefghijklmnop/',
      ),
    ).toBeNull();
    expect(
      anchorShowsProfile(
        anchorIn(card2026('ada')),
        'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x',
      ),
    ).toBeNull();
    const noLinks = anchorIn('<main><section data-member-id="1"><h1>Ada</h1></section></main>');
    expect(anchorShowsProfile(noLinks, 'https://www.linkedin.com/in/ada/')).toBeNull();
    expect(
      anchorShowsProfile({ element: document.body, append: 'float' }, 'https://www.linkedin.com/in/ada/'),
    ).toBeNull();
  });
});
