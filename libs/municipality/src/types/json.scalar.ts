import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

function literalToValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToValue(f.value)]));
    case Kind.LIST:
      return ast.values.map(literalToValue);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.NULL:
      return null;
    default:
      throw new GraphQLError('Variables are not allowed inside a JSON literal');
  }
}

/** A JSON object, for GeoJSON geometries. */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new GraphQLError('JSONObject must be an object');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.OBJECT) throw new GraphQLError('JSONObject must be an object');
    return literalToValue(ast);
  },
});
