import { Connection } from './connection.type';

/** The same page with each node turned into what the API shows (a GraphQL type from an entity or row). */
export function mapConnection<T, U>(page: Connection<T>, toNode: (node: T) => U): Connection<U> {
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })) };
}
