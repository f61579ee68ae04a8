/**
 * Which result list a URL shows. The profile reader's page kinds are profile pages only, so list
 * pages get their own answer here.
 */
import { parseLinkedinUrl } from '../linkedin-url';
import type { ListKind } from './list-schema';

/** `people-search`, `sales-search`, `sales-list`, or null for any other page. */
export function listKindOfUrl(input: string): ListKind | null {
  const url = parseLinkedinUrl(input);
  if (!url) return null;
  const path = url.pathname;
  if (/^\/search\/results\/people\/?$/.test(path)) return 'people-search';
  if (/^\/sales\/search\/people(?:\/|$)/.test(path)) return 'sales-search';
  if (/^\/sales\/lists\/people(?:\/|$)/.test(path)) return 'sales-list';
  return null;
}
