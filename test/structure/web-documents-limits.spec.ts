import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { assertAliasCount } from '../../apps/api/src/graphql/alias-limit.rule';
import * as webDocuments from '../../libs/web/src/graphql/generated/graphql';
import { EnvironmentVariables } from '../../libs/config/src/environment.schema';

/**
 * The website runs its documents through the API's request limits (WebGraphql): none may be refused by the
 * alias rule, or its page would fail for everyone. Aliases inside a list without a page size are refused
 * (ALIAS_IN_LIST), so a page that wants one must page through a connection instead.
 */
describe("the website's GraphQL documents", () => {
  it('pass the alias rule at its default limit', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
    const maximum = new EnvironmentVariables().GRAPHQL_MAX_ALIASES;
    const documents = Object.entries(webDocuments).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(50);
    const refused = documents.flatMap(([name, document]) => {
      try {
        assertAliasCount(schema, parse(String(document)), maximum);
        return [];
      } catch (error) {
        return [`${name}: ${(error as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  });
});
