/**
 * Strategy "url": the ids the page URL carries. For `/in/` pages it gives the public identifier
 * only when the top card did not (during SPA navigation the URL changes before the card does,
 * so the card is trusted first); Sales Navigator and Recruiter URLs give their opaque ids.
 */
import { publicIdentifierFrom, recruiterIdFrom, salesNavLeadIdFrom } from '../linkedin-url';
import type { FieldValues, ReadContext, Strategy } from '../strategy';

export const pageUrl: Strategy = {
  name: 'url',
  read(context: ReadContext): FieldValues {
    const { url } = context;
    if (!url) return {};
    return {
      publicIdentifier: publicIdentifierFrom(url),
      salesNavLeadId: context.pageKind === 'sales-nav-lead' ? salesNavLeadIdFrom(url) : null,
      recruiterId: context.pageKind === 'recruiter-profile' ? recruiterIdFrom(url) : null,
    };
  },
};
