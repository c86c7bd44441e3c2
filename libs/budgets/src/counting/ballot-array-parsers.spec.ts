import { types } from 'pg';
import { BALLOT_ARRAY_PARSERS } from './ballot-array-parsers';

const UUID_ARRAY = 2951;
const INT4_ARRAY = 1007;

describe('ballot array parsers', () => {
  it.each([
    [UUID_ARRAY, '{}'],
    [UUID_ARRAY, '{0f2c6d4e-1a2b-4c3d-8e9f-001122334455}'],
    [UUID_ARRAY, '{0f2c6d4e-1a2b-4c3d-8e9f-001122334455,ffffffff-1a2b-4c3d-8e9f-001122334455}'],
    [UUID_ARRAY, '{NULL,0f2c6d4e-1a2b-4c3d-8e9f-001122334455}'],
    [INT4_ARRAY, '{}'],
    [INT4_ARRAY, '{5,3,2}'],
    [INT4_ARRAY, '{-1,0,2147483647}'],
    [INT4_ARRAY, '{1,NULL}'],
    [INT4_ARRAY, '[0:1]={1,2}'],
    [1009, '{"a,b",c}'], // text[]: not ours, pg's parser
  ])('parse %s %s as pg does', (oid, text) => {
    expect(BALLOT_ARRAY_PARSERS.getTypeParser(oid, 'text')(text)).toEqual(types.getTypeParser(oid, 'text')(text));
  });
});
