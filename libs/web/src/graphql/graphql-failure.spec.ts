import { GraphQLError } from 'graphql';
import { refusedVariables, toFailure } from './graphql-failure';

/** What Mercurius throws when a variable does not fit its type (MER_ERR_GQL_VALIDATION, the errors attached). */
function mercuriusRefusal(...messages: string[]): Error {
  return Object.assign(new Error('Graphql validation error'), {
    code: 'MER_ERR_GQL_VALIDATION',
    statusCode: 400,
    errors: messages.map((m) => new GraphQLError(m)),
  });
}

describe('refusedVariables', () => {
  it('turns text given for an Int into a validation failure at the field it was typed in', () => {
    const refusal = mercuriusRefusal(
      'Variable "$input" got invalid value "abc" at "input.cost"; Int cannot represent non-integer value: "abc"',
      'Variable "$input" got invalid value "99999999999999999999" at "input.limits[1].max"; Int cannot represent non 32-bit signed integer value: "99999999999999999999"',
    );
    const failures = refusedVariables(refusal).errors.map(toFailure);
    expect(failures.map((f) => [f.code, f.fields.map((e) => e.field)])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', ['input.cost']],
      ['GRAPHQL_VALIDATION_FAILED', ['input.limits.1.max']],
    ]);
  });

  it('lets any other error through, for the error page', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(() => refusedVariables(down)).toThrow(down);
    const foreign = Object.assign(new Error('odd'), { errors: [new Error('not GraphQL')] });
    expect(() => refusedVariables(foreign)).toThrow(foreign);
    expect(() => refusedVariables(null)).toThrow();
  });
});
