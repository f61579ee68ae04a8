/**
 * The reader report a recruiter can copy when a page was read only in part ("Some details
 * couldn't be read from this page"): the extension version, the layout and page kind, the URL's
 * pattern and, per missed field, the strategies that found nothing. Built only from names the
 * reader defines and the URL pattern, so it holds no name, no page text and no person's URL.
 */
import { urlPattern } from './linkedin-url';
import type { Profile } from './profile-schema';

export interface ReadHealth {
  layout: Profile['layout'];
  pageKind: Profile['pageKind'];
  /** The page URL with every identifier replaced (`urlPattern`). */
  page: string;
  missed: Profile['missed'];
}

/** What a read says about itself, for the form's note and Options' list of recent misses. */
export function readHealthOf(profile: Profile, pageUrl: string): ReadHealth {
  return {
    layout: profile.layout,
    pageKind: profile.pageKind,
    page: urlPattern(pageUrl),
    missed: profile.missed,
  };
}

/** The report as plain text, one fact per line. */
export function readReport(health: ReadHealth, version: string, at: Date = new Date()): string {
  return [
    `Stardex for LinkedIn ${version} — profile reader report (${at.toISOString().slice(0, 10)})`,
    `layout: ${health.layout}`,
    `page: ${health.pageKind} ${health.page}`,
    ...health.missed.map(
      ({ field, tried }) =>
        `missed ${field}: ${tried.length ? `tried ${tried.join(', ')}` : 'no strategy found it'}`,
    ),
  ].join('\n');
}
