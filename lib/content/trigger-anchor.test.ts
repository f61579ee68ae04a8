// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTriggerAnchor } from './trigger-anchor';

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
  it("goes after the top card's More button, never the sticky header's", () => {
    const doc = page(`
      <div data-view-name="profile-sticky-header"><div data-view-name="profile-overflow-button" id="sticky"></div></div>
      <main><div data-view-name="profile-top-card"><section componentkey="com.linkedin.sdui.profile.card.refACoAAxTopcard">
        <div data-view-name="profile-top-card-verified-badge"><a href="https://www.linkedin.com/in/ada/"><h2>Ada</h2></a></div>
        <div data-view-name="profile-primary-message"><a href="https://www.linkedin.com/messaging/compose/">Message</a></div>
        <div data-view-name="profile-overflow-button" id="card-more"><button aria-label="More"></button></div>
      </section></div></main>`);
    expect(findTriggerAnchor(doc)).toEqual({ element: doc.getElementById('card-more'), append: 'after' });
  });

  it('without a More button (own profile), goes after the name block, outside its link', () => {
    const doc = page(`<main><div data-view-name="profile-top-card"><section>
      <div data-view-name="profile-top-card-verified-badge" id="badge"><a href="https://www.linkedin.com/in/ada/"><h2>Ada</h2></a></div>
      </section></div></main>`);
    expect(findTriggerAnchor(doc)).toEqual({ element: doc.getElementById('badge'), append: 'after' });
  });
});
