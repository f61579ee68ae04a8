import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it, onTestFinished } from 'vitest';

/** Runs `tsx sandbox/cli.ts …args` and resolves with the child once the banner line is out. */
async function startCli(args: string[]): Promise<{ child: ChildProcess; url: string; lines: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, SANDBOX_PORT: '', PORT: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  onTestFinished(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
  const lines: string[] = [];
  const banner = new Promise<string>((resolve, reject) => {
    const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    reader.on('line', (line) => {
      lines.push(line);
      const match = line.match(/^Stardex sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`the CLI exited without a banner: ${lines.join('\n')}`)));
  });
  return { child, url: await banner, lines };
}

describe('npm run sandbox', () => {
  it('prints the URL and demo key, honours --rate-limit, logs a line per request', async () => {
    const { url, lines } = await startCli(['--port', '0', '--rate-limit', '7']);
    const res = await fetch(`${url}/v1/team-members`, { headers: { Authorization: 'Bearer sbx_demo_key' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('7');
    await expect.poll(() => lines.some((l) => l.includes('GET /v1/team-members → 200'))).toBe(true);
    expect(lines.some((l) => l.includes('sbx_demo_key'))).toBe(true);
  }, 20_000);
});
