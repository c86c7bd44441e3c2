import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isObjectType,
  isRequiredArgument,
} from 'graphql';

export interface Operation {
  /** `Query.name` or `Mutation.name`, as in the authorization matrix. */
  key: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/**
 * The committed schema (`schema.gql`; schema-drift.e2e-spec.ts keeps it equal
 * to the one the API builds), read when Jest collects the tests so that each
 * operation gets its own test.
 */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const roots: [Operation['kind'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({ key: `${root!.name}.${field.name}`, kind, field })),
  );
}

/**
 * The smallest document calling one operation with the given variables:
 * each argument present in `variables` becomes a variable of the argument's
 * type, and object results select only `__typename`.
 */
export function documentFor(operation: Operation, variables: Record<string, unknown>): string {
  const args = operation.field.args.filter((a) => a.name in variables);
  const missing = operation.field.args.filter((a) => isRequiredArgument(a) && !(a.name in variables));
  if (missing.length > 0) throw new Error(`${operation.key}: no value for ${missing.map((a) => a.name).join(', ')}`);
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(operation.field.type)) ? ' { __typename }' : '';
  return `${operation.kind}${declarations ? `(${declarations})` : ''} { ${operation.field.name}${call ? `(${call})` : ''}${selection} }`;
}
