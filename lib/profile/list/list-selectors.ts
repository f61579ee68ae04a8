/**
 * The list reader's selectors, as ordered fallback lists (the first that matches wins), with
 * when each was seen. No real result page was saved: "known" hooks are those public scrapers
 * used in those years, "guess" hooks are names the 2026 layout is likely to carry. Every list
 * has a structural fallback in the code that uses it (result-cards.ts, person-card.ts).
 */
import type { SelectorList } from '../selectors';

/** LinkedIn people search (`/search/results/people/`). */
export const peopleSearch = {
  /** One element per result card; the outermost match counts. */
  card: [
    '[data-chameleon-result-urn^="urn:li:member:"]', // known 2023–2025
    '[data-view-name="search-entity-result-universal-template"]', // known 2025
    '[data-view-name="people-search-result"]', // guess 2026
    'li.reusable-search__result-container', // known 2022–2024
    'div.entity-result', // known 2021–2024
  ],
  /** What LinkedIn links a hidden member's name to ("LinkedIn Member"): a search, not a profile. */
  hiddenMemberLink: ['a[href*="/search/results/people/headless"]'], // known 2022–2025
  /** The person's name link inside a card. */
  titleLink: [
    '.entity-result__title-text a', // known 2021–2024
    '[data-view-name="search-result-lockup-title"] a', // known 2025
  ],
  headline: ['.entity-result__primary-subtitle'], // known 2021–2024
  location: ['.entity-result__secondary-subtitle'], // known 2021–2024
  currentRole: ['.entity-result__summary'], // known 2021–2024
  /** A card's block of mutual connections. */
  insights: ['.entity-result__insights', '.entity-result__simple-insight'], // known 2021–2024
  /** Text screen readers get and the eye does not ("View X’s profile", "Status is online"). */
  hiddenText: ['.visually-hidden', '.a11y-text', '[hidden]', 'button', 'svg', 'template', 'script', 'style'],
  /** Where the viewer and other people's suggestions are: never results. */
  outsideResults: ['aside', 'nav', 'header', 'footer', '[role="dialog"]', '.global-nav'],
} as const satisfies Record<string, SelectorList>;

/** Sales Navigator lead search (`/sales/search/people`) and lead lists (`/sales/lists/people/…`). */
export const salesNavRows = {
  /** One element per result row. */
  row: [
    '[data-x-search-result="LEAD"]', // known 2024–2026
    'table tbody tr', // lead lists, known 2023–2025
  ],
  name: ['[data-anonymize="person-name"]'], // known 2020–2026
  /** A search row's `job-title` hook holds time in role; its title is `title`. */
  title: ['[data-anonymize="title"]', '[data-anonymize="job-title"]'], // known 2023–2026
  company: ['[data-anonymize="company-name"]'], // known 2020–2026
  location: ['[data-anonymize="location"]'], // known 2020–2026
  headline: ['[data-anonymize="headline"]'], // known 2023–2026
} as const satisfies Record<string, SelectorList>;
