/** A list reader's row of an invented person for unit tests: no link when `slug` is null (a hidden member). */
import { type ListRow, missingProfileUrlReasons } from '@/lib/profile/list/list-schema';

export function listRow(name: string, slug: string | null, fields: Partial<ListRow> = {}): ListRow {
  return {
    name,
    profileUrl: slug ? `https://www.linkedin.com/in/${slug}/` : null,
    publicIdentifier: slug,
    salesNavLeadId: null,
    headline: null,
    location: null,
    currentRole: null,
    currentTitle: null,
    currentCompany: null,
    missingProfileUrl: slug ? null : missingProfileUrlReasons.hiddenMember,
    ...fields,
  };
}
