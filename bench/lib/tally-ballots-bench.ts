import { runNodeChild } from './node-child';

export type TallyMode = 'streamed' | 'in-memory';

export interface TallyMeasure {
  seconds: number;
  peakRssMb: number;
  winners: string[];
  ballotsDigest: string;
  merkleRoot: string;
  /** Streamed only: how many distinct ballots the merger kept. */
  distinct?: number;
}

export interface TallySize {
  ballots: number;
  streamed: TallyMeasure;
  inMemory: TallyMeasure;
}

/** One budget's tally input in a child process of its own (tally-ballots.child.ts), for its peak RSS. */
export async function tallyChild(url: string, budgetId: string, mode: TallyMode): Promise<TallyMeasure> {
  return runNodeChild<TallyMeasure>('tally-ballots.child.ts', [url, budgetId, mode]);
}

/** Both paths at each size, and whether they agree on everything the tally publishes. */
export async function measureTally(
  url: string,
  budgets: { budgetId: string; ballots: number }[],
): Promise<TallySize[]> {
  const sizes: TallySize[] = [];
  for (const { budgetId, ballots } of budgets)
    sizes.push({
      ballots,
      streamed: await tallyChild(url, budgetId, 'streamed'),
      inMemory: await tallyChild(url, budgetId, 'in-memory'),
    });
  return sizes;
}

export function tallyReport(sizes: TallySize[]): string[] {
  const same = sizes.every(
    ({ streamed: s, inMemory: m }) =>
      s.ballotsDigest === m.ballotsDigest &&
      s.merkleRoot === m.merkleRoot &&
      JSON.stringify(s.winners) === JSON.stringify(m.winners),
  );
  const cell = (m: TallyMeasure): string => `${m.seconds.toFixed(2)} s, ${m.peakRssMb.toFixed(0)} MB`;
  const label = (ballots: number): string => `${ballots.toLocaleString('en')} ballots`;
  return [
    `The tally reads the same ballots (bench/lib/tally-ballots.child.ts, one child process per cell: ballots read, winners under EQUAL_SHARES, the canonical file's SHA-256 and Merkle root; time and peak RSS). The worker's path, \`readTallyInput\`, makes one pass over the same cursor, merging identical ballots (${sizes.map((s) => `${s.streamed.distinct} distinct of ${s.ballots.toLocaleString('en')}`).join(', ')}) and feeding each canonical line to the SHA-256 and to the RFC 6962 tree, kept level by level (32 bytes a node, about 64 bytes a ballot) since the tally stores it for receipts' proofs; the former path read every ballot, then built the whole file to hash it.`,
    '',
    `| path | ${sizes.map((s) => label(s.ballots)).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    `| streamed (\`readTallyInput\`, the worker's) | ${sizes.map((s) => cell(s.streamed)).join(' | ')} |`,
    `| in memory (former: \`read\`, then the whole file) | ${sizes.map((s) => cell(s.inMemory)).join(' | ')} |`,
    '',
    `Digest, Merkle root and winners are ${same ? 'identical' : '**not** identical'} between the two paths at every size.`,
  ];
}
