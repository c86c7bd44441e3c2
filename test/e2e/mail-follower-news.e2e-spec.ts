import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { MailTestBed, rawHeader } from '../utils/mail.factory';
import { potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { ReceivedMail } from '../utils/smtp-test-server';
import { TestApi } from '../utils/test-api';
import { ADD_TRACKED_ITEM_UPDATE, FOLLOW, insertTrackedItem } from '../utils/tracking.factory';
import { createUser, createUsers, TestUser } from '../utils/users.factory';

const UPDATE = `mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { id status } }`;
const FOLLOW_REPORT = `mutation($input: FollowIssueReportInput!) { followIssueReport(input: $input) }`;
const UNFOLLOW_REPORT = `mutation($input: UnfollowIssueReportInput!) { unfollowIssueReport(input: $input) }`;

const PUBLIC_URL = 'https://participer.mairie-test.fr';

describe('mail: news of followed issue reports and tracked items', () => {
  const mail = new MailTestBed();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => ({ api, staff } = await mail.startWithStaff({}, seedCommune)));
  afterAll(() => mail.stop());

  /** Posts the message's one-click unsubscribe (RFC 8058) without a session, as a mail client does. */
  const unsubscribeFrom = async (message: ReceivedMail, kind: string): Promise<void> => {
    expect(rawHeader(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(rawHeader(message, 'list-unsubscribe') ?? '')![1];
    expect(url).toContain(`${PUBLIC_URL}/mail/desabonnement?jeton=${kind}.`);
    expect((await mail.unsubscribe(url)).status).toBe(200);
  };

  it('tells the followers of an issue report each status change, once for a follower who reported it, and stops after unfollowing or unsubscribing', async () => {
    const reporter = await createUser(api);
    const { submitIssueReport: report } = await api.gql
      .as(reporter.token)
      .ok(SUBMIT_REPORT, { input: potholeReport({ address: 'Place du Capitole' }) });
    const [follower, english, quitter, unsubscriber] = await createUsers(api, 4);
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);
    for (const user of [follower, english, quitter, unsubscriber, reporter])
      await api.gql.as(user.token).ok(FOLLOW_REPORT, { input: { reportId: report.id } });
    await api.gql.as(quitter.token).ok(UNFOLLOW_REPORT, { input: { reportId: report.id } });

    const staffGql = api.gql.as(staff.token);
    await staffGql.ok(UPDATE, {
      input: { reportId: report.id, status: 'ACKNOWLEDGED', note: 'Une équipe passera cette semaine.' },
    });
    const reportUrl = `${PUBLIC_URL}/signalements/${report.id}`;
    const [first] = await mail.messagesTo(follower.email, 1);
    expect(first.parsed.subject).toBe('Un signalement que vous suivez est désormais pris en compte : Pothole');
    expect(first.parsed.text).toContain('Le signalement « Pothole » que vous suivez est désormais : pris en compte.');
    expect(first.parsed.text).toContain('Note de la mairie : Une équipe passera cette semaine.');
    expect(first.parsed.text).toContain(reportUrl);
    expect(first.parsed.text).toContain('parce que vous suivez ce signalement');
    expect(String(first.parsed.html)).toContain(`href="${reportUrl}"`);
    expect(String(first.parsed.html)).not.toMatch(/<img|src=|url\(|<script/i);
    const [inEnglish] = await mail.messagesTo(english.email, 1);
    expect(inEnglish.parsed.subject).toBe('A report you follow is now acknowledged: Pothole');
    expect(inEnglish.parsed.text).toContain("The town hall's note: Une équipe passera cette semaine.");
    // The reporter, who also follows it, hears once, as its author (acknowledgment, then the status).
    const [, asAuthor] = await mail.messagesTo(reporter.email, 2);
    expect(asAuthor.parsed.subject).toBe('Votre signalement est désormais pris en compte : Pothole');
    expect(await mail.queued(reporter.id, { template: 'followed-report-status' })).toBe(0);
    expect(await mail.queued(quitter.id, { template: 'followed-report-status' })).toBe(0);

    // Unsubscribing from the kind ("follows") through the message's own link stops the next one.
    const [toUnsubscriber] = await mail.messagesTo(unsubscriber.email, 1);
    await unsubscribeFrom(toUnsubscriber, 'follows');
    await staffGql.ok(UPDATE, { input: { reportId: report.id, status: 'FIXED' } });
    const [, fixed] = await mail.messagesTo(follower.email, 2);
    expect(fixed.parsed.subject).toBe('Un signalement que vous suivez est désormais réparé : Pothole');
    expect(fixed.parsed.text).not.toContain('Note de la mairie');
    await mail.messagesTo(reporter.email, 3);
    expect(await mail.outcomes(unsubscriber.id, 2, 'followed-report-status')).toEqual(['sent', 'unsubscribed']);
    expect(mail.smtp.to(unsubscriber.email)).toHaveLength(1);
    expect(mail.smtp.to(quitter.email)).toHaveLength(0);
    expect(mail.smtp.to(follower.email)).toHaveLength(2);
  });

  it('tells the followers of a tracked item each update, in their language, through their account', async () => {
    const itemId = await insertTrackedItem(api, { title: 'Jardin partagé des Minimes' });
    const [follower, english, quitter, bystander] = await createUsers(api, 4);
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);
    for (const user of [follower, english, quitter])
      await api.gql.as(user.token).ok(FOLLOW, { input: { trackedItemId: itemId } });
    await api.gql.as(quitter.token).ok(FOLLOW, { input: { trackedItemId: itemId, follow: false } });
    await api.db.query(`UPDATE tracked_items SET status = 'IN_WORKS', progress_percent = 40 WHERE id = $1`, [itemId]);

    const staffGql = api.gql.as(staff.token);
    await staffGql.ok(ADD_TRACKED_ITEM_UPDATE, {
      input: { trackedItemId: itemId, body: 'Les premiers bacs sont installés.', occurredOn: '2026-05-02' },
    });
    const itemUrl = `${PUBLIC_URL}/suivi-des-projets/${itemId}`;
    const [message] = await mail.messagesTo(follower.email, 1);
    expect(message.parsed.subject).toBe('Du nouveau sur un projet que vous suivez : Jardin partagé des Minimes');
    expect(message.parsed.text).toContain('« Jardin partagé des Minimes », le 02/05/2026 :');
    expect(message.parsed.text).toContain('Les premiers bacs sont installés.');
    expect(message.parsed.text).toContain('Où en est-il : en travaux, réalisé à 40 %.');
    expect(message.parsed.text).toContain(itemUrl);
    expect(message.parsed.text).toContain('parce que vous suivez ce projet');
    expect(rawHeader(message, 'list-unsubscribe')).toContain('jeton=follows.');
    expect(String(message.parsed.html)).toContain(`href="${itemUrl}"`);
    const [inEnglish] = await mail.messagesTo(english.email, 1);
    expect(inEnglish.parsed.subject).toBe('News of a project you follow: Jardin partagé des Minimes');
    expect(inEnglish.parsed.text).toContain('Where it stands: in works, 40 % done.');
    expect(inEnglish.parsed.headers.get('content-language')).toBe('en');
    expect(await mail.queued(quitter.id, { template: 'tracked-item-news' })).toBe(0);
    expect(await mail.queued(bystander.id, { template: 'tracked-item-news' })).toBe(0);

    // A second update is a second message; the queued jobs hold no address.
    await staffGql.ok(ADD_TRACKED_ITEM_UPDATE, {
      input: { trackedItemId: itemId, body: 'Le jardin est ouvert au public.', occurredOn: '2026-09-20' },
    });
    const [, second] = await mail.messagesTo(follower.email, 2);
    expect(second.parsed.text).toContain('Le jardin est ouvert au public.');
    const payloads = JSON.stringify(
      await api.db.query(`SELECT payload FROM outbox WHERE payload ->> 'template' = 'tracked-item-news'`),
    );
    expect(payloads.toLowerCase()).not.toContain(follower.email.toLowerCase());
  });

  it('tells nobody of an update on an item whose proposal is no longer public', async () => {
    const itemId = await insertTrackedItem(api, { title: 'Composteur du square' });
    const [follower] = await createUsers(api, 1);
    await api.gql.as(follower.token).ok(FOLLOW, { input: { trackedItemId: itemId } });
    // Its proposal hidden by moderation: the item is no longer public, and neither is its news.
    const author = await createUser(api);
    const consultationId = (await createConsultation(api, staff.token)).id;
    const [proposalId] = await insertProposals(api, consultationId, [author.id], 1);
    await api.db.query(`UPDATE tracked_items SET proposal_id = $2 WHERE id = $1`, [itemId, proposalId]);
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [proposalId]);
    await api.gql.as(staff.token).ok(ADD_TRACKED_ITEM_UPDATE, {
      input: { trackedItemId: itemId, body: 'Le composteur est commandé.', occurredOn: '2026-05-02' },
    });
    expect(await mail.queued(follower.id, { template: 'tracked-item-news' })).toBe(0);
  });
});
