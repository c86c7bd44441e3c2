import { PersonalDataRegistry } from '@quorum/privacy';
import { CAST, createBudget } from '../utils/budgets.factory';
import { MailTestBed, rawHeader } from '../utils/mail.factory';
import { potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { createUsers, TestUser } from '../utils/users.factory';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const BOUNCE_TOKEN = 'bounce-token-of-the-mail-provider-0123456789';

describe('mail: unsubscribing from one kind of message, in one click', () => {
  const mail = new MailTestBed();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => ({ api, staff } = await mail.startWithStaff({ MAIL_BOUNCE_TOKEN: BOUNCE_TOKEN }, seedCommune)));
  afterAll(() => mail.stop());

  it('carries List-Unsubscribe headers; a POST without session stops that kind only; account messages go on', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token);
    const [voter] = await createUsers(api, 1, { verified: true });
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    const [confirmation] = await mail.messagesTo(voter.email, 1);

    const header = rawHeader(confirmation, 'list-unsubscribe') ?? '';
    const match = /^<(https:\/\/participer\.mairie-test\.fr\/mail\/desabonnement\?jeton=[^>]+)>$/.exec(header);
    expect(match).not.toBeNull();
    const url = match![1];
    expect(rawHeader(confirmation, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(confirmation.parsed.text).toContain(`Ne plus recevoir les confirmations de vote :\n${url}`);
    expect(String(confirmation.parsed.html)).toContain(`href="${url.replace(/&/g, '&#38;')}"`);
    // The link names the address by its hash only.
    expect(url.toLowerCase()).not.toContain(voter.email.split('@')[0].toLowerCase());

    // Opening the link (as a link scanner would) unsubscribes no one: it shows a button. (Other tests of this
    // file may have unsubscribed other addresses: what counts is that the GET adds nothing.)
    const suppressions = async (): Promise<number> =>
      (await api.db.query(`SELECT count(*)::int AS n FROM mail_suppressions`))[0].n;
    const before = await suppressions();
    const shown = await fetch(mail.local(url));
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<button type="submit">Me désabonner');
    expect(await suppressions()).toBe(before);

    // A forged or altered token is refused and stores nothing.
    const forged = url.replace(/jeton=ballots/, 'jeton=reports');
    expect((await fetch(mail.local(forged), { method: 'POST' })).status).toBe(400);
    // The character replaced is the one tested (it once tested the last one and, 1 time in 64, changed nothing).
    const tampered = `${url.slice(0, -2)}${url.at(-2) === 'A' ? 'B' : 'A'}${url.slice(-1)}`;
    expect(tampered).not.toBe(url);
    expect((await fetch(mail.local(tampered), { method: 'POST' })).status).toBe(400);

    // RFC 8058: the mail client's POST, no cookie, no CSRF token.
    const done = await mail.unsubscribe(url);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('vous ne recevrez plus les confirmations de vote');

    // Voting again: no confirmation any more. A report and a password reset still arrive.
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[1]] } });
    await api.gql.as(voter.token).ok(SUBMIT_REPORT, { input: potholeReport({ description: 'Trou' }) });
    await api.gql.ok(REQUEST_RESET, { input: { email: voter.email } });
    expect(await mail.outcomes(voter.id, 4)).toEqual([
      'ballot-cast:sent',
      'ballot-cast:unsubscribed',
      'password-reset:sent',
      'report-received:sent',
    ]);
    const received = await mail.messagesTo(voter.email, 3);
    expect(received.map((m) => m.parsed.subject)).toEqual([
      'Votre vote est enregistré : Budget participatif 2027',
      expect.stringMatching(/^Votre signalement est bien reçu|^Choisissez un nouveau mot de passe/),
      expect.stringMatching(/^Votre signalement est bien reçu|^Choisissez un nouveau mot de passe/),
    ]);
    // The report's message has its own link, for its own kind; the password reset has none.
    const report = received.find((m) => m.parsed.subject?.startsWith('Votre signalement'))!;
    expect(rawHeader(report, 'list-unsubscribe')).toContain('jeton=reports.');
    const reset = received.find((m) => m.parsed.subject?.startsWith('Choisissez'))!;
    expect(rawHeader(reset, 'list-unsubscribe')).toBeUndefined();
    expect(reset.parsed.text).not.toContain('/mail/desabonnement');

    // The resident's data export: what was sent to the address (no content) and what it left.
    const contributor = api.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.domain === 'mail');
    const sections = await contributor!.collect(api.db.manager, voter.id);
    const rows = (name: string) => sections.find((section) => section.name === name)?.rows;
    expect(rows('unsubscriptions')).toEqual([{ kind: 'ballots', since: expect.any(Date) }]);
    expect((rows('messages') ?? []).map((m) => `${String(m.template)}:${String(m.status)}`).sort()).toEqual([
      'ballot-cast:SENT',
      'password-reset:SENT',
      'report-received:SENT',
    ]);
    expect(JSON.stringify(sections)).not.toContain(voter.email);
  });

  it('stops every message but a password reset to an address the mail provider reports as bouncing', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token);
    const [voter] = await createUsers(api, 1, { verified: true });
    const report = (body: unknown, token = BOUNCE_TOKEN) =>
      fetch(`${api.url}/mail/rebonds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bounce-token': token },
        body: JSON.stringify(body),
      });
    expect((await report({ address: voter.email, type: 'bounce' }, 'wrong-token')).status).toBe(401);
    expect((await report({ address: 'not an address', type: 'bounce' })).status).toBe(400);
    expect((await report({ address: voter.email, type: 'lost' })).status).toBe(400);
    const [{ n }]: { n: number }[] = await api.db.query(`SELECT count(*)::int AS n FROM mail_suppressions`);
    expect((await report({ address: voter.email.toUpperCase(), type: 'bounce' })).status).toBe(204);
    const rows: { kind: string }[] = await api.db.query(`SELECT kind FROM mail_suppressions`);
    expect(rows).toHaveLength(n + 1);

    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    await api.gql.ok(REQUEST_RESET, { input: { email: voter.email } });
    expect(await mail.outcomes(voter.id, 2)).toEqual(['ballot-cast:unsubscribed', 'password-reset:sent']);
    const [reset] = await mail.messagesTo(voter.email, 1);
    expect(reset.parsed.subject).toBe('Choisissez un nouveau mot de passe');
    expect(mail.smtp.to(voter.email)).toHaveLength(1);
  });
});
