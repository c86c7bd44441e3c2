import { CAST, CLOSE, MY_BALLOT, OPEN, PUBLISH, RETRY } from '../utils/budgets.factory';
import { createUsers, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const MARK = `mutation($input: MarkVotedInPersonInput!) { markVotedInPerson(input: $input) }`;
const RECORD = `mutation($input: RecordPaperBallotsInput!) { recordPaperBallots(input: $input) { id } }`;
const BATCHES = `query($id: ID!) { paperBallotBatches(budgetId: $id) { id } }`;

/**
 * A budget id that cannot be one (the arguments and inputs below take any string) answers NOT_FOUND, as an
 * unknown budget, before PostgreSQL sees it (it would refuse the value: VALIDATION_FAILED).
 */
describe('budgets: a malformed budget id', () => {
  let api: TestApi;
  let staff: TestUser;
  let resident: TestUser;
  beforeAll(async () => {
    ({ api, staff } = await startApiWithStaff());
    [resident] = await createUsers(api, 1, { verified: true });
  });
  afterAll(() => api.close());

  const id = 'not-a-budget';

  it.each([
    ['castBallot', () => api.gql.as(resident.token).errorCode(CAST, { input: { budgetId: id, projectIds: [] } })],
    ['myBallot', () => api.gql.as(resident.token).errorCode(MY_BALLOT, { id })],
    ['markVotedInPerson', () => api.gql.as(staff.token).errorCode(MARK, { input: { budgetId: id, censusCode: 'X' } })],
    [
      'recordPaperBallots',
      () => api.gql.as(staff.token).errorCode(RECORD, { input: { budgetId: id, pollingPlace: 'Mairie', ballots: [] } }),
    ],
    ['paperBallotBatches', () => api.gql.as(staff.token).errorCode(BATCHES, { id })],
    ['openVoting', () => api.gql.as(staff.token).errorCode(OPEN, { id })],
    ['closeVoting', () => api.gql.as(staff.token).errorCode(CLOSE, { id })],
    ['publishResult', () => api.gql.as(staff.token).errorCode(PUBLISH, { id })],
    ['retryTally', () => api.gql.as(staff.token).errorCode(RETRY, { id })],
  ])('answers NOT_FOUND to %s', async (_name, request) => {
    expect(await request()).toBe('NOT_FOUND');
  });
});
