import { describe, expect, it } from 'vitest';
import { formTargetForMenuClick, MENU_LINK_ID, MENU_PAGE_ID } from './context-menu-target';

const tab = { id: 5, url: 'https://www.linkedin.com/search/results/people/?keywords=ada' };

describe('formTargetForMenuClick', () => {
  it('targets the right-clicked profile link, normalized, named from the link text', () => {
    const click = {
      menuItemId: MENU_LINK_ID,
      linkUrl: 'https://de.linkedin.com/in/Ada-Lovelace-1815/?miniProfileUrn=x',
      linkText: 'Ada Lovelace\n• 2nd',
    };
    expect(formTargetForMenuClick(click, tab)).toStrictEqual({
      tabId: 5,
      link: { profileUrl: 'https://www.linkedin.com/in/ada-lovelace-1815/', name: 'Ada Lovelace' },
    });
  });

  it("uses the page's link text on Chrome, then a selection, else leaves the name empty", () => {
    const click = { menuItemId: MENU_LINK_ID, linkUrl: 'https://www.linkedin.com/in/ada/' };
    expect(formTargetForMenuClick(click, tab, 'View Ada Lovelace’s profile')?.link?.name).toBe(
      'Ada Lovelace',
    );
    expect(formTargetForMenuClick({ ...click, selectionText: 'Ada L.' }, tab)?.link?.name).toBe('Ada L.');
    expect(formTargetForMenuClick(click, tab)?.link).toStrictEqual({
      profileUrl: 'https://www.linkedin.com/in/ada/',
      name: '',
    });
  });

  it('targets the page for the page item, and for a link to the profile already shown', () => {
    expect(formTargetForMenuClick({ menuItemId: MENU_PAGE_ID }, tab)).toStrictEqual({ tabId: 5 });
    const onProfile = { id: 9, url: 'https://www.linkedin.com/in/ada/details/experience/' };
    const selfLink = { menuItemId: MENU_LINK_ID, linkUrl: 'https://www.linkedin.com/in/ada/' };
    expect(formTargetForMenuClick(selfLink, onProfile)).toStrictEqual({ tabId: 9 });
  });

  it('ignores other menu items and odd links', () => {
    expect(formTargetForMenuClick({ menuItemId: 'other' }, tab)).toBeNull();
    expect(
      formTargetForMenuClick(
        { menuItemId: MENU_LINK_ID, linkUrl: 'https://www.linkedin.com/company/x/' },
        tab,
      ),
    ).toStrictEqual({ tabId: 5 });
    expect(formTargetForMenuClick({ menuItemId: MENU_PAGE_ID }, undefined)).toStrictEqual({});
  });
});
