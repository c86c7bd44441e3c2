import { CensusLineProblem } from '../types/census-line-problem.enum';
import { parseCensusLine } from './census-line';

const districts = new Map([
  ['capitole', 'd-capitole'],
  ['rive gauche; sud', 'd-rive'],
  ['saint-cyprien, rive gauche', 'd-cyprien'],
  ['d-capitole', 'd-capitole'],
]);

describe('parseCensusLine', () => {
  it('reads a code alone, with any separator, and a district by name or id', () => {
    expect(parseCensusLine('ab 1234', districts)).toEqual({ code: 'AB1234' });
    expect(parseCensusLine('AB1234;Capitole', districts)).toEqual({ code: 'AB1234', districtId: 'd-capitole' });
    expect(parseCensusLine('AB1234,CAPITOLE ', districts)).toEqual({ code: 'AB1234', districtId: 'd-capitole' });
    expect(parseCensusLine('AB1234\td-capitole', districts)).toEqual({ code: 'AB1234', districtId: 'd-capitole' });
  });

  it('reads a quoted district whose name holds a separator', () => {
    expect(parseCensusLine('"AB1234";"Rive gauche; sud"', districts)).toEqual({ code: 'AB1234', districtId: 'd-rive' });
    expect(parseCensusLine('AB1234,"Saint-Cyprien, Rive gauche"', districts)).toEqual({
      code: 'AB1234',
      districtId: 'd-cyprien',
    });
    expect(parseCensusLine('"AB1234"', districts)).toEqual({ code: 'AB1234' });
  });

  it('refuses unknown districts, extra fields, bad codes, broken quotes and overlong lines, saying why', () => {
    const refused: [string, CensusLineProblem][] = [
      ['AB1234;Atlantis', CensusLineProblem.UNKNOWN_DISTRICT],
      ['AB1234;Capitole;extra', CensusLineProblem.TOO_MANY_FIELDS],
      ['AB1234;Rive gauche; sud', CensusLineProblem.TOO_MANY_FIELDS],
      ['!!', CensusLineProblem.INVALID_CODE],
      ['AB1234;"Capitole', CensusLineProblem.BROKEN_QUOTES],
      [`"${'A'.repeat(2000)}`, CensusLineProblem.LINE_TOO_LONG],
    ];
    for (const [line, problem] of refused) expect(parseCensusLine(line, districts)).toBe(problem);
  });
});
