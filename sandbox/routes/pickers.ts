/**
 * The lookups behind the extension's pickers: GET /v1/team-members (§4.1, shape UNCONFIRMED),
 * POST /v1/jobs/search (§5.1), /v1/deals/search (§5.2), /v1/companies/search (§5.3).
 */
import type { RequestContext, Route } from '../router';
import { okPage } from '../router';
import { searchCompaniesSchema, searchDealsSchema, searchJobsSchema } from '../schemas';
import { parseBody } from '../validation';
import { companyView, dealView, jobView, teamMemberView } from '../views';
import { matchesKeywords, overlaps, queryInt, sortBy } from './search-helpers';

function listTeamMembers(ctx: RequestContext) {
  const members = sortBy(ctx.state.store.teamMembers, (m) => `${m.first_name} ${m.last_name}`, 'asc');
  const offset = queryInt(ctx, 'offset', 0, 1_000_000);
  return okPage(members, offset, queryInt(ctx, 'limit', 1, 100), teamMemberView);
}

function searchJobs(ctx: RequestContext) {
  const q = parseBody(searchJobsSchema, ctx.body);
  const { store } = ctx.state;
  const matches = store.jobs.filter((j) => {
    if (q.is_archived !== undefined && j.is_archived !== q.is_archived) return false;
    if (q.is_public !== undefined && j.is_public !== q.is_public) return false;
    const company = j.client_company_id === null ? [] : [j.client_company_id];
    if (!overlaps(q.company_ids_included, company)) return false;
    if (q.company_ids_excluded !== undefined && overlaps(q.company_ids_excluded, company)) return false;
    if (!overlaps(q.job_status_ids_included, [j.job_status_id])) return false;
    if (!overlaps(q.owner_ids, j.owner_ids)) return false;
    return matchesKeywords(q.keywords, j.name) && matchesKeywords(q.location_keywords, j.location);
  });
  const sorted = sortBy(matches, (j) => j[q.sort_by ?? 'created_at'], q.sort_order ?? 'desc');
  return okPage(sorted, q.offset, q.limit, (j) => jobView(store, j));
}

function searchDeals(ctx: RequestContext) {
  const q = parseBody(searchDealsSchema, ctx.body);
  const matches = ctx.state.store.deals.filter((d) => {
    if (q.show_open_deals_only === true && !d.is_open) return false;
    if (q.show_archived !== true && d.is_archived) return false;
    if (q.deal_ids !== undefined && !q.deal_ids.includes(d.id)) return false;
    if (!overlaps(q.deal_status_ids_included, [d.deal_status_id])) return false;
    if (!overlaps(q.owner_ids_included, d.owner_ids)) return false;
    return matchesKeywords(q.keywords, d.name);
  });
  const sorted = sortBy(matches, (d) => d[q.sort_by ?? 'created_at'], q.sort_order ?? 'desc');
  return okPage(sorted, q.offset, q.limit, dealView);
}

function searchCompanies(ctx: RequestContext) {
  const q = parseBody(searchCompaniesSchema, ctx.body);
  const { store } = ctx.state;
  const matches = store.companies.filter((c) => {
    if (q.is_client !== undefined && c.is_client !== q.is_client) return false;
    if (q.domain !== undefined && c.domain?.toLowerCase() !== q.domain.toLowerCase()) return false;
    if (q.company_ids !== undefined && !q.company_ids.includes(c.id)) return false;
    if (!overlaps(q.owner_ids_included, c.owner_ids)) return false;
    if (q.linkedin_url !== undefined && !sameUrl(c.linkedin_url, q.linkedin_url)) return false;
    return matchesKeywords(q.keywords, c.name);
  });
  const sorted = sortBy(matches, (c) => c[q.sort_by ?? 'created_at'], q.sort_order ?? 'desc');
  return okPage(sorted, q.offset, q.limit, (c) => companyView(store, c));
}

function sameUrl(a: string | null, b: string): boolean {
  const clean = (s: string) => s.trim().toLowerCase().replace(/\/+$/, '');
  return a !== null && clean(a) === clean(b);
}

export const pickerRoutes: Route[] = [
  { method: 'GET', pattern: '/v1/team-members', handler: listTeamMembers },
  { method: 'POST', pattern: '/v1/jobs/search', handler: searchJobs },
  { method: 'POST', pattern: '/v1/deals/search', handler: searchDeals },
  { method: 'POST', pattern: '/v1/companies/search', handler: searchCompanies },
];
