import { Page } from 'playwright-core';
import { Role } from '@quorum/access';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { tabTo, textOf, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { siteSession } from './support/site-session';

/** The back office's moderation (issue #21, point 3), through its pages, JavaScript on and off. */
describe('back office: moderation', () => {
  const site = siteSession();
  let staff: TestUser;
  let consultationId: string;

  beforeAll(async () => {
    staff = await createUser(site.web.api, { role: Role.STAFF, displayName: 'Agent Modération' });
    // Two reports hide a proposal pending review.
    ({ id: consultationId } = await createConsultation(site.web.api, staff.token, {
      open: 'PROPOSALS',
      hideThreshold: 2,
    }));
  });

  /** A proposal by `author`, reported by `reports` verified residents; returns its moderation row's id. */
  async function reported(author: TestUser, title: string, reasons: ('SPAM' | 'OFFENSIVE')[]): Promise<string> {
    const [proposalId] = await insertProposals(site.web.api, consultationId, [author.id], 1, { title: () => title });
    for (const reason of reasons) {
      const reporter = await createUser(site.web.api, { verified: true });
      await site.web.api.gql
        .as(reporter.token)
        .ok(`mutation($input: ReportContentInput!) { reportContent(input: $input) }`, {
          input: { targetType: 'PROPOSAL', targetId: proposalId, reason, details: `Signalé : ${reason}` },
        });
    }
    const [{ id }] = await site.web.api.db.query(`SELECT id FROM moderations WHERE target_id = $1`, [proposalId]);
    return id;
  }

  // The item whose heading ends with the title: one run's slug ("javascript-off") is a prefix of another's.
  const item = (page: Page, title: string) =>
    page.locator('.moderation-item').filter({
      has: page.getByRole('heading', { name: new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    });

  async function decide(page: Page, title: string, button: string, status: string, reason: string): Promise<void> {
    await item(page, title).getByLabel('Motif de la décision').fill(reason);
    await item(page, title)
      .getByRole('button', { name: new RegExp(`^${button} – `) })
      .click();
    await page.waitForURL('**/gestion/moderation');
    expect(await page.getByRole('status').innerText()).toBe(status);
  }

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('lists reported content with reasons and counts, hides, restores, dismisses, blocks, and the log shows each', async () => {
      const author = await createUser(site.web.api, { displayName: `Auteur ${slug}` });
      const benches = `Des bancs au parc ${slug}`;
      const spam = `Achetez des montres ${slug}`;
      const byStaff = `Note de service ${slug}`;
      const benchesId = await reported(author, benches, ['OFFENSIVE']);
      const spamId = await reported(author, spam, ['SPAM', 'SPAM']);
      await reported(staff, byStaff, ['OFFENSIVE']);
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-${shot}-${slug}`);
        await signIn(page, staff.email);
        await page.getByRole('link', { name: 'Gestion', exact: true }).click();
        await page.waitForURL('**/gestion');
        expect(await page.locator('h1').innerText()).toBe('Gestion');
        await check('home');

        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Modération' }).click();
        await page.waitForURL('**/gestion/moderation');
        expect(await page.locator('h1').innerText()).toBe('Modération');
        const spamText = await textOf(item(page, spam));
        expect(spamText).toContain('Proposition');
        expect(spamText).toContain('Masqué automatiquement, en attente de décision');
        expect(spamText).toContain('2 signalements actifs');
        expect(spamText).toContain('Spam ou publicité : 2');
        expect(await textOf(item(page, benches))).toContain('Propos injurieux ou haineux : 1');
        await check('queue');

        // A decision without its reason is refused: said at the top and at the item's field, nothing decided.
        await item(page, benches)
          .getByRole('button', { name: /^Masquer – / })
          .click();
        expect(await page.title()).toMatch(/^Erreur : Modération/);
        await page.getByRole('alert').getByRole('link', { name: 'Indiquez le motif de la décision' }).click();
        const reasonField = item(page, benches).getByLabel('Motif de la décision');
        expect(await reasonField.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await reasonField.getAttribute('aria-invalid')).toBe('true');
        expect(await textOf(item(page, benches))).toContain('Visible');
        await check('queue-no-reason');

        await decide(
          page,
          benches,
          'Masquer',
          'Le contenu est masqué. La décision est inscrite au journal d’audit.',
          'Propos injurieux envers un voisin',
        );
        expect(await textOf(item(page, benches))).toContain('Masqué');
        await decide(
          page,
          benches,
          'Rétablir',
          'Le contenu est rétabli. La décision est inscrite au journal d’audit.',
          'Relu : critique vive mais pas injurieuse',
        );
        // The history, newest first, with the reasons.
        const history = item(page, benches).locator('.moderation-history li');
        expect(await history.count()).toBe(2);
        expect(await textOf(history.nth(0))).toMatch(/– rétabli\s+Relu : critique vive mais pas injurieuse$/);
        expect(await textOf(history.nth(1))).toMatch(/– masqué\s+Propos injurieux envers un voisin$/);
        await decide(
          page,
          spam,
          'Classer les signalements',
          'Les signalements sont classés. La décision est inscrite au journal d’audit.',
          'Publicité supposée : c’est une association locale',
        );
        // No active report and shown again: it leaves the queue.
        expect(await item(page, spam).count()).toBe(0);
        await decide(
          page,
          benches,
          'Bloquer l’auteur',
          'L’auteur est bloqué. La décision est inscrite au journal d’audit.',
          'Récidive après deux masquages',
        );
        const [{ blocked }] = await site.web.api.db.query(
          `SELECT blocked_at IS NOT NULL AS blocked FROM users WHERE id = $1`,
          [author.id],
        );
        expect(blocked).toBe(true);

        // A refusal: staff accounts cannot be blocked; said at the top, the queue shown again.
        await item(page, byStaff).getByLabel('Motif de la décision').fill('Essai');
        await item(page, byStaff)
          .getByRole('button', { name: /^Bloquer l’auteur – / })
          .click();
        expect(await page.title()).toMatch(/^Erreur : Modération/);
        expect(await page.getByRole('alert').innerText()).toContain(
          'L’auteur de ce contenu est un agent : il ne peut pas être bloqué ici.',
        );
        await check('queue-refused');

        // Each decision is in the audit log, under the moderation it concerns.
        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Journal d’audit' }).click();
        await page.waitForURL('**/gestion/journal');
        await check('audit');
        for (const [action, subject] of [
          ['moderation.hide', benchesId],
          ['moderation.restore', benchesId],
          ['moderation.dismiss', spamId],
          ['moderation.block-author', benchesId],
        ]) {
          await page.getByLabel('Action').fill(action);
          await page.getByRole('button', { name: 'Filtrer' }).click();
          await page.waitForURL((url) => url.searchParams.get('action') === action);
          const rows = page.locator('tbody tr', { hasText: subject });
          expect({ action, rows: await rows.count() }).toEqual({ action, rows: 1 });
          expect(await textOf(rows)).toContain('Agent');
          expect(await textOf(rows)).toContain('Agents seulement');
        }
      });
    }, 180_000);
  });

  it('filters the queue to hidden content and decides with the keyboard only', async () => {
    const author = await createUser(site.web.api);
    const hidden = 'Proposition masquée au clavier';
    await reported(author, hidden, ['SPAM', 'OFFENSIVE']);
    await withVisitor(site.browser, site.web.api.url, {}, async ({ page }) => {
      await signIn(page, staff.email);
      await page.goto('/gestion/moderation');
      // A radio group is one Tab stop (the checked radio); arrows choose within it.
      await tabTo(page, page.getByLabel('Tous les contenus'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('masque') === 'true');
      expect(await page.getByLabel('Les contenus masqués').isChecked()).toBe(true);
      expect(await item(page, hidden).count()).toBe(1);
      await tabTo(page, item(page, hidden).getByLabel('Motif de la décision'));
      await page.keyboard.type('Signalements concertés, contenu conforme');
      await page.keyboard.press('Tab');
      expect(
        await item(page, hidden)
          .getByRole('button', { name: /^Rétablir – / })
          .evaluate((el) => el === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/gestion/moderation');
      expect(await page.getByRole('status').innerText()).toBe(
        'Le contenu est rétabli. La décision est inscrite au journal d’audit.',
      );
    });
  }, 60_000);
});
