/** The read-profile CLI: one JSON object on stdout, exit 0 for both kinds, 1 with a message otherwise. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const fixture = (name: string) => resolve(root, 'tests/fixtures/linkedin', name);

function run(...args: string[]) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'scripts/read-profile.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('read-profile CLI', { timeout: 30_000 }, () => {
  it('prints a profile with exactly the schema fields, taking the URL from the page', () => {
    const { status, stdout } = run(fixture('in-profile-2025.html'));
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toStrictEqual([
      'kind',
      'pageKind',
      'fullName',
      'firstName',
      'lastName',
      'headline',
      'location',
      'currentTitle',
      'currentCompany',
      'photoUrl',
      'publicIdentifier',
      'profileUrl',
      'memberUrn',
      'salesNavLeadId',
      'recruiterId',
      'sources',
      'layout',
      'missed',
    ]);
    expect(result.profileUrl).toBe('https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/');
  });

  it('uses --url for ids only the URL carries', () => {
    const url = 'https://www.linkedin.com/sales/lead/ACwAAAAmara01,NAME_SEARCH,Zq9x';
    const { status, stdout } = run(fixture('sales-nav-lead.html'), '--url', url);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'profile', salesNavLeadId: 'ACwAAAAmara01' });
  });

  it('exits 0 with a reason for "not a profile"', () => {
    const { status, stdout } = run(fixture('not-found.html'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'not-a-profile' });
  });

  it('exits 1 with a clear message for an unreadable file or missing argument', () => {
    const missing = run(fixture('does-not-exist.html'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^read-profile: cannot read .*does-not-exist\.html/);
    const usage = run();
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/usage: read-profile <file\.html>/);
  });
});
