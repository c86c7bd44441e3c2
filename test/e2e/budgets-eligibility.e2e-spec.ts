import { CensusHasher } from '@quorum/identity';
import { randomBytes } from 'node:crypto';
import { CAST, createBudget, CREATE_BUDGET } from '../utils/budgets.factory';
import { insertProposals, phasesAround } from '../utils/consultations.factory';
import { createUser, FACTORY_PASSWORD, startApiWithStaff, TestUser } from '../utils/users.factory';
import { IdentityPersonalDataContributor } from '../../libs/identity/src/personal-data/identity-personal-data.contributor';
import { TestApi } from '../utils/test-api';

const IMPORT = `mutation($input: ImportCensusInput!) {
  importCensus(input: $input) { added alreadyPresent malformed refusedLines { line problem } }
}`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const IN_PERSON = `mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`;
const RULES = `query($id: ID!) { budget(id: $id) { population minAge maxAge } }`;

/** Census codes of this test only (each test file has its database; codes stay apart between tests). */
const code = () => `E${randomBytes(6).toString('hex').toUpperCase()}`;
const thisYear = new Date().getUTCFullYear();

describe('who may vote in a budget: ages and population, from the census', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff()));
  afterAll(() => api.close());

  const importCensus = async (csv: string) =>
    (await api.gql.as(staff.token).ok(IMPORT, { input: { csv } })).importCensus;
  /** The account a census code verified (one code, one account: asked again, the same account). */
  const residents = new Map<string, TestUser>();
  const resident = async (censusCode: string): Promise<TestUser> => {
    const known = residents.get(censusCode);
    if (known) return known;
    const user = await createUser(api);
    await api.gql.as(user.token).ok(VERIFY, { input: { censusCode } });
    residents.set(censusCode, { ...user, verified: true });
    return residents.get(censusCode)!;
  };
  const castIn = (user: TestUser, budget: { budgetId: string; projectIds: string[] }) =>
    api.gql.as(user.token).request(CAST, { input: { budgetId: budget.budgetId, projectIds: [budget.projectIds[4]] } });
  const ballots = async (budgetId: string) => {
    const [{ n }] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = $1) + (SELECT count(*)::int FROM budget_participations WHERE budget_id = $1) AS n`,
      [budgetId],
    );
    return n / 2;
  };

  it('keeps importing files without the new columns, and reads birth years and voter flags under a header', async () => {
    const [a, b, c] = [code(), code(), code()];
    expect(await importCensus(`${a}\n${b}\n`)).toMatchObject({ added: 2, malformed: 0 });
    expect(await importCensus(`code;district\n${c};\n`)).toMatchObject({ added: 1, malformed: 0 });
    const [d, e] = [code(), code()];
    const report = await importCensus(
      [
        'code;annee_naissance;electeur',
        `${d};1990;oui`,
        `${e};;`,
        `${a};2010;0`,
        `${code()};${thisYear + 1};1`,
        `${code()};1990;peut-être`,
        `${code()};1990;1;extra`,
      ].join('\n'),
    );
    expect(report).toEqual({
      added: 2,
      alreadyPresent: 1,
      malformed: 3,
      refusedLines: [
        { line: 5, problem: 'INVALID_BIRTH_YEAR' },
        { line: 6, problem: 'INVALID_VOTER_FLAG' },
        { line: 7, problem: 'TOO_MANY_FIELDS' },
      ],
    });
    const facts = async (censusCode: string) => {
      const [row] = await api.db.query(
        `SELECT birth_year AS "birthYear", registered_voter AS "registeredVoter" FROM census_entries WHERE code_hash = $1`,
        [api.app.get(CensusHasher).hash(censusCode)],
      );
      return row;
    };
    expect(await facts(d)).toEqual({ birthYear: 1990, registeredVoter: true });
    expect(await facts(e)).toEqual({ birthYear: null, registeredVoter: null });
    expect(await facts(a)).toEqual({ birthYear: 2010, registeredVoter: false });
    // A later file without the columns keeps what is known.
    expect(await importCensus(`${a}\n`)).toMatchObject({ added: 0, alreadyPresent: 1 });
    expect(await facts(a)).toEqual({ birthYear: 2010, registeredVoter: false });
  });

  it('refuses the too young, the too old and those without a birth year, saying why, and stores nothing', async () => {
    const [young, adult, old, unknown] = [code(), code(), code(), code()];
    await importCensus(
      [
        'code;birth_year',
        `${young};${thisYear - 15}`,
        `${adult};${thisYear - 16}`,
        `${old};${thisYear - 26}`,
        unknown,
      ].join('\n'),
    );
    const youth = await createBudget(api, staff.token, { extra: { minAge: 16, maxAge: 25 } });
    expect((await api.gql.ok(RULES, { id: youth.budgetId })).budget).toEqual({
      population: 'CENSUS_RESIDENTS',
      minAge: 16,
      maxAge: 25,
    });
    const refusal = async (censusCode: string) => (await castIn(await resident(censusCode), youth)).errors?.[0];
    expect((await refusal(young))?.extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'TOO_YOUNG',
      minAge: 16,
      maxAge: 25,
    });
    expect((await refusal(young))?.message).toMatch(/at least 16/);
    expect((await refusal(old))?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'TOO_OLD' });
    expect((await refusal(unknown))?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'AGE_UNKNOWN' });
    expect(await ballots(youth.budgetId)).toBe(0);
    expect(await refusal(adult)).toBeUndefined();
    expect(await ballots(youth.budgetId)).toBe(1);
    // A budget without limits stays open to all of them.
    const everyone = await createBudget(api, staff.token);
    for (const censusCode of [young, old, unknown])
      expect((await castIn(await resident(censusCode), everyone)).errors).toBeUndefined();
  });

  it('keeps a REGISTERED_VOTERS budget to census entries flagged as registered voters', async () => {
    const [voter, notVoter, unsaid] = [code(), code(), code()];
    await importCensus(['code;registered_voter', `${voter};1`, `${notVoter};0`, unsaid].join('\n'));
    const consultation = await createBudget(api, staff.token, { extra: { population: 'REGISTERED_VOTERS' } });
    for (const censusCode of [notVoter, unsaid]) {
      const refused = await castIn(await resident(censusCode), consultation);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'NOT_ELIGIBLE',
        reason: 'NOT_REGISTERED_VOTER',
        population: 'REGISTERED_VOTERS',
      });
    }
    expect((await castIn(await resident(voter), consultation)).errors).toBeUndefined();
    expect(await ballots(consultation.budgetId)).toBe(1);
  });

  it('lets people linked to the area (verified in person, link recorded) vote only where ALSO_LINKED', async () => {
    const linkedCode = code();
    await importCensus(linkedCode);
    const worker = await createUser(api);
    const short = await api.gql.as(staff.token).request(IN_PERSON, {
      input: { userId: worker.id, reason: 'Carte d’identité', censusCode: linkedCode, linkToArea: 'x' },
    });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    await api.gql.as(staff.token).ok(IN_PERSON, {
      input: {
        userId: worker.id,
        reason: 'Carte d’identité',
        censusCode: linkedCode,
        linkToArea: 'Travaille à l’hôpital de la commune : attestation de l’employeur',
      },
    });
    const [row] = await api.db.query(`SELECT link_to_area AS link FROM residency_verifications WHERE user_id = $1`, [
      worker.id,
    ]);
    expect(row.link).toMatch(/^Travaille à l’hôpital/);
    const linkedWorker = { ...worker, verified: true };

    const residentsOnly = await createBudget(api, staff.token);
    expect((await castIn(linkedWorker, residentsOnly)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_RESIDENT',
    });
    const open = await createBudget(api, staff.token, { extra: { population: 'ALSO_LINKED' } });
    expect((await castIn(linkedWorker, open)).errors).toBeUndefined();
    const neighbourCode = code();
    await importCensus(neighbourCode);
    const neighbour = await resident(neighbourCode);
    expect((await castIn(neighbour, open)).errors).toBeUndefined();
    expect(await ballots(residentsOnly.budgetId)).toBe(0);
    expect(await ballots(open.budgetId)).toBe(2);
  });

  it('refuses inconsistent or out-of-range limits when the budget is created', async () => {
    const input = (extra: Record<string, unknown>) => ({
      input: {
        title: 'Budget jeunesse',
        totalAmount: 1000,
        ballotType: 'APPROVAL',
        votingOpensAt: new Date(Date.now() + 3_600_000).toISOString(),
        votingClosesAt: new Date(Date.now() + 7_200_000).toISOString(),
        ...extra,
      },
    });
    for (const [extra, field] of [
      [{ minAge: 26, maxAge: 25 }, 'input.minAge'],
      [{ minAge: -1 }, 'input.minAge'],
      [{ maxAge: 500 }, 'input.maxAge'],
    ] as const) {
      const refused = await api.gql.as(staff.token).request(CREATE_BUDGET, input(extra));
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field }] });
    }
  });

  it('keeps supports in a consultation for registered voters to them, with the same refusals', async () => {
    const staffGql = api.gql.as(staff.token);
    const { createConsultation } = await staffGql.ok(
      `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id population minAge maxAge } }`,
      {
        input: {
          title: 'Consultation locale (article L1112-15)',
          description: 'Les électeurs de la commune sont consultés.',
          phases: phasesAround('SUPPORTS'),
          population: 'REGISTERED_VOTERS',
          minAge: 18,
        },
      },
    );
    expect(createConsultation).toMatchObject({ population: 'REGISTERED_VOTERS', minAge: 18, maxAge: null });
    await staffGql.ok(`mutation($id: ID!) { publishConsultation(id: $id) { id } }`, { id: createConsultation.id });
    const [proposalId] = await insertProposals(api, createConsultation.id, [staff.id], 1);
    const [voter, notVoter, young] = [code(), code(), code()];
    await importCensus(
      ['code;birth_year;registered_voter', `${voter};1980;1`, `${notVoter};1980;0`, `${young};${thisYear - 17};1`].join(
        '\n',
      ),
    );
    const support = async (censusCode: string) =>
      (
        await api.gql
          .as((await resident(censusCode)).token)
          .request(`mutation($id: ID!) { supportProposal(proposalId: $id) { id } }`, { id: proposalId })
      ).errors?.[0]?.extensions;
    expect(await support(notVoter)).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NOT_REGISTERED_VOTER' });
    expect(await support(young)).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'TOO_YOUNG', minAge: 18 });
    expect(await support(voter)).toBeUndefined();
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1`, [
      proposalId,
    ]);
    expect(n).toBe(1);

    // A limit changed alone is checked against the other as stored: refused at its field, nothing changed.
    const update = `mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id minAge maxAge } }`;
    expect(
      (await staffGql.request(update, { input: { id: createConsultation.id, maxAge: 17 } })).errors?.[0].extensions,
    ).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'input.minAge' }] });
    expect(
      (await staffGql.ok(update, { input: { id: createConsultation.id, maxAge: 25 } })).updateConsultation,
    ).toMatchObject({ minAge: 18, maxAge: 25 });
  });

  it('shows the birth year, voter flag and link in the resident’s archive, and forgets them on erasure', async () => {
    const censusCode = code();
    await importCensus(`code;birth_year;registered_voter\n${censusCode};1984;oui`);
    const person = await createUser(api);
    await api.gql.as(staff.token).ok(IN_PERSON, {
      input: {
        userId: person.id,
        reason: 'Carte d’identité vue au guichet',
        censusCode,
        linkToArea: 'Étudie au lycée de la commune : certificat de scolarité',
      },
    });
    const archive = async () =>
      api.db.transaction((manager) => api.app.get(IdentityPersonalDataContributor).collect(manager, person.id));
    const verification = (await archive()).find((section) => section.name === 'verification')!;
    expect(verification.rows).toEqual([
      expect.objectContaining({
        method: 'IN_PERSON',
        birthYear: 1984,
        registeredVoter: true,
        linkToArea: 'Étudie au lycée de la commune : certificat de scolarité',
      }),
    ]);
    await api.gql.as(person.token).ok(`mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`, {
      input: { password: FACTORY_PASSWORD },
    });
    const [row] = await api.db.query(
      `SELECT c.birth_year AS "birthYear", c.registered_voter AS "registeredVoter", v.link_to_area AS link,
              v.census_entry_id IS NOT NULL AS bound
         FROM residency_verifications v JOIN census_entries c ON c.id = v.census_entry_id WHERE v.user_id = $1`,
      [person.id],
    );
    expect(row).toEqual({ birthYear: null, registeredVoter: null, link: null, bound: true });
  });
});
