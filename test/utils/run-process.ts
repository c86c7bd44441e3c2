import { spawn } from 'node:child_process';

/** The operator CLI's entry point (`npm run cli`). */
export const CLI = 'apps/cli/src/main.ts';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript entry point as its own Node process, as an operator would. Compiling the CLI at start-up
 * takes tens of seconds on a loaded machine: the default leaves it 90 s (give the test more than that).
 */
export function runTs(
  entry: string,
  args: string[] = [],
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
