// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTriggerAnchor, triggerAnchorFor } from './trigger-anchor';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findTriggerAnchor', () => {
  it("goes after the top card's More-actions menu, not the sticky header's", () => {
    const doc = page(`
      <div class="pvs-sticky-header-profile-actions">
        <div class="artdeco-dropdown" id="sticky"><button id="ember5-profile-overflow-action">More</button></div>
      </div>
      <main><section class="artdeco-card" data-member-id="1">
        <a href="/in/ada/overlay/about-this-profile/"><h1>Ada Example</h1></a>
        <div class="actions">
          <button>Message</button>
          <div class="artdeco-dropdown" id="card-menu"><button id="ember66-profile-overflow-action">More</button></div>
        </div>
      </section></main>`);
    const anchor = findTriggerAnchor(doc);
    expect(anchor?.append).toBe('after');
    expect(anchor?.element.id).toBe('card-menu');
  });

  it('falls back to just after the name, outside the link around it', () => {
    const doc = page(`<main><section data-member-id="1">
      <a id="name-link" href="/in/ada/overlay/about-this-profile/"><h1>Ada Example</h1></a></section></main>`);
    expect(findTriggerAnchor(doc)).toEqual({ element: doc.getElementById('name-link'), append: 'after' });
  });

  it('finds the name heading on signed-out, Sales Navigator and Recruiter Lite pages', () => {
    for (const html of [
      '<section class="top-card-layout"><button id="x"><h1 class="top-card-layout__title">Ada</h1></button></section>',
      '<div><h1 id="x" data-anonymize="person-name">Ada</h1></div>',
      '<div id="topcard"><h1 id="x" class="searchable">Ada</h1></div>',
    ]) {
      const doc = page(html);
      expect(findTriggerAnchor(doc)?.element.id).toBe('x');
    }
  });

  it('finds nothing while no top card is rendered', () => {
    expect(findTriggerAnchor(page('<main><div class="feed">Posts</div></main>'))).toBeNull();
  });
});

describe('findTriggerAnchor on the 2026 layout', () => {
  /** The 2026 top card as LinkedIn serves it from 2026-04: no data-view-name, the action row twice. */
  const card = (actions: string, extra = '') => `
    <div><a href="https://www.linkedin.com/in/ada/"><div aria-label="Ada Example"><p>Ada Example</p></div></a>
      <button aria-expanded="false" id="sticky-more">More</button></div>
    <main><div componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard"><section componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard">
      <a href="https://www.linkedin.com/in/ada/overlay/background-photo/"><figure><img alt=""></figure></a>
      <div><a href="https://www.linkedin.com/in/ada/" id="name-link"><div><h2>Ada Example</h2></div></a></div>
      ${extra}
      <div id="wide"><div><div>${actions}</div></div></div>
      <div id="narrow"><div><div>${actions}</div></div></div>
    </section></div></main>`;
  const message =
    '<div><a href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAx">Wiadomość</a></div>';
  const more = '<div><button type="button" aria-expanded="false"><span>Więcej</span></button></div>';

  it("goes at the end of the top card's action row, not in the sticky header, in any language", () => {
    const doc = page(card(message + more));
    const anchor = findTriggerAnchor(doc, () => true);
    expect(anchor?.append).toBe('last');
    expect(doc.getElementById('wide')?.contains(anchor?.element ?? null)).toBe(true);
    expect(anchor?.element.querySelector('a[href*="messaging"]')).not.toBeNull();
    expect(anchor?.element.querySelector('button[aria-expanded]')).not.toBeNull();
  });

  it('takes the copy of the row the browser shows', () => {
    const doc = page(card(message + more));
    const shown = (el: Element) => doc.getElementById('narrow')?.contains(el) ?? false;
    expect(doc.getElementById('narrow')?.contains(findTriggerAnchor(doc, shown)?.element ?? null)).toBe(true);
  });

  it('finds the row of a 3rd-degree (Connect), a creator (Follow + More) and a self view (menus only)', () => {
    const connect = '<div><a href="/preload/custom-invite/?vanityName=ada">Connect</a></div>';
    const menus =
      '<div><button aria-expanded="false">Open to</button></div><div><button aria-expanded="false">Add section</button></div>';
    for (const actions of [connect + more, `<div><button>Follow</button></div>${message}${more}`, menus]) {
      const doc = page(card(actions, '<div><button aria-expanded="false" id="lone">⋯</button></div>'));
      const anchor = findTriggerAnchor(doc, () => true);
      expect(doc.getElementById('wide')?.contains(anchor?.element ?? null), actions).toBe(true);
    }
  });

  it('2026-03 cards (data-view-name) still anchor in their action row', () => {
    const doc = page(`<main><div data-view-name="profile-top-card"><section>
      <div data-view-name="profile-top-card-verified-badge"><a href="https://www.linkedin.com/in/ada/"><h2>Ada</h2></a></div>
      <div id="row"><div data-view-name="profile-primary-message"><a href="https://www.linkedin.com/messaging/compose/">Message</a></div>
      <div data-view-name="profile-overflow-button"><button aria-label="More" aria-expanded="false"></button></div></div>
      </section></div></main>`);
    expect(findTriggerAnchor(doc, () => true)).toEqual({
      element: doc.getElementById('row'),
      append: 'last',
    });
  });

  it('a card with no action row yet: after the name link; no card at all: floating', () => {
    const doc = page(card(''));
    expect(findTriggerAnchor(doc)).toEqual({ element: doc.getElementById('name-link'), append: 'after' });
    const bare = page('<div id="root"><div><p>Ada Example</p></div></div>');
    expect(findTriggerAnchor(bare)).toBeNull();
    expect(triggerAnchorFor(bare)).toEqual({ element: bare.body, append: 'float' });
  });
});
