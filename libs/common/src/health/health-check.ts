export type ProbeStatus = 'up' | 'down';

export interface HealthReport {
  /** ok: every probe up; degraded: only optional probes down (still serving); down: a required probe down. */
  status: 'ok' | 'degraded' | 'down';
  checks: Record<string, ProbeStatus>;
}

const PROBE_TIMEOUT_MS = 2000;

function withTimeout(probe: () => Promise<unknown>): Promise<ProbeStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ProbeStatus>((resolve) => {
    timer = setTimeout(() => resolve('down'), PROBE_TIMEOUT_MS);
  });
  const run = probe().then(
    () => 'up' as const,
    () => 'down' as const,
  );
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs every probe at once, each bounded in time, so a hung dependency cannot
 * hang the check. Probes named in `optional` only degrade the status.
 */
export async function checkHealth(
  probes: Record<string, () => Promise<unknown>>,
  optional: string[] = [],
): Promise<HealthReport> {
  const names = Object.keys(probes);
  const results = await Promise.all(names.map((name) => withTimeout(probes[name])));
  const checks = Object.fromEntries(names.map((name, i) => [name, results[i]]));
  const down = names.filter((_, i) => results[i] === 'down');
  const status = down.length === 0 ? 'ok' : down.every((name) => optional.includes(name)) ? 'degraded' : 'down';
  return { status, checks };
}
