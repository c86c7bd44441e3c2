import { Page } from 'playwright-core';
import { createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { CAPITOLE, seedReportCategories } from '../utils/reports.factory';
import { insertTrackedItem } from '../utils/tracking.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, expectNoHorizontalScroll, withVisitor } from './support/browser';
import { htmlErrors } from './support/html-validator';
import { siteSession } from './support/site-session';

/** Pages served by the API itself, not by the website (no layout to check): only their status is. */
const API_PAGES = [/^\/open-data(\/|$)/];

/** Links that act rather than show (they redirect): checked for their answer, not followed. */
const ACTIONS = [/^\/langue\//];

interface Visit {
  path: string;
  from: string;
}

/**
 * Follows every link of the site from the home page, so that a new page is
 * checked (status, accessibility, reflow at 320 px, valid HTML) without being
 * listed here.
 */
async function crawl(page: Page, baseUrl: string): Promise<string[]> {
  const seen = new Set<string>(['/']);
  const queue: Visit[] = [{ path: '/', from: '(start)' }];
  const visited: string[] = [];
  const documents: { name: string; html: string }[] = [];
  while (queue.length > 0) {
    const { path, from } = queue.shift()!;
    if (ACTIONS.some((pattern) => pattern.test(path))) {
      const response = await page.context().request.get(path, { maxRedirects: 0 });
      expect({ path, from, status: response.status() }).toEqual({ path, from, status: 303 });
      continue;
    }
    const response = await page.goto(path);
    expect({ path, from, status: response?.status() }).toEqual({ path, from, status: 200 });
    visited.push(path);
    if (API_PAGES.some((pattern) => pattern.test(path))) continue;
    // The HTML as the server sent it, for the validator.
    documents.push({ name: path, html: await response!.text() });
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      if (href.startsWith('#') || href.startsWith('mailto:')) continue;
      const url = new URL(href, `${baseUrl}${path}`);
      if (url.origin !== new URL(baseUrl).origin) continue;
      // The way back after sign-in (`suivant`) makes no other page: one visit of /connexion covers them all.
      url.searchParams.delete('suivant');
      const next = `${url.pathname}${url.search}`;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push({ path: next, from: path });
      }
    }
  }
  expect(await htmlErrors(documents)).toEqual([]);
  return visited;
}

describe('every page linked from the home page', () => {
  const site = siteSession({ staff: true });
  let verified: TestUser;

  beforeAll(async () => {
    const consultation = await createConsultation(site.web.api, site.staff.token, {
      open: 'SUPPORTS',
      supportThreshold: 5,
    });
    // A proposal with a comment and a reply: the crawl reaches the list, the proposal page and the report form.
    const [staffProposalId] = await insertProposals(site.web.api, consultation.id, [site.staff.id], 1);
    const comment = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
    const { addComment } = await site.web.api.gql
      .as(site.staff.token)
      .ok(comment, { input: { proposalId: staffProposalId, body: 'Un avis' } });
    await site.web.api.gql
      .as(site.staff.token)
      .ok(comment, { input: { proposalId: staffProposalId, parentId: addComment.id, body: 'Une réponse' } });
    await createBudget(site.web.api, site.staff.token);
    await insertTrackedItem(site.web.api);
    verified = await createUser(site.web.api, { verified: true, displayName: 'Claude Crawl' });
    // Theirs, so that My proposals links its edit and withdraw forms; reported once (below the hiding threshold),
    // so that the back office's moderation queue has an item to check.
    const [proposalId] = await insertProposals(site.web.api, consultation.id, [verified.id], 1);
    await site.web.api.gql
      .as(verified.token)
      .ok(`mutation($input: ReportContentInput!) { reportContent(input: $input) }`, {
        input: { targetType: 'PROPOSAL', targetId: proposalId, reason: 'OFF_TOPIC', details: 'Rien à voir' },
      });
    // An issue report with a category that asks questions: its page, the list and the form are crawled.
    await seedReportCategories(site.web.api);
    await site.web.api.gql.ok(
      `mutation ($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`,
      {
        input: {
          ...CAPITOLE,
          categoryCode: 'pothole',
          description: 'Un trou devant le Capitole.',
          attributes: { size: 'small' },
        },
      },
    );
  });

  it('answers, is accessible and fits 320 px, for a visitor without JavaScript', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      const visited = await crawl(page, site.web.api.url);
      // The pages of this issue at least; later pages join by being linked.
      expect(visited).toEqual(
        expect.arrayContaining([
          '/',
          '/connexion',
          '/inscription',
          '/mentions-legales',
          '/donnees-personnelles',
          '/accessibilite',
          '/plan-du-site',
          '/recherche',
          '/open-data',
          '/budgets-participatifs',
          '/consultations',
          '/suivi-des-projets',
        ]),
      );
      expect(visited.some((path) => /^\/propositions\/[^/]+$/.test(path))).toBe(true);
    });
  }, 300_000);

  it('answers and is accessible for a verified resident, with JavaScript', async () => {
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await signIn(page, verified.email);
      const visited = await crawl(page, site.web.api.url);
      expect(visited).toEqual(
        expect.arrayContaining([
          '/',
          '/plan-du-site',
          '/mon-compte/residence',
          '/mon-compte',
          '/mon-compte/nom',
          '/mon-compte/mot-de-passe',
          '/mon-compte/suppression',
          '/mon-compte/courriels',
          '/mon-compte/propositions',
          '/mon-compte/soutiens',
          '/mon-compte/suivis',
        ]),
      );
      expect(visited.some((path) => /^\/propositions\/[^/]+\/modifier$/.test(path))).toBe(true);
      expect(visited.some((path) => /^\/propositions\/[^/]+\/retirer$/.test(path))).toBe(true);
      expect(visited.some((path) => /^\/budgets-participatifs\/[^/]+\/vote$/.test(path))).toBe(true);
      expect(visited.some((path) => /^\/propositions\/[^/]+\/signaler\?commentaire=/.test(path))).toBe(true);
      expect(visited).not.toContain('/connexion');
    });
  }, 300_000);

  it('answers and is accessible for site.staff, the back office included, at 320 px without JavaScript', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await signIn(page, site.staff.email);
      const visited = await crawl(page, site.web.api.url);
      // A budget's management page, linked from the list.
      expect(visited.some((path) => /^\/gestion\/budgets\/[0-9a-f-]{36}$/.test(path))).toBe(true);
      // A tracked item's page and its two forms, linked from the tracking list.
      const item = (path: string) => path.replace(/\/[0-9a-f-]{36}(\/|$)/, '/:id$1');
      expect(visited.map(item)).toEqual(
        expect.arrayContaining([
          '/gestion/suivi-des-projets/:id',
          '/gestion/suivi-des-projets/:id/actualites',
          '/gestion/suivi-des-projets/:id/deliberations',
        ]),
      );
      expect(visited).toEqual(
        expect.arrayContaining([
          '/',
          '/gestion',
          '/gestion/moderation',
          '/gestion/budgets',
          '/gestion/budgets/nouveau',
          '/gestion/recensement',
          '/gestion/journal',
          '/gestion/signalements',
          '/gestion/suivi-des-projets',
          '/gestion/donnees-ouvertes',
        ]),
      );
    });
  }, 300_000);
});
