import { Role } from '@quorum/access';
import { CAST, CLOSE, createBudget, PUBLISH } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, createUsers } from '../utils/users.factory';
import { seedCommune } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { insertTrackedItem } from '../utils/tracking.factory';
import { MatrixSeed, reportInput } from './authorization-matrix';
import { waitFor } from '../utils/wait-for';

const STATUS = `query($id: ID!) { budget(id: $id) { status tallyError } }`;

/** The rows every matrix call can point at; tallied budgets need a running worker (skip them with `tally: false`). */
export async function seedMatrix(api: TestApi, { tally = true } = {}): Promise<MatrixSeed> {
  await seedCommune(api);
  const staff = await createUser(api, { role: Role.STAFF });
  const author = await createUser(api);
  const gql = api.gql.as(staff.token);

  const proposals = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
  const supports = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
  const [proposalId] = await insertProposals(api, proposals.id, [author.id], 1);
  const [supportableProposalId] = await insertProposals(api, supports.id, [author.id], 1);

  const openBudget = await createBudget(api, staff.token, { costs: [100, 200] });
  const draftBudget = await createBudget(api, staff.token, { open: false, costs: [100, 200] });

  // Three budgets voted in and closed; the worker tallies them. One is published (for ballotReceipt).
  const voters = await createUsers(api, 1, { verified: true });
  const tallied: string[] = [];
  let publishedReceipt = '';
  for (let i = 0; i < (tally ? 3 : 0); i++) {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: [100, 200] });
    const { castBallot } = await api.gql
      .as(voters[0].token)
      .ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    await gql.ok(CLOSE, { id: budgetId });
    tallied.push(budgetId);
    publishedReceipt = castBallot.receipt;
  }
  for (const id of tallied) {
    await waitFor(
      async () => ((await gql.ok(STATUS, { id })).budget.status === 'TALLIED' ? true : undefined),
      30_000,
      `tally of ${id}`,
    );
  }
  if (tally) await gql.ok(PUBLISH, { id: tallied.pop() });

  const { submitIssueReport } = await api.gql.ok(
    `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
    { input: reportInput() },
  );

  return {
    api,
    staff,
    author,
    proposalsConsultationId: proposals.id,
    supportsConsultationId: supports.id,
    proposalId,
    supportableProposalId,
    openBudget,
    draftBudget,
    talliedBudgetIds: tallied,
    publishedReceipt,
    reportId: submitIssueReport.id,
    trackedItemId: await insertTrackedItem(api),
  };
}
