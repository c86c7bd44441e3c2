import { Role } from '@quorum/access';
import { recipientHash } from '@quorum/mail';
import { createUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, tabTo, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

describe('my account: the emails I receive', () => {
  const site = siteSession();

  /** What the one-click links read when sending: the kinds this address stopped. */
  const stopped = async (address: string): Promise<string[]> => {
    const rows: { kind: string }[] = await site.web.api.db.query(
      `SELECT kind FROM mail_suppressions WHERE recipient_hash = $1 ORDER BY kind`,
      [recipientHash(site.web.api.config.mail.hashSecret, address)],
    );
    return rows.map((row) => row.kind);
  };

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('reaches the page from my account, stops a kind and takes it back, said in a status', async () => {
      const user = await createUser(site.web.api, { displayName: `Inès ${slug}` });
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `${shot}-${slug}`);
        const box = (label: RegExp) => page.getByRole('checkbox', { name: label });
        await signIn(page, user.email);
        await page.goto('/mon-compte');
        await page.getByRole('link', { name: 'Choisir les courriels reçus' }).click();
        await page.waitForURL('**/mon-compte/courriels');
        expect(await page.locator('h1').innerText()).toBe('Courriels reçus');
        expect(await page.getByRole('group', { name: 'Je souhaite recevoir' }).isVisible()).toBe(true);
        for (const label of [/confirmations de mes votes/, /mes signalements/, /propositions et budgets/])
          expect(await box(label).isChecked()).toBe(true);
        await check('mail-preferences');

        // Keyboard only: Tab to the reports' box, Space unticks it, Enter on the button saves.
        await tabTo(page, box(/mes signalements/));
        await page.keyboard.press('Space');
        await tabTo(page, page.getByRole('button', { name: 'Enregistrer' }));
        await page.keyboard.press('Enter');
        await page.waitForURL('**/mon-compte/courriels');
        expect(await page.getByRole('status').innerText()).toBe('Vos choix de courriels sont enregistrés.');
        expect(await box(/mes signalements/).isChecked()).toBe(false);
        expect(await box(/confirmations de mes votes/).isChecked()).toBe(true);
        expect(await stopped(user.email)).toEqual(['reports']);
        await check('mail-preferences-saved');

        // A one-click link elsewhere stopped ballots: the page shows it; ticking both back lifts both.
        await site.web.api.db.query(`INSERT INTO mail_suppressions (recipient_hash, kind) VALUES ($1, 'ballots')`, [
          recipientHash(site.web.api.config.mail.hashSecret, user.email),
        ]);
        await page.reload();
        expect(await box(/confirmations de mes votes/).isChecked()).toBe(false);
        await box(/confirmations de mes votes/).check();
        await box(/mes signalements/).check();
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        await page.waitForURL('**/mon-compte/courriels');
        expect(await page.getByRole('status').innerText()).toBe('Vos choix de courriels sont enregistrés.');
        expect(await stopped(user.email)).toEqual([]);
      });
    });
  });

  it("offers staff the team's daily digest, and leaves a resident's as it is", async () => {
    const staff = await createUser(site.web.api, { displayName: 'Agent digest', role: Role.STAFF });
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      const digest = page.getByRole('checkbox', { name: /point du jour de l’équipe/ });
      await signIn(page, staff.email);
      await page.goto('/mon-compte/courriels');
      expect(await digest.isChecked()).toBe(true);
      await expectAccessible(page);
      await screenshot(page, 'mail-preferences-staff');
      await digest.uncheck();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.waitForURL('**/mon-compte/courriels');
      expect(await digest.isChecked()).toBe(false);
      expect(await stopped(staff.email)).toEqual(['digest']);
    });
    // A resident's page has no such box, and saving it keeps the digest's choice untouched.
    const resident = await createUser(site.web.api, { displayName: 'Inès sans digest' });
    await site.web.api.db.query(`INSERT INTO mail_suppressions (recipient_hash, kind) VALUES ($1, 'digest')`, [
      recipientHash(site.web.api.config.mail.hashSecret, resident.email),
    ]);
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async (visitor) => {
      await signIn(visitor.page, resident.email);
      await visitor.page.goto('/mon-compte/courriels');
      expect(await visitor.page.getByRole('checkbox', { name: /point du jour/ }).count()).toBe(0);
      await visitor.page.getByRole('button', { name: 'Enregistrer' }).click();
      await visitor.page.waitForURL('**/mon-compte/courriels');
      expect(await stopped(resident.email)).toEqual(['digest']);
    });
  });

  it('says so when the address bounced, and a form without its CSRF field is refused', async () => {
    const user = await createUser(site.web.api, { displayName: 'Inès rebond' });
    await site.web.api.db.query(`INSERT INTO mail_suppressions (recipient_hash, kind) VALUES ($1, 'all')`, [
      recipientHash(site.web.api.config.mail.hashSecret, user.email),
    ]);
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, user.email);
      await page.goto('/mon-compte/courriels');
      expect(await page.locator('#mail-blocked').innerText()).toContain('la plateforme ne vous écrit plus');
      await expectAccessible(page);
      const forged = await page.context().request.post('/mon-compte/courriels', {
        form: { ballots: 'on' },
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);
      expect(await stopped(user.email)).toEqual(['all']);
    });
  });
});
