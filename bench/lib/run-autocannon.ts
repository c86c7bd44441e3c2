import autocannon from 'autocannon';
import { processCpuMs } from './process-cpu';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** The server's CPU time per completed request, when its pid was given. */
  cpuMsPerRequest?: number;
}

/** A fixed-duration load on one URL; autocannon runs in this process, the server in another. */
export async function runLoad(options: {
  url: string;
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  serverPid?: number;
}): Promise<LoadResult> {
  const cpuBefore = options.serverPid ? processCpuMs(options.serverPid) : 0;
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'POST',
    body: options.body,
    headers: { 'content-type': 'application/json', ...options.headers },
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(options.serverPid
      ? { cpuMsPerRequest: round2((processCpuMs(options.serverPid) - cpuBefore) / Math.max(1, result.requests.total)) }
      : {}),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
