import { DocumentNode, GraphQLError, visit } from 'graphql';

/**
 * Refuses a document with more aliased fields than the limit. Each alias runs
 * its resolver again: without a limit, one request could try 500 passwords or
 * census codes, cheap as each looks to the complexity estimate.
 */
export function assertAliasCount(document: DocumentNode, maximum: number): void {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias) count++;
    },
  });
  if (count > maximum) {
    throw new GraphQLError(`Too many aliases: ${count} (at most ${maximum})`, {
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
  }
}
