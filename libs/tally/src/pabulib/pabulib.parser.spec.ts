import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import { PABULIB_DATA, PABULIB_FILES } from '../../test/pabulib-data';
import { csvRecords } from './csv-records';
import { PabulibParseError } from './pabulib-parse.error';
import { parsePabulib } from './pabulib.parser';
import { pabulibToProfile } from './pabulib-profile';
import { writePabulib } from './pabulib.writer';
import type { PabulibFile } from './pabulib.types';

const read = (f: string) => readFileSync(join(PABULIB_DATA, f), 'utf8');

const SMALL = [
  'META',
  'key;value',
  'budget;100.5',
  'vote_type;approval',
  'max_length;2',
  'PROJECTS',
  'project_id;cost;name',
  '1;50.25;"Park; ""green"" area"',
  '2;50;Library',
  'VOTES',
  'voter_id;vote;age',
  '10;1,2;30',
  '11;2;',
].join('\n');

function errorOf(text: string): PabulibParseError {
  try {
    parsePabulib(text, { strict: true });
  } catch (e) {
    if (e instanceof PabulibParseError) return e;
    throw e;
  }
  throw new Error('expected a PabulibParseError');
}

describe('parsePabulib', () => {
  it('reads META, PROJECTS and VOTES with quoting and extra columns', () => {
    const f = parsePabulib(SMALL);
    expect(f.meta).toEqual({ budget: '100.5', vote_type: 'approval', max_length: '2' });
    expect(f.projects[0]).toEqual({ id: '1', cost: '50.25', extra: { name: 'Park; "green" area' } });
    expect(f.votes.map((v) => v.projects)).toEqual([['1', '2'], ['2']]);
    expect(f.votes[1].extra).toEqual({ age: '' });
  });

  it('accepts CRLF line endings and a BOM', () => {
    const crlf = '\ufeff' + SMALL.replace(/\n/g, '\r\n') + '\r\n';
    expect(parsePabulib(crlf)).toEqual(parsePabulib(SMALL));
  });

  it('reads cumulative points and ordinal order', () => {
    const cumulative = SMALL.replace('vote_type;approval', 'vote_type;cumulative\nmax_sum_points;5')
      .replace('voter_id;vote;age', 'voter_id;vote;points')
      .replace('10;1,2;30', '10;1,2;3,2')
      .replace('11;2;', '11;2;5');
    expect(parsePabulib(cumulative).votes.map((v) => v.points)).toEqual([[3, 2], [5]]);
    const ordinal = SMALL.replace('vote_type;approval', 'vote_type;ordinal').replace('10;1,2;30', '10;2,1;30');
    expect(parsePabulib(ordinal).votes[0].projects).toEqual(['2', '1']);
  });

  it.each([
    ['no META first', SMALL.replace('META\n', ''), 1, /before any data/],
    ['missing VOTES', SMALL.slice(0, SMALL.indexOf('VOTES')), 9, /missing section VOTES/],
    ['bad cost', SMALL.replace('2;50;Library', '2;fifty;Library'), 9, /cost "fifty"/],
    ['unknown project', SMALL.replace('11;2;', '11;7;'), 13, /unknown project "7"/],
    ['duplicate in vote', SMALL.replace('11;2;', '11;2,2;'), 13, /project "2" twice/],
    ['row width', SMALL.replace('11;2;', '11;2'), 13, /2 fields, the header has 3/],
    ['max_length', SMALL.replace('max_length;2', 'max_length;1'), 12, /lists 2 projects, max_length is 1/],
    ['unterminated quote', SMALL.replace('2;50;Library', '2;50;"Library'), 9, /unterminated/],
    ['missing budget', SMALL.replace('budget;100.5\n', ''), 1, /no "budget"/],
    ['duplicate project', SMALL.replace('2;50;Library', '1;50;Library'), 9, /listed twice/],
    ['vote type', SMALL.replace('vote_type;approval', 'vote_type;quadratic'), 4, /unsupported vote_type/],
    [
      'points mismatch',
      SMALL.replace('vote_type;approval', 'vote_type;cumulative')
        .replace('voter_id;vote;age', 'voter_id;vote;points')
        .replace('10;1,2;30', '10;1,2;3')
        .replace('11;2;', '11;2;1'),
      12,
      /2 projects but 1 points/,
    ],
  ])('reports %s with its line number', (_name, text, line, message) => {
    const e = errorOf(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(new RegExp(`^line ${line}: `));
  });

  it('counts lines inside multi-line quoted fields', () => {
    const text = SMALL.replace('Library', '"Li\nbrary"').replace('11;2;', '11;9;');
    expect(errorOf(text).line).toBe(14);
  });

  it('parses the five real files with their vote counts', () => {
    const counts: Record<string, number> = {};
    for (const f of PABULIB_FILES) counts[f] = parsePabulib(read(f)).votes.length;
    expect(counts).toEqual({
      'Poland_Czestochowa_2020_Rakow.pb': 1162,
      'Poland_Krakow_2018_Bronowice.pb': 1561,
      'Poland_Lodz_2022.pb': 90494,
      'Poland_Warszawa_2019_Brodno.pb': 972,
      'Poland_Wieliczka_2023_Green_Budget.pb': 6586,
    });
  });
});

/** Each irregularity class of published files: a synthetic case (line, voter, rule) and the smallest real file showing it. */
describe('parsePabulib on files as published', () => {
  const cumulative = (votes: string[]) =>
    SMALL.replace('vote_type;approval', 'vote_type;cumulative\nmin_sum_points;3\nmax_sum_points;5')
      .replace('voter_id;vote;age', 'voter_id;vote;points')
      .replace('10;1,2;30\n11;2;', votes.join('\n'));

  it.each([
    ['a project listed twice', SMALL.replace('11;2;', '11;2,2,1;'), 13, '11', 'duplicate_project', /"2" twice/],
    [
      'a vote over max_sum_cost',
      SMALL.replace('max_length;2', 'max_sum_cost;60'),
      12,
      '10',
      'max_sum_cost',
      /costs more than max_sum_cost 60/,
    ],
    ['a vote over max_length', SMALL.replace('max_length;2', 'max_length;1'), 12, '10', 'max_length', /max_length/],
    [
      'fewer points than min_sum_points',
      cumulative(['10;1,2;3,2', '11;2;2']),
      15,
      '11',
      'min_sum_points',
      /gives 2 points in all, min_sum_points is 3/,
    ],
    [
      'a choose-1 vote of two projects',
      SMALL.replace('vote_type;approval', 'vote_type;choose-1').replace('max_length;2\n', ''),
      11,
      '10',
      'choose_1',
      /lists 2 projects in a choose-1 file/,
    ],
  ])('counts %s and warns with line, voter and rule', (_name, text, line, voter, rule, message) => {
    const f = parsePabulib(text);
    expect(f.votes).toHaveLength(2);
    expect(f.warnings).toEqual([{ line, voter, rule, message: expect.stringMatching(message) }]);
    const e = errorOf(text);
    expect([e.line, e.reason]).toEqual([line, f.warnings[0].message]);
  });

  it('counts a project listed twice once, keeping its first position and points', () => {
    const f = parsePabulib(cumulative(['10;1,2,1;1,2,2', '11;2;3']));
    expect(f.votes[0]).toMatchObject({ projects: ['1', '2'], points: [1, 2] });
    expect(pabulibToProfile(f).ballots[0]).toMatchObject({ projects: ['1', '2'], points: [1, 2] });
  });

  it('appends text after a closing quote to the field, as Python csv does', () => {
    const text = SMALL.replace('2;50;Library', '2;50;"Odkupmy" i my; ok');
    expect(() => parsePabulib(text)).toThrow(/4 fields, the header has 3/); // the ';' still separates
    const f = parsePabulib(SMALL.replace('2;50;Library', '2;50;"Odkupmy" i "my"'));
    expect(f.projects[1].extra.name).toBe('Odkupmy i "my"');
    expect(f.warnings).toEqual([
      { line: 9, rule: 'text_after_quote', message: 'text " i \\"my\\"" after a closing quote' },
    ]);
    expect(errorOf(SMALL.replace('2;50;Library', '2;50;"Odkupmy" i my')).line).toBe(9);
  });

  it('reads choose-1 as approval ballots of one project', () => {
    const f = parsePabulib(read('Poland_Zabrze_2021_Konczyce.pb'));
    expect(f.meta.vote_type).toBe('choose-1');
    expect(f.voteType).toBe('approval');
    expect(f.votes).toHaveLength(289);
    expect(f.votes.every((v) => v.projects.length === 1)).toBe(true);
    expect(f.warnings).toEqual([]);
    expect(writePabulib(f)).toContain('vote_type;choose-1');
  });

  it.each([
    [
      'US_Stanford_Dataset_Your_Voice_Your_Choice_Parks_and_Streets-_Seattle_2019_District_3_vote_knapsacks.pb',
      175,
      { duplicate_project: 3 },
      123,
    ],
    ['Poland_Czestochowa_2020_Grabowka.pb', 201, { text_after_quote: 1 }, 29],
    ['Poland_Warszawa_2018_Grochow_Kinowa.pb', 826, { max_sum_cost: 2 }, 837],
    ['Worldwide_Mechanical_Turk_Utilities_3.pb', 74, { min_sum_points: 11 }, 44],
  ])('%s: every ballot counted, irregularities reported, refused with strict', (name, votes, rules, firstLine) => {
    const f = parsePabulib(read(name));
    expect(f.votes).toHaveLength(votes);
    const counts: Record<string, number> = {};
    for (const w of f.warnings) counts[w.rule] = (counts[w.rule] ?? 0) + 1;
    expect(counts).toEqual(rules);
    expect(f.warnings[0].line).toBe(firstLine);
    expect(errorOf(read(name)).line).toBe(firstLine);
  });

  it('marks the ballots over max_sum_cost in Grochów as paper ballots', () => {
    const f = parsePabulib(read('Poland_Warszawa_2018_Grochow_Kinowa.pb'));
    const byVoter = new Map(f.votes.map((v) => [v.voterId, v]));
    expect(f.warnings.map((w) => byVoter.get(w.voter!)!.extra.voting_method)).toEqual(['paper', 'paper']);
  });
});

describe('csvRecords', () => {
  it('agrees with csv-parse on the real files', () => {
    for (const f of PABULIB_FILES.filter((x) => !x.includes('Lodz'))) {
      // Wieliczka mixes CRLF and LF: csv-parse must be told that both end records.
      const expected = csvParse(read(f), {
        delimiter: ';',
        record_delimiter: ['\r\n', '\n'],
        relax_column_count: true,
        bom: true,
        skip_empty_lines: true,
      });
      expect(csvRecords(read(f)).map((r) => r.fields)).toEqual(expected);
    }
  });

  it('agrees with csv-parse on random quoted fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ';', '"', '\n', ' ', 'ł', ','), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.map((x) => `"${x.replace(/"/g, '""')}"`).join(';')).join('\r\n');
        expect(csvRecords(text).map((r) => r.fields)).toEqual(
          csvParse(text, { delimiter: ';', relax_column_count: true }),
        );
      }),
    );
  });
});

describe('writePabulib round trip', () => {
  it.each(PABULIB_FILES)('%s: parse → write → parse is the same file', (f) => {
    const parsed = parsePabulib(read(f));
    const again = parsePabulib(writePabulib(parsed));
    expect(again).toEqual(parsed);
    expect(pabulibToProfile(again)).toEqual(pabulibToProfile(parsed));
  });

  it('holds for random files', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ';', '"', '\n', ' ', 'ó', ','), maxLength: 8 });
    const file = fc
      .record({
        budget: fc.constantFrom('100', '735616.25', '0.5'),
        voteType: fc.constantFrom('approval' as const, 'cumulative' as const, 'ordinal' as const),
        names: fc.array(text, { minLength: 1, maxLength: 5 }),
        votes: fc.array(fc.record({ pick: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), note: text }), {
          maxLength: 6,
        }),
      })
      .map(({ budget, voteType, names, votes }): PabulibFile => {
        const ids = names.map((_, i) => `p${i}`);
        return {
          meta: { description: 'random; "test"', budget, vote_type: voteType },
          voteType,
          projectColumns: ['project_id', 'cost', 'name'],
          projects: names.map((name, i) => ({ id: ids[i], cost: `${i + 1}.5`, extra: { name } })),
          voteColumns:
            voteType === 'cumulative' ? ['voter_id', 'vote', 'points', 'note'] : ['voter_id', 'vote', 'note'],
          votes: votes.map((v, i) => {
            const projects = ids.filter((_, j) => v.pick[j]);
            return {
              voterId: String(i),
              projects,
              ...(voteType === 'cumulative' ? { points: projects.map((_, j) => j + 1) } : {}),
              extra: { note: v.note },
            };
          }),
          warnings: [],
        };
      });
    fc.assert(
      fc.property(file, (f) => {
        expect(parsePabulib(writePabulib(f))).toEqual(f);
      }),
    );
  });
});
