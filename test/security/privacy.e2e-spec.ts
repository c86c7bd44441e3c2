import { Role } from '@quorum/access';
import {
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isEnumType,
  isScalarType,
} from 'graphql';
import { CAST, createBudget, MY_BALLOT } from '../utils/budgets.factory';
import { createUser, createUsers, TestUser } from '../utils/users.factory';
import { CAPITOLE, createOpen311Key, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { committedSchema } from './operations';

/** Every `Parent.field` chain from Query or Mutation that reaches the named type. */
function pathsTo(schema: GraphQLSchema, target: string): string[] {
  const found: string[] = [];
  const walk = (type: GraphQLNamedType, path: string[], seen: Set<string>) => {
    if (type.name === target) {
      found.push(path.join(' > '));
      return;
    }
    if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) return;
    const next = new Set(seen).add(type.name);
    for (const field of Object.values(type.getFields()))
      walk(getNamedType(field.type), [...path, `${type.name}.${field.name}`], next);
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) if (root) walk(root, [], new Set<string>([]));
  return found.sort();
}

/** Every scalar field of a type (one level, recursing into objects), to ask for everything a caller may see. */
function everything(schema: GraphQLSchema, typeName: string, depth = 3): string {
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type)) || depth === 0) return '__typename';
  return Object.values(type.getFields())
    .filter((f) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isScalarType(named) || isEnumType(named)) return f.name;
      if (isUnionType(named)) return null;
      return `${f.name} { ${everything(schema, named.name, depth - 1)} }`;
    })
    .filter(Boolean)
    .join(' ');
}

describe("residents never see another resident's ballot, email or report contact data", () => {
  const schema = committedSchema();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    await seedCommune(api);
    staff = await createUser(api, { role: Role.STAFF });
  });
  afterAll(() => api.close());

  it('exposes email only on User, and User only as the caller themselves', () => {
    const personal = /e-?mail|phone|first_?name|last_?name|contact|password|voter|census_?code|token/i;
    const exposing = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)))
      .flatMap((t) =>
        Object.keys((t as { getFields(): Record<string, unknown> }).getFields())
          .filter((f) => personal.test(f))
          .map((f) => `${t.name}.${f}`),
      );
    // The token is the caller's own session, returned to whoever signed in. The town hall's contact details
    // (legal notice, data protection officer, accessibility contact) are published by law: not a resident's.
    // `Mutation.changePassword` is an operation's name, not a field that shows a password.
    // confirmEmail returns the account to whoever holds the link sent to its address: its owner.
    // A result's explanation speaks of voters only in aggregate: a share of the budget per voter, how many
    // voters have a funded project, how many paid a given amount (never who).
    // ManagedAccount (Query.accounts, ADMIN only) shows admins the address of the accounts whose role they manage.
    // AccountLookupResult (Query.accountLookup, staff, each lookup audited) shows a masked address (u•••@domain)
    // and whether it is confirmed, so that staff verifying a resident in person pick the right account.
    expect(exposing.filter((f) => !f.startsWith('MunicipalityLegal.')).sort()).toEqual([
      'AccountLookupResult.emailConfirmed',
      'AccountLookupResult.emailHint',
      'AuthPayload.token',
      'EqualSharesExplanation.perVoterBudget',
      'ManagedAccount.email',
      'Mutation.changePassword',
      'Mutation.confirmEmail',
      'Mutation.requestPasswordReset',
      'Mutation.resetPassword',
      'OutcomeFigures.votersWithFunded',
      'PaymentLevel.voters',
      'User.email',
      'User.emailConfirmed',
    ]);
    expect(pathsTo(schema, 'User')).toEqual([
      'Mutation.changePassword > AuthPayload.user',
      'Mutation.confirmEmail',
      'Mutation.login > AuthPayload.user',
      'Mutation.register > AuthPayload.user',
      'Mutation.resetPassword > AuthPayload.user',
      'Mutation.updateMyAccount',
      'Mutation.verifyResidency',
      'Query.me',
    ]);
    // Authors appear as PublicAuthor: an id and a display name.
    expect(Object.keys((schema.getType('PublicAuthor') as { getFields(): object }).getFields()).sort()).toEqual([
      'displayName',
      'id',
    ]);
  });

  it('shows a ballot only to its voter (myBallot), or by its secret receipt once published', () => {
    expect(pathsTo(schema, 'MyBallot')).toEqual(['Query.ballotReceipt > BallotInclusion.ballot', 'Query.myBallot']);
    // No query takes someone else's account.
    const byAccount = Object.values(schema.getQueryType()!.getFields()).flatMap((f) =>
      f.args.filter((a) => /user|account|voter|author/i.test(a.name)).map((a) => `${f.name}(${a.name})`),
    );
    expect(byAccount).toEqual([]);
  });

  it('answers null to a resident asking for a budget they did not vote in, even when others did', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const [voter, other] = await createUsers(api, 2, { verified: true });
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    expect((await api.gql.as(voter.token).ok(MY_BALLOT, { id: budgetId })).myBallot.projectIds).toEqual([
      projectIds[0],
    ]);
    expect((await api.gql.as(other.token).ok(MY_BALLOT, { id: budgetId })).myBallot).toBeNull();
    expect((await api.gql.as(staff.token).ok(MY_BALLOT, { id: budgetId })).myBallot).toBeNull();
    expect(await api.gql.errorCode(MY_BALLOT, { id: budgetId })).toBe('UNAUTHENTICATED');
    // Before publication a receipt proves nothing to anyone.
    const { castBallot } = await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[1]] } });
    const receipt = await api.gql.request(`query($r: String!) { ballotReceipt(receipt: $r) { budgetId } }`, {
      r: castBallot.receipt,
    });
    expect(receipt.data).toBeNull();
    expect(receipt.errors?.[0].extensions?.code).toBeDefined();
  });

  it("never returns a reporter's email, name or phone, through GraphQL or Open311, to anyone", async () => {
    const [reporter, other] = await createUsers(api, 2);
    const email = 'reporter.secret@example.org';
    const submit = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
    const input = { categoryCode: 'graffiti', description: 'Tag sur la fontaine', ...CAPITOLE, email };
    const anonymous = (await api.gql.ok(submit, { input })).submitIssueReport.id;
    const signedIn = (await api.gql.as(reporter.token).ok(submit, { input })).submitIssueReport.id;
    const apiKey = await createOpen311Key(api);
    const form = new URLSearchParams({
      api_key: apiKey,
      service_code: 'graffiti',
      lat: String(CAPITOLE.latitude),
      long: String(CAPITOLE.longitude),
      description: 'Tag via une application',
      email: 'open311.secret@example.org',
      first_name: 'Secretfirst',
      last_name: 'Secretlast',
      phone: '+33 6 99 88 77 66',
    });
    const posted = await fetch(`${api.url}/open311/v2/requests.json`, { method: 'POST', body: form });
    expect(posted.status).toBe(201);
    const [{ service_request_id: viaOpen311 }] = (await posted.json()) as { service_request_id: string }[];
    const secrets = [email, 'open311.secret', 'Secretfirst', 'Secretlast', '99 88 77', reporter.email];

    const fields = everything(schema, 'IssueReport');
    const seen: unknown[] = [];
    for (const token of [undefined, other.token, reporter.token, staff.token]) {
      const gql = api.gql.as(token);
      for (const id of [anonymous, signedIn, viaOpen311]) {
        const report = await gql.request(`query($id: ID!) { issueReport(id: $id) { ${fields} } }`, { id });
        expect(report.errors).toBeUndefined();
        seen.push(report);
      }
      seen.push(
        await gql.request(
          `query { nearbyReports(latitude: ${CAPITOLE.latitude}, longitude: ${CAPITOLE.longitude}) { ${fields} } }`,
        ),
      );
      seen.push(await gql.request(`{ myReports { ${fields} } }`));
      seen.push(await gql.request(`{ triageReports(first: 50) { edges { node { ${fields} } } } }`));
    }
    for (const path of ['requests.json?extensions=true', 'requests.xml?extensions=true', 'servicerequestupdates.json'])
      seen.push(await (await fetch(`${api.url}/open311/v2/${path}`)).text());
    const text = JSON.stringify(seen);
    for (const secret of secrets) expect(text).not.toContain(secret);
    // The reports were there to be seen: staff triage all three, and each resident lists only their own.
    expect(text).toContain(viaOpen311);
    const mine = async (user: TestUser) =>
      ((await api.gql.as(user.token).ok(`{ myReports { id } }`)).myReports as { id: string }[]).map((r) => r.id);
    expect(await mine(reporter)).toEqual([signedIn]);
    expect(await mine(other)).toEqual([]);
  });
});
