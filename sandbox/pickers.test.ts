import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox } from './test-support';

interface Named {
  id: string;
  name: string;
}

describe('picker searches', () => {
  it('searches jobs by keyword and archive state, with §5.1 fields', async () => {
    const sbx = await startTestSandbox();
    const open = await sbx.post<(Named & Record<string, unknown>)[]>('/v1/jobs/search', {
      is_archived: false,
      limit: 20,
    });
    expect(open.json.data.map((j) => j.name)).not.toContain('Data Engineer (2025)');
    expect(open.json.meta?.total).toBe(4);
    const byKeyword = await sbx.post<(Named & Record<string, unknown>)[]>('/v1/jobs/search', {
      keywords: ['product'],
      sort_by: 'name',
      sort_order: 'asc',
    });
    expect(byKeyword.json.data.map((j) => j.name)).toStrictEqual([
      'Product Designer',
      'Product Manager, Payments',
    ]);
    expect(byKeyword.json.data[0]).toMatchObject({
      id: SEED_IDS.jobs.designer,
      is_archived: false,
      client_company_id: SEED_IDS.companies.globex,
      client_company_name: 'Globex Robotics',
      job_status_name: 'Open',
    });
  });

  it('searches deals, optionally open ones only, with §5.2 fields', async () => {
    const sbx = await startTestSandbox();
    const all = await sbx.post<Named[]>('/v1/deals/search', {});
    expect(all.json.meta?.total).toBe(4);
    const open = await sbx.post<Named[]>('/v1/deals/search', { show_open_deals_only: true });
    expect(open.json.data.map((d) => d.id)).not.toContain(SEED_IDS.deals.hooliLost);
    expect(open.json.meta?.total).toBe(3);
    const kw = await sbx.post<Named[]>('/v1/deals/search', { keywords: ['GLOBEX'] });
    expect(kw.json.data).toStrictEqual([
      expect.objectContaining({
        id: SEED_IDS.deals.globex,
        client_id: SEED_IDS.companies.globex,
        job_ids: [],
        deal_status_id: expect.any(String),
      }),
    ]);
  });

  it('searches companies, clients only when asked, with §5.3 fields', async () => {
    const sbx = await startTestSandbox();
    const clients = await sbx.post<(Named & { is_client: boolean })[]>('/v1/companies/search', {
      is_client: true,
      sort_by: 'name',
      sort_order: 'asc',
    });
    expect(clients.json.data.map((c) => c.name)).toStrictEqual([
      'Globex Robotics',
      'Initech Payments',
      'Northwind Analytics',
    ]);
    expect(clients.json.data.every((c) => c.is_client)).toBe(true);
    const nonClients = await sbx.post<Named[]>('/v1/companies/search', { is_client: false });
    expect(nonClients.json.meta?.total).toBe(2);
    const kw = await sbx.post<Named[]>('/v1/companies/search', { keywords: ['north'], is_client: true });
    expect(kw.json.data).toStrictEqual([
      expect.objectContaining({
        id: SEED_IDS.companies.northwind,
        domain: 'northwind.example',
        owners: [expect.objectContaining({ first_name: 'Dana' })],
      }),
    ]);
  });
});
