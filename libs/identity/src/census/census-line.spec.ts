import { CensusLineProblem } from '../types/census-line-problem.enum';
import { censusHeader, parseCensusLine } from './census-line';

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

  it('reads the columns a header names, in any order, French or English; a header-less file is code and district', () => {
    expect(censusHeader('code;district')).toEqual(['code', 'district']);
    expect(censusHeader('code')).toEqual(['code', 'district']);
    expect(censusHeader('"Code" , "District"')).toEqual(['code', 'district']);
    expect(censusHeader('quartier;Année de naissance;code;Électeur')).toEqual([
      'district',
      'birthYear',
      'code',
      'registeredVoter',
    ]);
    expect(censusHeader('code;birth_year;registered_voter')).toEqual(['code', 'birthYear', 'registeredVoter']);
    for (const notHeader of ['AB1234', 'AB1234;Capitole', 'district;birth_year', 'code;code', 'code;constructor'])
      expect(censusHeader(notHeader)).toBeNull();
  });

  it('reads birth years and voter flags under such a header; empty fields say nothing', () => {
    const columns = censusHeader('code;district;annee_naissance;electeur')!;
    expect(parseCensusLine('AB1234;Capitole;2009;non', districts, columns, 2027)).toEqual({
      code: 'AB1234',
      districtId: 'd-capitole',
      birthYear: 2009,
      registeredVoter: false,
    });
    expect(parseCensusLine('AB1234;;1970;OUI', districts, columns, 2027)).toEqual({
      code: 'AB1234',
      birthYear: 1970,
      registeredVoter: true,
    });
    expect(parseCensusLine('AB1234;;;1', districts, columns, 2027)).toEqual({ code: 'AB1234', registeredVoter: true });
    expect(parseCensusLine('AB1234', districts, columns, 2027)).toEqual({ code: 'AB1234' });
  });

  it('refuses impossible birth years and unknown voter flags, saying why', () => {
    const columns = censusHeader('code;birth_year;registered_voter')!;
    const refused: [string, CensusLineProblem][] = [
      ['AB1234;2028;1', CensusLineProblem.INVALID_BIRTH_YEAR],
      ['AB1234;1850;1', CensusLineProblem.INVALID_BIRTH_YEAR],
      ['AB1234;85;1', CensusLineProblem.INVALID_BIRTH_YEAR],
      ['AB1234;1985;peut-être', CensusLineProblem.INVALID_VOTER_FLAG],
      ['AB1234;1985;constructor', CensusLineProblem.INVALID_VOTER_FLAG],
      ['AB1234;1985;1;extra', CensusLineProblem.TOO_MANY_FIELDS],
    ];
    for (const [line, problem] of refused) expect(parseCensusLine(line, districts, columns, 2027)).toBe(problem);
  });
});
