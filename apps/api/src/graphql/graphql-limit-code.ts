/** Codes of the limits on what one GraphQL request may ask for (apps/api/src/graphql), refused before anything runs. */
export const GraphqlLimitCode = {
  QUERY_TOO_LONG: 'QUERY_TOO_LONG',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** An alias inside a list without a page size: it would run once per element, which no estimate can price. */
  ALIAS_IN_LIST: 'ALIAS_IN_LIST',
} as const;
export type GraphqlLimitCode = (typeof GraphqlLimitCode)[keyof typeof GraphqlLimitCode];
