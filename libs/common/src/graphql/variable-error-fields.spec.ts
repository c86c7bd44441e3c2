import { variableErrorFields } from './variable-error-fields';

describe('variableErrorFields', () => {
  it('names the field of a value graphql-js could not coerce, in dotted form', () => {
    expect(
      variableErrorFields(
        'Variable "$input" got invalid value "2027-02-30T10:00:00Z" at "input.phases[0].startsAt"; DateTime cannot represent an invalid date-time-string 2027-02-30T10:00:00Z.',
      ),
    ).toEqual([
      {
        field: 'input.phases.0.startsAt',
        messages: ['DateTime cannot represent an invalid date-time-string 2027-02-30T10:00:00Z.'],
      },
    ]);
    expect(
      variableErrorFields('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"'),
    ).toEqual([{ field: 'first', messages: ['Int cannot represent non-integer value: "x"'] }]);
  });

  it('names a missing required variable', () => {
    expect(variableErrorFields('Variable "$input" of required type "CastBallotInput!" was not provided.')).toEqual([
      { field: 'input', messages: ['is required'] },
    ]);
    expect(variableErrorFields('Variable "$id" of non-null type "ID!" must not be null.')).toEqual([
      { field: 'id', messages: ['is required'] },
    ]);
  });

  it('leaves other GraphQL errors alone', () => {
    expect(variableErrorFields('Cannot query field "nope" on type "Query".')).toBeNull();
    expect(variableErrorFields('Syntax Error: Expected Name, found <EOF>.')).toBeNull();
  });
});
