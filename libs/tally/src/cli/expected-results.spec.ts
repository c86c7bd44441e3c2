import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PABULIB_DATA as DATA } from '../../test/pabulib-data';
import { formatTallyOutput, runTally } from './tally-command';

// Five real elections with pabutools' winners for every rule and option.
const expected: Record<string, { winners: Record<string, string[]> }> = JSON.parse(
  readFileSync(join(DATA, 'expected.json'), 'utf8'),
);

/** "equal-shares-add1 --stop exhaustive" → command options. */
function options(file: string, key: string) {
  const [rule, ...rest] = key.split(' ');
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) flags[rest[i].replace(/^--/, '')] = rest[i + 1];
  return { file: join(DATA, file), rule, ...flags };
}

// Parsing Łódź once per case would dominate the run time; cache file reads.
const cache = new Map<string, string>();
const read = (path: string) => cache.get(path) ?? cache.set(path, readFileSync(path, 'utf8')).get(path)!;

const cases = Object.entries(expected).flatMap(([file, e]) =>
  Object.entries(e.winners).map(([key, winners]) => [file, key, winners] as const),
);

describe('tally command on real Pabulib elections (expected.json)', () => {
  it('covers every file and rule key', () => {
    expect(cases.length).toBe(34);
  });

  it.each(cases)('%s: %s', (file, key, winners) => {
    const output = runTally(options(file, key), read);
    const json = JSON.parse(formatTallyOutput(output, true));
    expect([...json.winners].sort()).toEqual([...winners].sort());
    expect(json.winners).toEqual(output.result.winners);
    expect(typeof json.totalCost).toBe('string');
    expect(json.rule).toBe(key);
  });
});
