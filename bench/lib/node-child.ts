import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

let compiled: Promise<string> | undefined;

/**
 * Bench children run as the worker runs in production: plain Node on code
 * compiled with the project's SWC config, not under @swc-node/register, whose
 * in-process compiler adds some 75 MB of RSS to whatever a child measures.
 * Compiled once per bench run, under node_modules/.cache so that the compiled
 * files resolve their packages from the project's node_modules.
 */
function compiledBench(): Promise<string> {
  compiled ??= (async () => {
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const out = mkdtempSync(join(cache, 'quorum-bench-'));
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    const ignore = '**/*.spec.ts,**/*.int-spec.ts,**/*.e2e-spec.ts';
    await run(
      join(ROOT, 'node_modules', '.bin', 'swc'),
      ['bench/lib', 'libs', 'apps/worker/src', '-d', out, '--ignore', ignore, '--quiet'],
      {
        cwd: ROOT,
      },
    );
    return out;
  })();
  return compiled;
}

/** Runs bench/lib/`script` (compiled) in a child Node process and parses the JSON line it prints. */
export async function runNodeChild<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const file = join(await compiledBench(), 'bench', 'lib', script.replace(/\.ts$/, '.js'));
  const { stdout } = await run(process.execPath, [...nodeFlags, file, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as T;
}
