import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { assertAliasCount } from './alias-limit.rule';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8'));
const TITLES = Array.from({ length: 3 }, (_, i) => `t${i}: title`).join(' ');

function refusal(query: string, maximum = 30): { code: unknown; message: string } | null {
  try {
    assertAliasCount(schema, parse(query), maximum);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, message: error.message };
  }
}

describe('assertAliasCount', () => {
  it('counts every alias written, and refuses past the limit', () => {
    expect(refusal(`{ a: me { id } b: me { id } }`, 2)).toBeNull();
    expect(refusal(`{ a: me { id } b: me { id } c: me { id } }`, 2)).toMatchObject({ code: 'TOO_MANY_ALIASES' });
    // Aliases in a fragment count once, however often it is spread: a fragment spread twice runs once.
    expect(refusal(`{ ...F ...F } fragment F on Query { a: me { id } b: me { id } }`, 2)).toBeNull();
  });

  it('accepts aliases inside a connection, whose page size the complexity estimate multiplies by', () => {
    expect(refusal(`{ budgets(first: 50) { edges { node { ${TITLES} } } } }`)).toBeNull();
  });

  it.each([
    ['in a list', `{ budgets { edges { node { projects { ${TITLES} } } } } }`],
    [
      'in a fragment spread in a list',
      `{ budget(id: "1") { projects { ...P } } } fragment P on BudgetProject { ${TITLES} }`,
    ],
    ['in an inline fragment in a list', `{ voteGroups { ... on VoteGroup { budgets { a: id } } } }`],
    ['on a list field inside a list', `{ voteGroups { budgets { p: projects { id } } } }`],
    [
      'in a fragment first spread outside a list',
      `{ budget(id: "1") { ...B voteGroup { budgets { ...B } } } } fragment B on Budget { a: title }`,
    ],
  ])('refuses an alias %s, which runs once per element', (_label, query) => {
    expect(refusal(query)).toMatchObject({
      code: 'ALIAS_IN_LIST',
      message: expect.stringMatching(/inside the list \w+\.\w+/),
    });
  });

  it('follows fragments spread twice at every level without walking every path', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0 ? `fragment F0 on Budget { a: title }` : `fragment F${i} on Budget { ...F${i - 1} ...F${i - 1} }`,
    ).join(' ');
    const started = process.hrtime.bigint();
    expect(refusal(`{ budget(id: "1") { voteGroup { budgets { ...F${levels - 1} } } } } ${fragments}`)).toMatchObject({
      code: 'ALIAS_IN_LIST',
    });
    // 2^40 paths if each spread were followed: this finishes only because each fragment is walked once.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});
