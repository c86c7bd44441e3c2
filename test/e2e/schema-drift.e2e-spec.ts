import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSchemaFile } from '../../apps/api/src/graphql/generate-schema-file';
import { SCHEMA_FILE } from '../../apps/api/src/graphql/graphql-options';
import { createTestDatabase, dropTestDatabase } from '../utils/test-database';
import { testConfig } from '../utils/test-config';

describe('committed schema.gql', () => {
  it('matches the schema the code generates (run `npm run schema:write` after changing the API)', async () => {
    const databaseUrl = await createTestDatabase();
    try {
      const generated = await generateSchemaFile(
        testConfig(databaseUrl),
        join(mkdtempSync(join(tmpdir(), 'schema-')), 'schema.gql'),
      );
      expect(generated).toEqual(readFileSync(SCHEMA_FILE, 'utf8'));
    } finally {
      await dropTestDatabase(databaseUrl);
    }
  });
});
