import { Role } from '@quorum/access';
import { DEMO_LEGAL } from '../../apps/cli/src/seed/demo-municipality.content';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { createUser, freshCensusCode, startApiWithStaff, TestUser } from '../utils/users.factory';
import { GraphqlResponse } from '../utils/graphql-client';
import { TestApi } from '../utils/test-api';

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }`;
const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;
const IN_PERSON = `mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`;
const SETTINGS = `mutation($input: UpdateMunicipalitySettingsInput!) { updateMunicipalitySettings(input: $input) { name } }`;
const SETTINGS_READ = `{ municipality { name map { tileUrlTemplate attribution } } }`;
const LEGAL_READ = `{ municipality { legal { publisherName publisherAddress publicationDirector hostName hostAddress } } }`;
const LEGAL_OPTIONAL = ['publisherPhone', 'hostPhone', 'dpoName', 'dpoAddress', 'accessibilityAuditor'] as const;
const LEGAL_LISTS = ['accessibilityNonCompliances', 'accessibilityDerogations'] as const;

/** Spaces, tabs and line breaks only: nothing anyone could read. */
const BLANKS = ['   ', '  \n \t\n', '\n\n'];

/** The refusal of blank text: VALIDATION_FAILED at the field, with the given message, and nothing else wrong. */
function expectRefusedAt(result: GraphqlResponse, field: string, message: string): void {
  expect(result.data).toBeNull();
  expect(result.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [{ field, messages: expect.arrayContaining([message]) }],
  });
}

/**
 * Text that is blank once trimmed, where a value is required, is refused like
 * missing text (VALIDATION_FAILED at its field, nothing stored). Markdown bodies
 * keep their leading spaces (an indented block) and are only refused when
 * blank; plain texts are trimmed before validation (@Trimmed), so their length
 * rules count what is stored.
 */
describe('blank text over /graphql', () => {
  let api: TestApi;
  let staff: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    ({ api, staff } = await startApiWithStaff({}, seedCommune));
    author = await createUser(api, { verified: true });
  });
  afterAll(() => api?.close());

  const proposalRow = async (id: string) =>
    (
      await api.db.query(
        `SELECT title, body, address, state, withdrawal_reason AS "withdrawalReason" FROM proposals WHERE id = $1`,
        [id],
      )
    )[0];

  describe('a proposal', () => {
    const valid = (consultationId: string) => ({
      consultationId,
      title: 'Des bancs le long du canal',
      body: 'Six bancs entre deux platanes.',
    });

    it('refuses a body that is blank, on submission and on edition, and stores nothing', async () => {
      const c = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
      for (const body of BLANKS)
        expectRefusedAt(
          await api.gql.as(author.token).request(SUBMIT, { input: { ...valid(c.id), body } }),
          'input.body',
          'must not be blank',
        );
      expect(await api.db.query(`SELECT id FROM proposals WHERE consultation_id = $1`, [c.id])).toEqual([]);

      const { submitProposal } = await api.gql.as(author.token).ok(SUBMIT, { input: valid(c.id) });
      for (const body of BLANKS)
        expectRefusedAt(
          await api.gql.as(author.token).request(UPDATE, { input: { proposalId: submitProposal.id, body } }),
          'input.body',
          'must not be blank',
        );
      expect((await proposalRow(submitProposal.id)).body).toBe('Six bancs entre deux platanes.');
    });

    it('keeps a Markdown body as written, its leading indentation and trailing lines included', async () => {
      const c = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
      const body = '    un bloc de code indenté\n\nPuis *du texte*.\n\n';
      const { submitProposal } = await api.gql.as(author.token).ok(SUBMIT, { input: { ...valid(c.id), body } });
      expect((await proposalRow(submitProposal.id)).body).toBe(body);
      const edited = '  \n  Deux espaces avant.\n';
      await api.gql.as(author.token).ok(UPDATE, { input: { proposalId: submitProposal.id, body: edited } });
      expect((await proposalRow(submitProposal.id)).body).toBe(edited);
    });

    it('stores an address without the spaces around it, on submission and on edition alike', async () => {
      const c = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
      const { submitProposal } = await api.gql
        .as(author.token)
        .ok(SUBMIT, { input: { ...valid(c.id), address: '  2 allée Jules Guesde \t' } });
      expect((await proposalRow(submitProposal.id)).address).toBe('2 allée Jules Guesde');
      await api.gql
        .as(author.token)
        .ok(UPDATE, { input: { proposalId: submitProposal.id, address: ' 3 allée Jules Guesde  ' } });
      expect((await proposalRow(submitProposal.id)).address).toBe('3 allée Jules Guesde');
    });
  });

  describe('a withdrawal', () => {
    it('refuses a reason shorter than 3 characters once trimmed, blank included, and leaves the proposal published', async () => {
      const c = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
      const { submitProposal } = await api.gql.as(author.token).ok(SUBMIT, {
        input: { consultationId: c.id, title: 'Des bancs le long du canal', body: 'Six bancs.' },
      });
      for (const reason of ['    ', ' \n\t\n ', '  ok  '])
        expectRefusedAt(
          await api.gql.as(author.token).request(WITHDRAW, { input: { proposalId: submitProposal.id, reason } }),
          'input.reason',
          'reason must be longer than or equal to 3 characters',
        );
      expect(await proposalRow(submitProposal.id)).toMatchObject({ state: 'PUBLISHED', withdrawalReason: null });

      await api.gql
        .as(author.token)
        .ok(WITHDRAW, { input: { proposalId: submitProposal.id, reason: '  Déjà prévu par la mairie \n' } });
      expect(await proposalRow(submitProposal.id)).toMatchObject({
        state: 'WITHDRAWN',
        withdrawalReason: 'Déjà prévu par la mairie',
      });
    });
  });

  describe('a comment', () => {
    const bodies = async (proposalId: string) =>
      (await api.db.query(`SELECT body FROM proposal_comments WHERE proposal_id = $1`, [proposalId])).map(
        (r: { body: string }) => r.body,
      );

    it('refuses a blank body, as a comment and as a reply, stores nothing, and keeps a body as written', async () => {
      const c = await createConsultation(api, staff.token);
      const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
      for (const body of BLANKS)
        expectRefusedAt(
          await api.gql.as(author.token).request(COMMENT, { input: { proposalId, body } }),
          'input.body',
          'must not be blank',
        );
      expect(await bodies(proposalId)).toEqual([]);

      const body = '  > citée\n\nD’accord.\n';
      const { addComment } = await api.gql.as(author.token).ok(COMMENT, { input: { proposalId, body } });
      expectRefusedAt(
        await api.gql
          .as(staff.token)
          .request(COMMENT, { input: { proposalId, parentId: addComment.id, body: ' \n ' } }),
        'input.body',
        'must not be blank',
      );
      expect(await bodies(proposalId)).toEqual([body]);
    });
  });

  describe("staff's official answer", () => {
    it('refuses a blank answer and stores none, and keeps an answer as written', async () => {
      const c = await createConsultation(api, staff.token);
      const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
      const answers = async () =>
        (await api.db.query(`SELECT answer FROM proposal_answers WHERE proposal_id = $1`, [proposalId])).map(
          (r: { answer: string }) => r.answer,
        );
      for (const answer of BLANKS)
        expectRefusedAt(
          await api.gql.as(staff.token).request(ANSWER, { input: { proposalId, status: 'EVALUATING', answer } }),
          'input.answer',
          'must not be blank',
        );
      expect(await answers()).toEqual([]);

      const answer = '  - étude en cours\n  - réponse en juin\n';
      await api.gql.as(staff.token).ok(ANSWER, { input: { proposalId, status: 'EVALUATING', answer } });
      expect(await answers()).toEqual([answer]);
    });

    it('refuses an answer with control or format characters, as the other bodies do, and stores none', async () => {
      const c = await createConsultation(api, staff.token);
      const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
      const answers = async () =>
        (await api.db.query(`SELECT answer FROM proposal_answers WHERE proposal_id = $1`, [proposalId])).map(
          (r: { answer: string }) => r.answer,
        );
      // A bidi override (shows the text reversed), a zero-width space and a C1 control (NEL): invisible, or
      // showing other than what is stored, in a public text; none of them is a C0 control the API refuses everywhere.
      for (const answer of ['Accepté \u202Ee sous conditions', 'Ac\u200Bcepté', 'Accepté\u0085en juin'])
        expectRefusedAt(
          await api.gql.as(staff.token).request(ANSWER, { input: { proposalId, status: 'EVALUATING', answer } }),
          'input.answer',
          'must be printable text',
        );
      expect(await answers()).toEqual([]);

      // Line breaks, tabs and French typography's narrow no-break space are text.
      const answer = 'Accepté\u202F!\n\n\tTravaux en juin.\r\n';
      await api.gql.as(staff.token).ok(ANSWER, { input: { proposalId, status: 'EVALUATING', answer } });
      expect(await answers()).toEqual([answer]);
    });
  });

  describe('an in-person verification', () => {
    const verifications = async (userId: string) =>
      await api.db.query(
        `SELECT reason, link_to_area AS "linkToArea" FROM residency_verifications WHERE user_id = $1`,
        [userId],
      );

    it('measures its reason and link to the commune without surrounding spaces: blank ones are refused and nothing is stored', async () => {
      const person = await createUser(api);
      const censusCode = await freshCensusCode(api);
      const input = { userId: person.id, censusCode, reason: 'Carte d’identité vue' };
      for (const reason of ['      ', '  \n\t\n  ', '   ab   '])
        expectRefusedAt(
          await api.gql.as(staff.token).request(IN_PERSON, { input: { ...input, reason } }),
          'input.reason',
          'reason must be longer than or equal to 5 characters',
        );
      for (const linkToArea of ['      ', '   ab   '])
        expectRefusedAt(
          await api.gql.as(staff.token).request(IN_PERSON, { input: { ...input, linkToArea } }),
          'input.linkToArea',
          'linkToArea must be longer than or equal to 5 characters',
        );
      expect(await verifications(person.id)).toEqual([]);

      await api.gql.as(staff.token).ok(IN_PERSON, {
        input: { ...input, reason: '  Carte d’identité vue \n', linkToArea: ' travaille à l’hôpital  ' },
      });
      expect(await verifications(person.id)).toEqual([
        { reason: 'Carte d’identité vue', linkToArea: 'travaille à l’hôpital' },
      ]);
    });
  });

  describe('an issue report', () => {
    it('measures its description without surrounding spaces: blank or too short once trimmed is refused and not stored', async () => {
      const reporter = await createUser(api);
      const mine = async () =>
        (await api.db.query(`SELECT description FROM issue_reports WHERE reporter_id = $1`, [reporter.id])).map(
          (r: { description: string }) => r.description,
        );
      for (const description of ['     ', ' \n\t\n ', '   ab   '])
        expectRefusedAt(
          await api.gql.as(reporter.token).request(SUBMIT_REPORT, { input: potholeReport({ description }) }),
          'input.description',
          'description must be longer than or equal to 3 characters',
        );
      expect(await mine()).toEqual([]);

      await api.gql.as(reporter.token).ok(SUBMIT_REPORT, { input: potholeReport({ description: '  Nid profond \n' }) });
      expect(await mine()).toEqual(['Nid profond']);
    });
  });

  describe("the commune's settings", () => {
    const map = {
      tileUrlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Contributeurs OSM',
      minZoom: 10,
      maxZoom: 18,
      boundsMarginMeters: 1000,
    };

    it('measures the name and the map attribution without surrounding spaces: blank ones change nothing', async () => {
      const admin = await createUser(api, { role: Role.ADMIN });
      await api.gql.as(admin.token).ok(SETTINGS, {
        input: { name: '  Toulouse \n', map: { ...map, tileUrlTemplate: ` ${map.tileUrlTemplate}  ` } },
      });
      const before = (await api.gql.ok(SETTINGS_READ)).municipality;
      expect(before).toEqual({
        name: 'Toulouse',
        map: { tileUrlTemplate: map.tileUrlTemplate, attribution: map.attribution },
      });
      for (const name of ['    ', ' \n\t ', '  T  '])
        expectRefusedAt(
          await api.gql.as(admin.token).request(SETTINGS, { input: { name } }),
          'input.name',
          'name must be longer than or equal to 2 characters',
        );
      for (const attribution of ['    ', '  ©  '])
        expectRefusedAt(
          await api.gql.as(admin.token).request(SETTINGS, { input: { map: { ...map, attribution } } }),
          'input.map.attribution',
          'attribution must be longer than or equal to 2 characters',
        );
      expect((await api.gql.ok(SETTINGS_READ)).municipality).toEqual(before);
    });

    it('measures the required names and addresses of the legal notice without surrounding spaces: blank ones change nothing', async () => {
      const admin = await createUser(api, { role: Role.ADMIN });
      const required = [
        ['publisherName', 2],
        ['publisherAddress', 5],
        ['publicationDirector', 2],
        ['hostName', 2],
        ['hostAddress', 5],
      ] as const;
      const padded = Object.fromEntries(required.map(([field]) => [field, ` \t${DEMO_LEGAL[field]}  \n`]));
      await api.gql.as(admin.token).ok(SETTINGS, { input: { legal: { ...DEMO_LEGAL, ...padded } } });
      const stored = (await api.gql.ok(LEGAL_READ)).municipality.legal;
      expect(stored).toEqual(Object.fromEntries(required.map(([field]) => [field, DEMO_LEGAL[field]])));

      for (const [field, min] of required)
        for (const value of ['     ', ' \n\t\n ', `  ${'x'.repeat(min - 1)}  `])
          expectRefusedAt(
            await api.gql.as(admin.token).request(SETTINGS, { input: { legal: { ...DEMO_LEGAL, [field]: value } } }),
            `input.legal.${field}`,
            `${field} must be longer than or equal to ${min} characters`,
          );
      expect((await api.gql.ok(LEGAL_READ)).municipality.legal).toEqual(stored);
    });

    it('stores the optional texts of the legal notice trimmed, and blank ones as absent (null), never as an empty line', async () => {
      const admin = await createUser(api, { role: Role.ADMIN });
      const stored = async () =>
        (await api.db.query(`SELECT legal FROM municipalities`))[0].legal as Record<string, unknown>;
      const filled = { publisherPhone: '05 61 22 29 22', hostPhone: '05 61 00 00 00', dpoName: 'Claire Dupont' };
      const given = {
        ...DEMO_LEGAL,
        ...Object.fromEntries(Object.entries(filled).map(([field, value]) => [field, ` ${value} \t`])),
        dpoAddress: '  \n ',
        accessibilityAuditor: '',
      };
      await api.gql.as(admin.token).ok(SETTINGS, { input: { legal: given } });
      expect(await stored()).toMatchObject({ ...filled, dpoAddress: null, accessibilityAuditor: null });

      for (const blank of [...BLANKS, ''])
        for (const field of LEGAL_OPTIONAL) {
          await api.gql.as(admin.token).ok(SETTINGS, { input: { legal: { ...DEMO_LEGAL, [field]: blank } } });
          expect((await stored())[field]).toBeNull();
        }
    });

    it('refuses a blank item in the lists of the accessibility statement, at the list, and keeps the items trimmed', async () => {
      const admin = await createUser(api, { role: Role.ADMIN });
      const read = `{ municipality { legal { ${LEGAL_LISTS.join(' ')} } } }`;
      const items = ['Cartes interactives', 'Documents PDF anciens'];
      const padded = items.map((item) => `  ${item}\n`);
      await api.gql.as(admin.token).ok(SETTINGS, {
        input: { legal: { ...DEMO_LEGAL, ...Object.fromEntries(LEGAL_LISTS.map((list) => [list, padded])) } },
      });
      const before = (await api.gql.ok(read)).municipality.legal;
      expect(before).toEqual(Object.fromEntries(LEGAL_LISTS.map((list) => [list, items])));

      for (const list of LEGAL_LISTS)
        for (const blank of [...BLANKS, ''])
          expectRefusedAt(
            await api.gql
              .as(admin.token)
              .request(SETTINGS, { input: { legal: { ...DEMO_LEGAL, [list]: [items[0], blank, items[1]] } } }),
            `input.legal.${list}`,
            'must not contain a blank item',
          );
      expect((await api.gql.ok(read)).municipality.legal).toEqual(before);
    });
  });
});
