import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { GraphqlLimitCode } from './graphql-limit-code';

/**
 * Refuses a document with more aliased fields than the limit. Each alias runs
 * its resolver again: without a limit, one request could try 500 passwords or
 * census codes, cheap as each looks to the complexity estimate.
 *
 * An alias inside a list that has no page size (`Budget.projects`, not a
 * connection's `edges`, which the complexity estimate multiplies by `first`) is
 * refused too: it runs once per element, and the estimate counts such a list
 * as one element, so thirty aliases there counted thirty while running tens of
 * thousands of times. Fragments are followed to where they are spread.
 */
export function assertAliasCount(schema: GraphQLSchema, document: DocumentNode, maximum: number): void {
  const { count, inList } = aliasesOf(schema, document);
  if (inList) {
    throw new GraphQLError(
      `Alias "${inList.alias}" is inside the list ${inList.list}, which has no page size: each alias would run once per element. Ask for the field once, without an alias.`,
      { extensions: { code: GraphqlLimitCode.ALIAS_IN_LIST } },
    );
  }
  if (count > maximum) {
    throw new GraphQLError(`Too many aliases: ${count} (at most ${maximum})`, {
      extensions: { code: GraphqlLimitCode.TOO_MANY_ALIASES },
    });
  }
}

interface Aliases {
  count: number;
  /** The first alias found inside a list without a page size, and that list (`Type.field`). */
  inList: { alias: string; list: string } | null;
}

/** Per parsed document: Mercurius reuses the document of a query text it has seen (its parse cache). */
const ALIASES = new WeakMap<DocumentNode, Aliases>();

function aliasesOf(schema: GraphQLSchema, document: DocumentNode): Aliases {
  let found = ALIASES.get(document);
  if (!found) {
    found = { count: 0, inList: null };
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    for (const definition of document.definitions) {
      // Every alias written counts, once, wherever it is (operations not run and unused fragments too).
      if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
        found.count += countAliases(definition.selectionSet);
      }
      if (definition.kind === Kind.OPERATION_DEFINITION && !found.inList) {
        const root = schema.getRootType(definition.operation);
        if (root)
          found.inList = aliasInList({ schema, fragments, seen: new Set() }, definition.selectionSet, root, null);
      }
    }
    ALIASES.set(document, found);
  }
  return found;
}

function countAliases(selectionSet: SelectionSetNode): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD && selection.alias) count++;
    if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet)
      count += countAliases(selection.selectionSet);
  }
  return count;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Fragments already followed, inside a list or not. */
  seen: Set<string>;
}

/** A connection's `edges` hold at most its `first`, which the complexity estimate already multiplies by. */
function isConnectionEdges(type: string, field: string): boolean {
  return type.endsWith('Connection') && field === 'edges';
}

/**
 * The first alias under a list without a page size (`list`: the innermost such list above, null at first).
 * A fragment is followed once inside a list and once outside: `seen` stops the repeats, so that a document
 * of fragments spread twice at each level costs its size, not two to the power of its depth.
 */
function aliasInList(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  list: string | null,
): Aliases['inList'] {
  for (const selection of selectionSet.selections) {
    let found: Aliases['inList'] = null;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias && list) return { alias: selection.alias.value, list };
      const field =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const type = field && getNamedType(field.type);
      if (field && selection.selectionSet && isCompositeType(type)) {
        const unpaged = isListType(getNullableType(field.type)) && !isConnectionEdges(parent.name, field.name);
        found = aliasInList(walk, selection.selectionSet, type, unpaged ? `${parent.name}.${field.name}` : list);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition && walk.schema.getType(selection.typeCondition.name.value);
      found = aliasInList(walk, selection.selectionSet, isCompositeType(condition) ? condition : parent, list);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      const key = `${selection.name.value}:${list ? 'in a list' : 'outside'}`;
      if (!fragment || walk.seen.has(key)) continue;
      walk.seen.add(key);
      const condition = walk.schema.getType(fragment.typeCondition.name.value);
      if (isCompositeType(condition)) found = aliasInList(walk, fragment.selectionSet, condition, list);
    }
    if (found) return found;
  }
  return null;
}
