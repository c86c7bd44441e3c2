import { ChildProcess, fork } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { writePerformanceSection } from './lib/performance-doc';
import { LoadResult, runLoad } from './lib/run-autocannon';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const QUERY = JSON.stringify({ query: '{ items { id title supportCount } }' });

function startServer(kind: string, port: number): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'graphql-driver', 'bench-server.ts'), [kind, String(port)], {
    execArgv: ['-r', '@swc-node/register'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function measure(kind: string, port: number): Promise<LoadResult> {
  const server = await startServer(kind, port);
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    await runLoad({ url, body: QUERY, connections: CONNECTIONS, seconds: 2 }); // warm-up
    return await runLoad({ url, body: QUERY, connections: CONNECTIONS, seconds: SECONDS });
  } finally {
    server.kill();
  }
}

async function main(): Promise<void> {
  const results: Record<string, LoadResult> = {};
  for (const [kind, port] of [
    ['plain', 4101],
    ['mercurius', 4102],
    ['mercurius-jit', 4104],
    ['apollo', 4103],
  ] as const) {
    results[kind] = await measure(kind, port);
    process.stdout.write(`${kind}: ${JSON.stringify(results[kind])}\n`);
  }
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors + r.non2xx} | ${Math.round((100 * r.requestsPerSecond) / results.plain.requestsPerSecond)} % |`;
  writePerformanceSection(
    'HTTP platform and GraphQL driver',
    `Measured with \`npm run bench:graphql-driver\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}: the query \`{ items { id title supportCount } }\` (20 items, no database) over HTTP, ${CONNECTIONS} connections, ${SECONDS} s after a 2 s warm-up; each server in its own process, autocannon in another.

| server | requests/s | p50 ms | p99 ms | errors | of plain Fastify |
|---|---:|---:|---:|---:|---:|
${row('plain Fastify handler (baseline, no GraphQL)', results.plain)}
${row('NestJS + Fastify + Mercurius', results.mercurius)}
${row('NestJS + Fastify + Mercurius, graphql-jit after 1st run', results['mercurius-jit'])}
${row('NestJS + Fastify + Apollo Server', results.apollo)}

Choice: **Fastify with Mercurius** (${(results.mercurius.requestsPerSecond / results.apollo.requestsPerSecond).toFixed(1)}× Apollo's throughput here). Mercurius caches parsed and validated queries and runs on Fastify's own request pipeline.

graphql-jit (Mercurius' \`jit\` option) compiles a query to a JavaScript function and measured ${(results['mercurius-jit'].requestsPerSecond / results.mercurius.requestsPerSecond).toFixed(1)}× plain Mercurius here, but it is **off** in the API: from the second run of a query it no longer applies input-object default values (found by the budgets tests), and a vote must not depend on that. Worth another look when graphql-jit fixes it.`,
  );
}

void main();
