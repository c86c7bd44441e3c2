import { expectAccessible, newVisitor, textOf, withVisitor } from './support/browser';
import { siteSession } from './support/site-session';

describe('legal pages, from the municipality settings', () => {
  const site = siteSession();

  it('links them from every page’s footer, with the accessibility status in words', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/connexion');
      const footer = page.getByRole('navigation', { name: 'Informations légales' });
      expect(await footer.getByRole('link').allInnerTexts()).toEqual([
        'Mentions légales',
        'Données personnelles',
        'Accessibilité : partiellement conforme',
        'Plan du site',
        'Données ouvertes',
      ]);
    });
  });

  it('publishes the legal notice, the personal data notice and the RGAA accessibility statement', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await page.goto('/mentions-legales');
      const notice = await textOf(page.locator('main'));
      expect(notice).toContain(
        'Mairie de Toulouse (démonstration)\nPlace du Capitole, 31000 Toulouse\nSIREN : 213105554',
      );
      expect(notice).toContain('Directeur ou directrice de la publication\nLe maire de Toulouse');
      expect(notice).toContain('Hébergeur\nService numérique de la mairie (démonstration)');
      await expectAccessible(page);

      await page.goto('/donnees-personnelles');
      const privacy = await textOf(page.locator('main'));
      expect(privacy).toContain('Mission d’intérêt public');
      expect(privacy).toContain('vos coordonnées sont effacées 30 jours après la clôture du signalement');
      expect(privacy).toContain('Jusqu’à votre déconnexion, 72 heures sans visite, ou 30 jours après la connexion.');
      expect(privacy).toContain('dpo@demo.quorum.test');
      expect(await page.getByRole('link', { name: 'www.cnil.fr' }).getAttribute('href')).toBe(
        'https://www.cnil.fr/fr/plaintes',
      );
      await expectAccessible(page);

      await page.goto('/accessibilite');
      const statement = await textOf(page.locator('main'));
      expect(statement).toContain(
        'Ce site est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités',
      );
      expect(statement).toContain('Aucun audit de conformité n’a encore été réalisé.');
      expect(statement).toContain('Cette déclaration a été établie le 1 décembre 2026.');
      expect(statement).toContain('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
      expect(await page.getByRole('link', { name: 'accessibilite@demo.quorum.test' }).getAttribute('href')).toBe(
        'mailto:accessibilite@demo.quorum.test',
      );
      await expectAccessible(page);
    });
  });

  it('states the audit when there is one, in English too', async () => {
    const legal = (await site.web.api.db.query(`SELECT legal FROM municipalities`))[0].legal;
    await site.web.api.db.query(`UPDATE municipalities SET legal = $1`, [
      JSON.stringify({
        ...legal,
        accessibilityConformity: 'PARTIAL',
        accessibilityScore: 87.5,
        accessibilityAuditDate: '2026-11-20',
        accessibilityAuditor: 'Atalan',
        accessibilityNonCompliances: ['La carte des signalements n’a pas d’alternative textuelle complète.'],
      }),
    ]);
    const { page, context } = await newVisitor(site.browser, site.web.api.url, { javaScript: false, locale: 'en-GB' });
    try {
      await page.goto('/accessibilite');
      const statement = await textOf(page.locator('main'));
      expect(statement).toContain(
        'The compliance audit carried out on 20 November 2026 by Atalan shows that 87.5% of the RGAA 4.1 criteria are met.',
      );
      expect(statement).toContain('La carte des signalements n’a pas d’alternative textuelle complète.');
      await expectAccessible(page);
    } finally {
      await site.web.api.db.query(`UPDATE municipalities SET legal = $1`, [JSON.stringify(legal)]);
      await context.close();
    }
  });

  it('says so when the town hall has not filled them in yet', async () => {
    const legal = (await site.web.api.db.query(`SELECT legal FROM municipalities`))[0].legal;
    await site.web.api.db.query(`UPDATE municipalities SET legal = NULL`);
    const { page, context } = await newVisitor(site.browser, site.web.api.url, { javaScript: false });
    try {
      for (const path of ['/mentions-legales', '/donnees-personnelles', '/accessibilite']) {
        expect((await page.goto(path))?.status()).toBe(200);
        expect(await textOf(page.locator('main'))).toContain('La mairie n’a pas encore publié ces informations.');
      }
      expect(await page.getByRole('link', { name: 'Accessibilité : non conforme' }).count()).toBe(1);
    } finally {
      await site.web.api.db.query(`UPDATE municipalities SET legal = $1`, [JSON.stringify(legal)]);
      await context.close();
    }
  });
});
