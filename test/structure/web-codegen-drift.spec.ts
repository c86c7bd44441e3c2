import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTs } from '../utils/run-process';

const GRAPHQL_DIR = join(__dirname, '../../libs/web/src/graphql');

describe('committed GraphQL types of the website', () => {
  it('match the documents and schema.gql (run `npm run web:codegen` after changing either)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'web-codegen-'));
    // In its own process, as `npm run web:codegen` runs (the CLI's ES modules do not load under Jest).
    const result = await runTs(
      join(GRAPHQL_DIR, 'scripts/codegen.ts'),
      [out],
      { PATH: process.env.PATH ?? '' },
      120_000,
    );
    expect(result.stderr).toBe('');
    const committed = join(GRAPHQL_DIR, 'generated');
    expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort());
    for (const file of readdirSync(out)) {
      expect({ file, content: readFileSync(join(committed, file), 'utf8') }).toEqual({
        file,
        content: readFileSync(join(out, file), 'utf8'),
      });
    }
  });
});
