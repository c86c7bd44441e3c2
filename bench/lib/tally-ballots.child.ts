// Child process of bench/export.bench.ts: what the tally worker computes from
// one budget's ballots (winners under the budget's rule and GREEDY, the
// canonical file's SHA-256 and Merkle root), alone in its process for its
// peak RSS. `streamed`: the worker's path (readTallyInput: one cursor pass,
// identical ballots merged, digest and root fed line by line); `in-memory`:
// the former path (every ballot read, then the whole canonical file built).
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@quorum/database';
import { WORKER_ENTITIES } from '../../apps/worker/src/worker.entities';
import { BudgetBallotsReader } from '../../libs/budgets/src/counting/budget-ballots.reader';
import {
  ballotsMerkleRoot,
  computeMergedResults,
  computeResults,
} from '../../libs/budgets/src/counting/budget-tally.service';
import { canonicalBallotsFile, sha256Hex } from '../../libs/budgets/src/counting/canonical-ballots-file';
import { readTallyInput } from '../../libs/budgets/src/counting/tally-input.reader';

async function streamed(reader: BudgetBallotsReader, budgetId: string) {
  const { budget, projects, ballots, proofs } = await readTallyInput(reader, budgetId);
  const { main } = computeMergedResults(budget, projects, ballots);
  return { winners: main.winners, distinct: ballots.length, ...proofs };
}

async function inMemory(reader: BudgetBallotsReader, budgetId: string) {
  const { budget, projects, ballots } = await reader.read(budgetId);
  const { main } = computeResults(budget, projects, ballots);
  const file = canonicalBallotsFile(budget, projects, ballots);
  return { winners: main.winners, ballotsDigest: sha256Hex(file), merkleRoot: ballotsMerkleRoot(file) };
}

async function main(url: string, budgetId: string, mode: string): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url, WORKER_ENTITIES, 2)).initialize();
  const reader = new BudgetBallotsReader(dataSource);
  const started = performance.now();
  const result = await (mode === 'in-memory' ? inMemory(reader, budgetId) : streamed(reader, budgetId));
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, peakRssMb, ...result }));
  await dataSource.destroy();
}

void main(process.argv[2], process.argv[3], process.argv[4] ?? 'streamed');
