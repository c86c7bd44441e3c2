import { DocumentNode, GraphQLError, visit } from 'graphql';

/**
 * Refuses a document with more aliased fields than the limit. Each alias runs
 * its resolver again: without a limit, one request could try 500 passwords or
 * census codes, cheap as each looks to the complexity estimate.
 */
export function assertAliasCount(document: DocumentNode, maximum: number): void {
  const count = aliasCount(document);
  if (count > maximum) {
    throw new GraphQLError(`Too many aliases: ${count} (at most ${maximum})`, {
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
  }
}

/** Per parsed document: Mercurius reuses the document of a query text it has seen (its parse cache). */
const COUNTS = new WeakMap<DocumentNode, number>();

function aliasCount(document: DocumentNode): number {
  let count = COUNTS.get(document);
  if (count === undefined) {
    count = 0;
    visit(document, {
      Field(node) {
        if (node.alias) count!++;
      },
    });
    COUNTS.set(document, count);
  }
  return count;
}
