/**
 * Every CSS selector the profile reader uses, as ordered fallback lists: the first that matches
 * wins. Each entry says when it was last seen on a real page; obfuscated hash classes are never
 * used. Strategies (`strategies/*.ts`) decide what to do with a match.
 */

export type SelectorList = readonly string[];

/** Signed-in `/in/` page (voyager-web). Test URLs: https://www.linkedin.com/in/<id>/ */
export const signedIn = {
  /** The top-card section; its `data-member-id` is the viewed member. */
  topCard: [
    'main section.artdeco-card[data-member-id]', // seen 2025-11, 2024-07
    'section[data-member-id]', // seen 2025-11
    'main section.pv-top-card', // known 2022–2023 (no data-member-id yet)
  ],
  name: [
    'a[href*="/overlay/about-this-profile/"] h1', // seen 2025-11, 2024-07
    'h1.inline.t-24.break-words', // seen 2025-11 (the 2024 text-heading-xlarge class is gone)
    'h1.text-heading-xlarge', // seen 2024-07, kept: 2022–2024 layouts are still served to some members
    'h1', // seen 2025-11: the only h1 in the top card
    'li.inline.t-24.break-words', // known 2019–2021 (the top card before its h1)
  ],
  headline: [
    '.text-body-medium.break-words[data-generated-suggestion-target]', // seen 2025-11, 2024-07
    '[data-generated-suggestion-target]', // seen 2025-11
    'div.text-body-medium.break-words', // seen 2024-07
    'h2.mt1.t-18.break-words', // known 2019–2021
  ],
  location: [
    'span.text-body-small.inline.t-black--light.break-words', // seen 2025-11, 2024-07
    'li.t-16.t-black.t-normal.inline-block', // known 2019–2021
  ],
  /** The container holding the contact-info link, whose sibling span is the location. */
  contactInfoLink: [
    'a[href*="/overlay/contact-info/"]', // seen 2025-11, 2024-07
    '#top-card-text-details-contact-info', // seen 2025-11, 2024-07
    'a[href*="/detail/contact-info/"]', // known 2019–2021
  ],
  /** Links that carry the viewed member's public identifier. */
  identifierLinks: [
    'a[href*="/overlay/about-this-profile/"]', // seen 2025-11, 2024-07
    'a[href*="/overlay/contact-info/"]', // seen 2025-11, 2024-07
    'a[href*="/detail/contact-info/"]', // known 2019–2021
  ],
  photo: [
    'img.pv-top-card-profile-picture__image--show', // seen 2025-11, 2024-07
    'img.pv-top-card-profile-picture__image', // seen 2024-07
    '.pv-top-card__non-self-photo-wrapper img', // seen 2025-11, 2024-07
    '.pv-top-card-profile-picture__container img', // seen 2025-11
    'img.pv-top-card__photo', // known 2019–2021
  ],
  /** Buttons in the top card's right panel (current company, school). */
  rightPanelButtons: [
    'ul.pv-text-details__right-panel button', // seen 2024-07 (absent 2025-11 when several current jobs)
    'button[aria-label*="experience"]', // seen 2024-07: English confirms only
  ],
} as const;

/**
 * Signed-in `/in/` page, 2026 "SDUI" (server-driven React) layout: no `<h1>`, every class an
 * 8-hex-digit hash that changes per build, so only `data-view-name`, `componentkey` prefixes,
 * link shapes and placeholder-icon ids are used. Seen on a real page in 2026-03; the fixtures in
 * tests/fixtures/linkedin/sdui reproduce its states.
 */
export const sdui = {
  /** The top card; its `componentkey` is `com.linkedin.sdui.profile.card.ref<ACoAA… id>Topcard`. */
  topCard: [
    'section[componentkey$="Topcard"]', // seen 2026-03, 2026-04
    '[data-view-name="profile-top-card"]', // seen 2026-03
    // The wrapper alone, and the server's markup, where the readable keys are ids (seen 2026-04, 2026-09).
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]',
    '[id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"]',
  ],
  /** Where the name sits: a link to the member's own /in/ page holding the heading. */
  nameLink: ['[data-view-name="profile-top-card-verified-badge"] a[href*="/in/"]'], // seen 2026-03
  /**
   * The member's photo. Without the 2026-03 hook, sdui-photo.ts takes the card's first image
   * before the name that is not the cover (in a[href$="/overlay/background-photo/"]); in the
   * server's raw HTML (no <img>), the head's preloaded profile photo.
   */
  photoSlot: ['[data-view-name="profile-top-card-member-photo"]'], // seen 2026-03
  photo: ['[data-view-name="profile-top-card-member-photo"] img'], // seen 2026-03
  coverLink: ['a[href*="/overlay/background-photo/"]'], // seen 2026-03, 2026-04
  /** The contact-info link, which only the member's own top card holds. */
  contactLink: [
    'a[href*="/overlay/contact-info/"]', // seen 2026-04
    'a[href*="/in/"][href$="/#"]', // seen 2026-03
  ],
  /** The card's Message link, whose `profileUrn` is the member's (asides have their own). */
  messageLink: ['a[href*="/messaging/compose/"][href*="profileUrn="]'], // seen 2026-03, 2026-04
  preloadedImages: ['link[rel="preload"][as="image"][imagesrcset]'], // seen 2026-04
  /** The React Server Components payload of the server's HTML (window.__como_rehydration__). */
  payloadScript: ['script#rehydrate-data'], // known 2026-05…2026-09
  /** The profile column, which the sticky header and the asides are outside of. */
  mainLevel: ['[data-view-name="profile-main-level"]', 'main'], // seen 2026-03
  experienceCard: [
    '[data-view-name="profile-card-experience"]', // seen 2026-03
    '[componentkey$="ExperienceTopLevelSection"]', // seen 2026-03
  ],
  /** The anchor inside the experience card whose key ends in the public identifier. */
  experienceAnchor: ['[componentkey^="profile_experience_top_anchor_"]'], // seen 2026-03
  entry: ['[componentkey^="entity-collection-item"]'], // seen 2026-03
  /** Placeholder icons of company chips (`company-accent-4`), never of schools (`school-accent-4`). */
  companyIcon: ['svg[id^="company-"]'], // seen 2026-03
  /** Expandable description text inside an experience entry. */
  description: ['[data-testid="expandable-text-box"]'], // seen 2026-03
} as const;

/** The experience card on signed-in pages. */
export const experience = {
  /** The anchor whose closest `section` is the card. */
  anchor: ['#experience'], // seen 2025-11, 2024-07
  entity: [
    '[data-view-name="profile-component-entity"]', // seen 2025-11, 2024-07
    '.pvs-entity', // known 2022–2023 (before the data-view-name hooks)
  ],
  boldTitle: ['.t-bold > span[aria-hidden="true"]', '.t-bold'], // seen 2025-11, 2024-07
  subtitle: ['span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]'], // seen 2025-11, 2024-07
  subComponents: ['.pvs-entity__sub-components'], // seen 2025-11, 2024-07
  dateCaption: [
    '.pvs-entity__caption-wrapper', // seen 2025-11, 2024-07
    'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]', // known 2022–2023
  ],
} as const;

/**
 * The experience card before the 2022 pvs-list redesign (known 2019–2022; the 2021 Portuguese
 * SavePage WE fixture reproduces it): `section#experience-section` of pv-entity entries, each
 * label preceded by a `.visually-hidden` span ("Cargo", "Company Name", "Dates Employed").
 */
export const legacyExperience = {
  card: ['#experience-section', 'section.experience-section'],
  entry: ['li.pv-entity__position-group-pager', '.pv-profile-section__list-item'],
  /** A grouped entry's header (the company) and its roles. */
  groupCompany: ['.pv-entity__company-summary-info h3'],
  role: ['li.pv-entity__position-group-role-item'],
  title: ['h3'],
  company: ['.pv-entity__secondary-title'],
  dates: ['.pv-entity__date-range'],
  hidden: ['.visually-hidden', '.separator'],
} as const;

/** Signed-out `/in/` page (public_profile_v3_desktop). */
export const publicProfile = {
  marker: ['meta[name="pageKey"][content^="public_profile"]', 'section.top-card-layout'], // seen 2024-03, 2023-04
  topCard: ['section.top-card-layout', '.top-card-layout'], // seen 2024-03, 2023-04
  name: ['h1.top-card-layout__title'], // seen 2024-03, 2023-04
  headline: ['h2.top-card-layout__headline'], // seen 2024-03, 2023-04
  /**
   * The subline's items, in order: the location, unless the member has none, when the follower and
   * connection counts come first ("960 seguidores", seen 2026 in other languages); public-top-card.ts
   * skips counts and the contact-info trigger (`[data-modal]`).
   */
  location: [
    '.profile-info-subheader .not-first-middot > span', // seen 2024-03
    '.top-card-layout__first-subline .top-card__subline-item', // seen 2023-04
  ],
  sublineTrigger: ['[data-modal]'], // seen 2024-03: "Contact Info" opens a sign-in modal
  currentCompany: [
    '[data-section="currentPositionsDetails"] .top-card-link__description', // seen 2023-04
    '[data-section="currentPositionsDetails"] a[data-test-id="top-card-link"]', // seen 2024-03
  ],
  photo: ['img.top-card__profile-image', '[data-section="picture"] img'], // seen 2024-03, 2023-04
  /** Current positions carry `data-section="currentPositionsDetails"` in the experience list. */
  currentPosition: [
    'section[data-section="experience"] [data-section="currentPositionsDetails"]', // seen 2024-03
    'section.experience [data-section="currentPositionsDetails"]', // seen 2023-04
  ],
  notFound: ['.page-not-found', 'h1.page-not-found__headline'], // seen 2024-06
} as const;

/** Head metadata, present on signed-out pages only. */
export const meta = {
  canonical: ['link[rel="canonical"]'], // seen 2024-03, 2023-04
  ogUrl: ['meta[property="og:url"]'], // seen 2024-03, 2023-04
  ogImage: ['meta[property="og:image"]'], // seen 2024-03, 2023-04
  ogTitle: ['meta[property="og:title"]'], // seen 2024-03, 2023-04
  firstName: ['meta[property="profile:first_name"]'], // seen 2024-03, 2023-04
  lastName: ['meta[property="profile:last_name"]'], // seen 2024-03, 2023-04
  jsonLd: ['script[type="application/ld+json"]'], // seen 2024-03, 2023-04
  /** The page's URL in a page saved with the SavePage WE extension. */
  savedPageUrl: ['meta[name="savepage-url"]'], // known 2019–2026
} as const;

/**
 * Sales Navigator lead page (`/sales/lead/<id>,…`). No saved real page: these are the
 * `data-anonymize` hooks Sales Navigator has kept for its screenshot-anonymizer since 2020.
 */
export const salesNav = {
  /**
   * The lead's own top card: on the lead page, and reused by the lead panel that opens over
   * people search (`/sales/search/people`), where result rows hold other people's names.
   */
  leadCard: [
    '[data-x--lead--profile-card]', // seen 2026-08
    'section#profile-card-section', // seen 2026-08
    '[data-sn-view-name="feature-lead-top-card"]', // seen 2026-08
  ],
  leadName: ['[data-x--lead--name]', 'h1 [data-anonymize="person-name"]', 'h1[data-anonymize="person-name"]'], // seen 2026-08
  currentRole: ['[data-sn-view-name="lead-current-role"]'], // seen 2026-08
  /** Names of other leads: search result rows link each name to that lead's page. */
  otherLeadNames: [
    'a[href*="/sales/lead/"] [data-anonymize="person-name"]', // known 2024–2026 (search rows)
    'a[href*="/sales/lead/"][data-anonymize="person-name"]', // seen 2026-08 (the panel's own name link)
  ],
  /** The actions bar's overflow menu trigger; its `aria-controls` names the menu (rendered in an outlet). */
  overflowTrigger: ['[data-x--lead-actions-bar-overflow-menu]'], // seen 2026-08
  name: ['h1[data-anonymize="person-name"]', '[data-anonymize="person-name"]'], // known 2023–2025
  headline: ['[data-anonymize="headline"]'], // known 2023–2025
  location: ['[data-anonymize="location"]'], // known 2023–2025
  title: ['[data-anonymize="job-title"]'], // known 2023–2025
  company: ['[data-anonymize="company-name"]'], // known 2023–2025
  photo: ['img[data-anonymize="headshot-photo"]'], // known 2023–2025
} as const;

/** Sales Navigator lead page, Ember 2019–2021 layout (`/sales/people/<id>,…`): readable BEM classes. */
export const salesNavEmber = {
  name: ['.profile-topcard-person-entity__name'], // known 2019–2021
  location: ['.profile-topcard__location-data'], // known 2019–2021
  currentTitle: ['.profile-topcard__current-positions .profile-topcard__summary-position-title'], // known 2019–2021
  currentPosition: ['.profile-topcard__current-positions .profile-topcard__summary-position'], // known 2019–2021
  photo: ['.profile-topcard-person-entity__image img', '.profile-topcard img.lockup__image'], // known 2019–2021
} as const;

/**
 * Current Recruiter (`/talent/profile/<id>`). No saved real page: the `data-test-*` hooks the
 * Recruiter (Ember "talent") app ships in production, plus generic fallbacks.
 */
export const recruiter = {
  topCard: ['[data-test-row-lockup-full-name]', '.profile__topcard', '[data-live-test-profile-topcard]'], // known 2023–2025
  // Only the data-test hook: generic lockup titles and h1s also exist on other LinkedIn pages.
  name: ['[data-test-row-lockup-full-name]'], // known 2023–2025
  headline: ['[data-test-row-lockup-headline]', '.artdeco-entity-lockup__subtitle'], // known 2023–2025
  location: ['[data-test-row-lockup-location]', '.artdeco-entity-lockup__metadata'], // known 2023–2025
  photo: ['img[data-test-row-lockup-figure]', '.artdeco-entity-lockup__image img'], // known 2023–2025
  experience: ['[data-test-position-entity-title]'], // known 2023–2025
  experienceCompany: ['[data-test-position-entity-company-link]', '[data-test-position-entity-company-name]'], // known 2023–2025
  publicLink: ['a[data-test-public-profile-link]', 'a[data-test-personal-info-profile-link]'], // known 2023–2025
} as const;

/** Recruiter Lite, 2021 "lira" layout (`/recruiter/profile/<id>,<token>,CAP`). */
export const recruiterLite = {
  root: ['#lira-profile'], // seen 2021-03
  name: ['#topcard h1'], // seen 2021-03
  headline: ['#topcard li.title'], // seen 2021-03
  location: ['#topcard span.location'], // seen 2021-03
  photo: ['#topcard .module-body > img', '#topcard img'], // seen 2021-03
  publicLink: ['#topcard li.public-profile a', 'li.public-profile a'], // seen 2021-03
  position: ['#profile-experience li.position'], // seen 2021-03
} as const;

/**
 * Where the page button goes (lib/content/trigger-anchor.ts), per layout, most specific first.
 * Scoped to the top card so the sticky header's copies of the same buttons never match.
 */
export const pageButton = {
  /** The top card's "More actions" menu: the button goes right after it. */
  afterMenu: [
    // `<div class="artdeco-dropdown"><button id="ember66-profile-overflow-action">`
    'section[data-member-id] [id$="-profile-overflow-action"]', // seen 2025-11, 2024-07
  ],
  /** Containers of the top card's action buttons: the button goes last inside. */
  actionRows: [
    '.pvs-profile-actions', // seen 2024-03 (signed-in), kept for members still served that layout
    '[data-x--lead-actions-bar]', // Sales Navigator lead page, seen 2026-08
    '.profile-topcard-actions', // Sales Navigator lead page, 2019 Ember layout
    '.profile__topcard-actions, [data-live-test-profile-topcard-actions]', // Recruiter, known 2024–2025
  ],
  /** 2026 ("SDUI") top cards: the button goes at the end of the card's own action row. */
  topCards: [
    '[data-view-name="profile-top-card"]', // seen 2026-03
    'section[componentkey$="Topcard"]', // seen 2026-04: no data-view-name anywhere on the page
    '[componentkey$="Topcard"]', // seen 2026-04 (the wrapper around the section)
  ],
  /**
   * What sits in a 2026 top card's action row in every state and language: Message and Connect
   * links by their URL, and menu buttons ("More", "Open to", "Add section") by `aria-expanded`.
   */
  topCardActions: [
    'a[href*="/messaging/compose"]', // Message, seen 2026-03, 2026-04
    'a[href*="/preload/custom-invite"]', // Connect, seen 2026-03
    'button[aria-expanded]', // More and the self view's menus, seen 2026-03, 2026-04
  ],
  /** The name of any top card: the button goes right after it (outside a link around it). */
  nameHeadings: [
    '[data-view-name="profile-top-card-verified-badge"]', // SDUI, seen 2026-03 (wraps the name link)
    '[componentkey$="Topcard"] a[href*="/in/"] h2', // SDUI, seen 2026-04 (no verified badge)
    'section[data-member-id] h1', // signed-in /in/, seen 2025-11, 2024-07
    'h1.top-card-layout__title', // signed-out /in/, seen 2024-03, 2023-04
    'h1[data-anonymize="person-name"]', // Sales Navigator, seen 2026-08
    '.profile-topcard-person-entity__name', // Sales Navigator, 2019 Ember layout
    '[data-test-row-lockup-full-name]', // Recruiter, known 2023–2025
    '#topcard h1', // Recruiter Lite, seen 2021-03
    'main h1', // any layout we have not seen: the only heading of the page's main content
  ],
} as const;

/** First element matching any selector of `list`, in list order (not document order). */
export function queryFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
