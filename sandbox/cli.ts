/**
 * `npm run sandbox [-- --port N] [--rate-limit N]`: runs the Stardex sandbox in the foreground.
 * Port: --port, else SANDBOX_PORT, else PORT, else 8787.
 */
import { SANDBOX_DEMO_KEY } from '../lib/config';
import { startSandbox } from './server';

/** The value after `--name` (or in `--name=value`), if given. */
function flag(args: readonly string[], name: string): string | undefined {
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 3);
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
}

function positiveInt(label: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${label} must be an integer ≥ ${min}, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = positiveInt(
    '--port',
    flag(args, 'port') || process.env.SANDBOX_PORT || process.env.PORT,
    8787,
    0,
  );
  const rateLimitPerMinute = positiveInt('--rate-limit', flag(args, 'rate-limit'), 60);
  const sandbox = await startSandbox({ port, rateLimitPerMinute });
  console.log(`Stardex sandbox listening on ${sandbox.url}`);
  console.log(`Demo API key: ${SANDBOX_DEMO_KEY}   (rate limit ${rateLimitPerMinute}/min per key)`);
  console.log(`Admin API: ${sandbox.url}/__admin/state  (see sandbox/README.md)`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
