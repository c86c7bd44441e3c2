import { Role } from '@quorum/access';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, FACTORY_PASSWORD, TestUser } from '../utils/users.factory';

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const CREATE_GROUP = `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;

/** The fields the summary at the top of a refused form links to. */
const summaryLinks = (html: string): string[] =>
  [...(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '').matchAll(/href="#([^"]+)"/g)].map(
    (m) => m[1],
  );

/**
 * Text typed with surrounding spaces, or only spaces, posted as a browser
 * without JavaScript posts it. The website does not trim on its own: its
 * mutations run in-process through the API's validation pipe, so the API's
 * @Trimmed fields are trimmed for both alike, and what the API keeps as sent
 * the website keeps as sent too. A required field of spaces only is refused
 * at the field with the message of an empty one, before the API is called.
 */
describe('website: text with surrounding whitespace is stored as through the API', () => {
  let web: WebApp;
  let consultationId: string;
  let staff: TestUser;

  beforeAll(async () => {
    web = await startWebApp();
    staff = await createUser(web.api, { role: Role.STAFF });
    consultationId = (await createConsultation(web.api, staff.token, { open: 'PROPOSALS' })).id;
  });

  afterAll(async () => web?.close());

  async function signedIn(user: TestUser): Promise<SiteClient> {
    const site = new SiteClient(web.api.url);
    expect((await site.post('/connexion', { email: user.email, password: FACTORY_PASSWORD })).status).toBe(303);
    return site;
  }

  const newProposal = () => `/consultations/${consultationId}/propositions/nouvelle`;
  const stored = async (authorId: string) =>
    (await web.api.db.query(`SELECT title, body, address FROM proposals WHERE author_id = $1`, [authorId])) as {
      title: string;
      body: string;
      address: string | null;
    }[];

  describe('a resident submitting a proposal', () => {
    const typed = {
      title: '   Des bancs à l’ombre le long du canal \t ',
      body: '  Installer **six bancs** entre deux platanes.\n\n',
      address: ' 2 allée Jules Guesde  ',
    };

    it('stores what the API stores for the same input', async () => {
      const [onSite, throughApi] = [
        await createUser(web.api, { verified: true }),
        await createUser(web.api, { verified: true }),
      ];
      const site = await signedIn(onSite);
      const response = await site.post(newProposal(), { ...typed, categoryId: '', districtId: '', action: 'publish' });
      expect(response.status).toBe(303);
      await web.api.gql.as(throughApi.token).ok(SUBMIT, { input: { consultationId, ...typed } });

      const [fromSite] = await stored(onSite.id);
      expect(fromSite).toEqual((await stored(throughApi.id))[0]);
      // The API trims the title (@Trimmed) and the address; it keeps the Markdown body as written.
      expect(fromSite).toEqual({
        title: 'Des bancs à l’ombre le long du canal',
        body: typed.body,
        address: '2 allée Jules Guesde',
      });
    });

    it('measures the title without its spaces, as the API does, and shows it again as typed', async () => {
      const resident = await createUser(web.api, { verified: true });
      // 16 characters with its spaces, 5 without: under the 10 the API asks for.
      const title = '     Bancs      ';
      const refusal = await web.api.gql
        .as(resident.token)
        .request(SUBMIT, { input: { consultationId, title, body: 'Des bancs.' } });
      expect(refusal.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.title' }],
      });

      const site = await signedIn(resident);
      const response = await site.post(newProposal(), { title, body: 'Des bancs.', action: 'publish' });
      expect(response.status).toBe(400);
      expect(summaryLinks(response.html)).toEqual(['title']);
      expect(response.html).toContain('Le titre doit compter entre 10 et 150 caractères imprimables');
      expect(response.html).toMatch(new RegExp(`<input[^>]*id="title"[^>]*value="${title}"`));
      expect(response.html).toMatch(/<input[^>]*id="title"[^>]*aria-invalid="true"/);
      expect(await stored(resident.id)).toEqual([]);
    });

    it('refuses a title of spaces only with the message of an empty one, at its field', async () => {
      const resident = await createUser(web.api, { verified: true });
      const site = await signedIn(resident);
      const empty = await site.post(newProposal(), { title: '', body: 'Des bancs.', action: 'publish' });
      const blank = await site.post(newProposal(), { title: ' \t  ', body: 'Des bancs.', action: 'publish' });
      for (const response of [empty, blank]) {
        expect(response.status).toBe(400);
        expect(summaryLinks(response.html)).toEqual(['title']);
        expect(response.html).toContain('Saisissez le titre de votre proposition');
        expect(response.html).not.toContain('Le titre doit compter entre 10 et 150');
      }
      expect(blank.html).toMatch(/<input[^>]*id="title"[^>]*value=" \t {2}"/);
      expect(await stored(resident.id)).toEqual([]);
    });
  });

  describe('staff creating a vote group', () => {
    const groups = async (title: string): Promise<number> =>
      (await web.api.db.query(`SELECT count(*)::int AS n FROM budget_vote_groups WHERE title = $1`, [title]))[0].n;

    it('stores the name the API stores for the same input', async () => {
      const site = await signedIn(staff);
      const response = await site.post('/gestion/budgets/groupes', {
        title: '  Quartiers nord et sud \t',
        rule: 'EXACTLY_ONE',
        maxBudgets: '',
      });
      expect(response.status).toBe(303);
      await web.api.gql
        .as(staff.token)
        .ok(CREATE_GROUP, { input: { title: ' Quartiers nord et sud  ', rule: 'EXACTLY_ONE' } });
      expect(await groups('Quartiers nord et sud')).toBe(2);
    });

    it('measures the name without its spaces, and refuses one of spaces only as an empty one', async () => {
      const site = await signedIn(staff);
      const before = (await web.api.db.query(`SELECT count(*)::int AS n FROM budget_vote_groups`))[0].n;
      // Two letters between spaces: under the API's 3.
      const short = await site.post('/gestion/budgets/groupes', { title: '   ab   ', rule: 'EXACTLY_ONE' });
      expect(short.status).toBe(400);
      expect(summaryLinks(short.html)).toEqual(['title']);
      expect(short.html).toContain('Le nom doit faire de 3 à 200 caractères');
      expect(short.html).toMatch(/<input[^>]*id="title"[^>]*value=" {3}ab {3}"/);

      const blank = await site.post('/gestion/budgets/groupes', { title: '    ', rule: 'EXACTLY_ONE' });
      expect(blank.status).toBe(400);
      expect(summaryLinks(blank.html)).toEqual(['title']);
      expect(blank.html).toContain('Saisissez le nom du groupe');
      expect((await web.api.db.query(`SELECT count(*)::int AS n FROM budget_vote_groups`))[0].n).toBe(before);
    });
  });

  describe("staff answering a proposal (the official answer's Markdown)", () => {
    const answerOf = async (proposalId: string): Promise<string[]> =>
      (await web.api.db.query(`SELECT answer FROM proposal_answers WHERE proposal_id = $1`, [proposalId])).map(
        (row: { answer: string }) => row.answer,
      );
    // An indented code block first, a hard line break (two trailing spaces), and the line breaks a textarea sends.
    const answer = '    rue Alsace-Lorraine : 12 bancs\r\n\r\nÉtude en cours,  \r\nréponse en juin.\r\n\r\n';

    it('stores the answer exactly as sent, as the API does for the same input', async () => {
      const author = await createUser(web.api, { verified: true });
      const [onSite, throughApi] = await insertProposals(web.api, consultationId, [author.id], 2);
      const site = await signedIn(staff);
      const response = await site.post(
        `/gestion/propositions/${onSite}/reponse`,
        { status: 'EVALUATING', answer, publish: 'true' },
        { formPath: `/gestion/propositions/${onSite}` },
      );
      expect(response.status).toBe(303);
      await web.api.gql
        .as(staff.token)
        .ok(ANSWER, { input: { proposalId: throughApi, status: 'EVALUATING', answer, publish: true } });
      expect(await answerOf(onSite)).toEqual([answer]);
      expect(await answerOf(throughApi)).toEqual([answer]);
    });

    it('refuses an answer of spaces and line breaks only at its field, as an empty one, and stores none', async () => {
      const author = await createUser(web.api, { verified: true });
      const [proposalId] = await insertProposals(web.api, consultationId, [author.id], 1);
      const site = await signedIn(staff);
      const blank = await site.post(
        `/gestion/propositions/${proposalId}/reponse`,
        { status: 'EVALUATING', answer: '   \r\n\t\r\n', publish: 'true' },
        { formPath: `/gestion/propositions/${proposalId}` },
      );
      expect(blank.status).toBe(400);
      expect(summaryLinks(blank.html)).toEqual(['answer']);
      expect(blank.html).toContain('Saisissez le texte de la réponse');
      expect(await answerOf(proposalId)).toEqual([]);
    });
  });
});
