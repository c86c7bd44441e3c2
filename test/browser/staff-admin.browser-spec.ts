import { Page } from 'playwright-core';
import { Role } from '@quorum/access';
import { bullmqConnection, JobQueue, QueueName } from '@quorum/queue';
import { ApiKeyService } from '@quorum/reports';
import { Worker } from 'bullmq';
import { withLastAuditEntryForged } from '../utils/forged-audit-entry';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, newVisitor, textOf, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

/**
 * The back office's administration (issue #21, point 7), through its pages,
 * JavaScript on and off: open-data exports, Open311 keys and accounts (admins
 * only), the audit log's verification.
 */
describe('back office: administration', () => {
  const site = siteSession();
  let admin: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    admin = await createUser(site.web.api, { role: Role.ADMIN, displayName: 'Admin Capitole' });
    staff = await createUser(site.web.api, { role: Role.STAFF, displayName: 'Agent Accueil' });
  });

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Gestion' });

  /** The audit log filtered on one action: the rows about `subject`. */
  async function logged(page: Page, action: string, subject: string): Promise<string> {
    await page.goto(`/gestion/journal?action=${encodeURIComponent(action)}`);
    const rows = page.locator('tbody tr', { hasText: subject });
    expect({ action, subject, rows: await rows.count() }).toEqual({ action, subject, rows: 1 });
    return textOf(rows);
  }

  /** A dataset per run, so that each run finds its own request in the log whatever the order. */
  const EXPORTS: Record<string, { label: string; dataset: string; format: string; formatLabel: string }> = {
    'JavaScript on': { label: 'Signalements', dataset: 'issue-reports', format: 'geojson', formatLabel: 'GeoJSON' },
    'JavaScript off': { label: 'Propositions', dataset: 'proposals', format: 'geojson', formatLabel: 'GeoJSON' },
    'JavaScript off, 320 px wide': {
      label: 'Consultations',
      dataset: 'consultations',
      format: 'csv',
      formatLabel: 'CSV',
    },
  };

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();
    const wanted = EXPORTS[name];

    it('exports open data on demand, creates and revokes an Open311 key, changes a role, verifies the chain; the log shows each', async () => {
      const resident = await createUser(site.web.api, { displayName: `Habitante ${slug}` });
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-admin-${shot}-${slug}`);
        await signIn(page, admin.email);
        await page.goto('/gestion');

        // Open data: a request, then its job's status.
        await nav(page).getByRole('link', { name: 'Données ouvertes' }).click();
        await page.waitForURL('**/gestion/donnees-ouvertes');
        await check('open-data');
        await page.getByLabel('Jeu de données').selectOption({ label: wanted.label });
        await page.getByLabel('Format', { exact: true }).selectOption({ label: wanted.formatLabel });
        await page.getByRole('button', { name: 'Lancer l’export' }).click();
        await page.waitForURL('**/gestion/donnees-ouvertes/open-data-request-**');
        expect(await page.getByRole('status').innerText()).toBe(
          'L’export est lancé. La demande est inscrite au journal d’audit.',
        );
        const job = await textOf(page.locator('.staff-facts'));
        expect(job).toContain(`${wanted.label} – ${wanted.formatLabel}`);
        // No worker runs in this test: the job waits in the queue.
        expect(job).toMatch(/En attente|En cours|Terminé/);
        await check('export-job');
        const jobId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
        await page.getByRole('link', { name: 'Revenir aux données ouvertes' }).click();
        expect(
          await page
            .getByRole('link', { name: new RegExp(`^${wanted.label} en ${wanted.formatLabel}, demandé le`) })
            .first()
            .getAttribute('href'),
        ).toBe(`/gestion/donnees-ouvertes/${encodeURIComponent(jobId)}`);
        // A format the dataset is not published in: refused at the field.
        await page.getByLabel('Jeu de données').selectOption({ label: 'Budgets' });
        await page.getByLabel('Format', { exact: true }).selectOption({ label: 'GeoJSON' });
        await page.getByRole('button', { name: 'Lancer l’export' }).click();
        expect(await page.getByRole('alert').innerText()).toContain(
          'Ce jeu de données n’est pas publié dans ce format',
        );
        expect(await logged(page, 'open-data.export-request', wanted.dataset)).toContain('Agent');
        expect(jobId).toMatch(new RegExp(`^open-data-request-${wanted.dataset}-${wanted.format}-\\d+$`));

        // Open311 keys: the key is shown once, works, then is revoked.
        await page.goto('/gestion');
        await nav(page).getByRole('link', { name: 'Clés Open311' }).click();
        await page.waitForURL('**/gestion/cles-open311');
        await page.getByLabel('Pour qui ?').fill(`${slug} : appli`);
        await page.getByRole('button', { name: 'Créer la clé' }).click();
        const created = page.getByRole('status');
        expect(await created.locator('h2').innerText()).toBe(`Clé créée pour « ${slug} : appli »`);
        const key = await created.locator('code').innerText();
        const apiKeys = site.web.api.app.get(ApiKeyService);
        const keyId = await apiKeys.verify(key);
        expect(keyId).not.toBeNull();
        await check('api-key-created');
        // Shown once: the list never shows it again.
        await page.goto('/gestion/cles-open311');
        expect(await page.locator('main').innerText()).not.toContain(key);
        const card = page.locator('.card', { hasText: `${slug} : appli` });
        expect(await textOf(card)).toContain('Active');
        await card.getByRole('button', { name: `Révoquer – ${slug} : appli` }).click();
        await page.waitForURL('**/gestion/cles-open311');
        expect(await page.getByRole('status').innerText()).toBe(
          'La clé est révoquée : elle ne fonctionne plus. C’est inscrit au journal d’audit.',
        );
        expect(await textOf(page.locator('.card', { hasText: `${slug} : appli` }))).toContain('Révoquée le');
        expect(await apiKeys.verify(key)).toBeNull();
        expect(await logged(page, 'report.api-key.create', keyId!)).toContain('Agents seulement');
        expect(await logged(page, 'report.api-key.revoke', keyId!)).toContain('Agent');

        // Accounts: find the resident, make them staff; one's own role cannot be changed here.
        await page.goto('/gestion');
        await nav(page).getByRole('link', { name: 'Comptes et rôles' }).click();
        await page.waitForURL('**/gestion/comptes');
        await page.getByLabel('Rechercher un compte').fill(resident.email);
        await page.getByRole('button', { name: 'Trouver le compte', exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get('q') === resident.email);
        expect(await page.locator('.staff-count').innerText()).toBe('1 compte');
        await check('accounts');
        await page.getByLabel(`Rôle de Habitante ${slug}`).selectOption({ label: 'Agent' });
        await page.getByRole('button', { name: `Changer le rôle – Habitante ${slug}` }).click();
        await page.waitForURL(
          (url) => url.pathname === '/gestion/comptes' && url.searchParams.get('q') === resident.email,
        );
        expect(await page.getByRole('status').innerText()).toBe(
          'Le rôle est changé. Le changement est inscrit au journal d’audit.',
        );
        expect(await textOf(page.locator('.card', { hasText: resident.email }))).toContain('Agent');
        const [{ role }] = await site.web.api.db.query(`SELECT role FROM users WHERE id = $1`, [resident.id]);
        expect(role).toBe('STAFF');
        await page.goto(`/gestion/comptes?q=${encodeURIComponent(admin.email)}`);
        expect(await textOf(page.locator('.card', { hasText: admin.email }))).toContain(
          'C’est votre compte : un autre administrateur peut changer son rôle.',
        );
        expect(await logged(page, 'identity.account-role', resident.id)).toContain('Agents seulement');

        // The audit log's verification, on request.
        await nav(page).getByRole('link', { name: 'Journal d’audit' }).click();
        await page.waitForURL('**/gestion/journal');
        await page.getByRole('button', { name: 'Vérifier la chaîne' }).click();
        await page.waitForURL((url) => url.searchParams.get('verifier') === '1');
        expect(await page.locator('.audit-chain__result').innerText()).toMatch(
          /^Chaîne intacte : \d+ entrées vérifiées \(/,
        );
        await check('audit-verified');
      });
    }, 180_000);
  });

  it('says where the chain breaks when an entry was rewritten', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await withLastAuditEntryForged(site.web.api.db, async (sequence) => {
        await signIn(page, staff.email);
        await page.goto('/gestion/journal?verifier=1');
        const result = await textOf(page.locator('.audit-chain__result'));
        expect(result).toContain(`Chaîne rompue à l’entrée n° ${sequence}`);
        expect(result).toContain('does not match its content');
        await expectAccessible(page);
      });
    });
  }, 60_000);

  it('follows a running export: the page says so, links to itself, and with JavaScript updates itself and says the new status', async () => {
    // No worker in this file: a stand-in takes the open-data jobs, reports progress, and finishes when told.
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const queue = site.web.api.app.get(JobQueue).queue(QueueName.OPEN_DATA);
    const { page, context } = await newVisitor(site.browser, site.web.api.url);
    const scriptless = await newVisitor(site.browser, site.web.api.url, { javaScript: false });
    let worker: Worker | undefined;
    try {
      await signIn(page, admin.email);
      await page.goto('/gestion/donnees-ouvertes');
      await page.getByLabel('Jeu de données').selectOption({ label: 'Projets des budgets' });
      await page.getByLabel('Format', { exact: true }).selectOption({ label: 'CSV' });
      await page.getByRole('button', { name: 'Lancer l’export' }).click();
      await page.waitForURL('**/gestion/donnees-ouvertes/open-data-request-budget-projects-csv-**');
      const jobId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      const status = page.locator('.export-job__status');
      expect(await status.innerText()).toBe('En attente');
      expect(await page.getByText('cette page se met à jour d’elle-même').count()).toBe(1);

      // Without JavaScript: said, and a link to the same page; never a timed reload (WCAG 2.2.1).
      await signIn(scriptless.page, admin.email);
      await scriptless.page.goto(page.url());
      expect(await textOf(scriptless.page.locator('main'))).toContain(
        'L’export n’est pas terminé : actualisez la page pour suivre son avancement.',
      );
      expect(await scriptless.page.getByRole('link', { name: 'Actualiser l’état' }).getAttribute('href')).toBe(
        new URL(page.url()).pathname,
      );
      expect(await scriptless.page.locator('meta[http-equiv="refresh"]').count()).toBe(0);

      worker = new Worker(
        queue.name,
        async (job) => {
          await job.updateProgress(40);
          if (job.id === jobId) await finished;
          await job.updateProgress(100);
          return { published: [`${job.data.dataset}.csv`] };
        },
        { connection: bullmqConnection(site.web.api.config.redis.url), prefix: queue.opts.prefix, concurrency: 10 },
      );
      const live = page.locator('#export-job-live');
      await page.waitForFunction(() => document.querySelector('.export-job__status')?.textContent === 'En cours');
      expect(await textOf(page.locator('.staff-facts'))).toContain('40 %');
      expect(await live.innerText()).toBe('État de l’export : En cours.');
      expect(await live.getAttribute('aria-live')).toBe('polite');

      finish();
      await page.waitForFunction(() => document.querySelector('.export-job__status')?.textContent === 'Terminé');
      expect(await live.innerText()).toBe('État de l’export : Terminé.');
      expect(await page.getByRole('heading', { name: 'Fichiers publiés' }).count()).toBe(1);
      expect(await textOf(page.locator('main'))).toContain('budget-projects.csv');
      expect(await textOf(page.locator('.staff-facts'))).toContain('100 %');
      // Done: no more "not finished", and the page no longer asks for itself.
      expect(await page.locator('[data-export-job-hint]').count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, 'staff-export-job-done');
    } finally {
      finish();
      await worker?.close();
      await scriptless.context.close();
      await context.close();
    }
  }, 90_000);

  it('shows staff no administration link, and refuses them its pages', async () => {
    await withVisitor(site.browser, site.web.api.url, { javaScript: false }, async ({ page }) => {
      await signIn(page, staff.email);
      await page.goto('/gestion');
      const links = await nav(page).getByRole('link').allInnerTexts();
      expect(links).toContain('Signalements');
      expect(links).toContain('Données ouvertes');
      expect(links).not.toContain('Clés Open311');
      expect(links).not.toContain('Comptes et rôles');
      for (const path of ['/gestion/comptes', '/gestion/cles-open311']) {
        const response = await page.goto(path);
        expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
      }
      // The page says who it is for, and leads back to the back office.
      expect(await textOf(page.locator('main'))).toContain(
        'Cette page est réservée aux administrateurs et administratrices de la plateforme.',
      );
      await page.getByRole('link', { name: 'Revenir à l’accueil de la gestion' }).click();
      await page.waitForURL((url) => url.pathname === '/gestion');
    });
  }, 60_000);
});
