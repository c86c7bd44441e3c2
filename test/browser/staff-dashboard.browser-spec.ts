import { seedClosedBudget } from '../utils/budgets.factory';
import { seedReportCategories } from '../utils/reports.factory';
import { createUsers } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { textOf, VISITORS, withVisitor } from './support/browser';
import { checkPage } from './support/page-checks';
import { siteSession } from './support/site-session';

/** The back office's dashboard (issue #21, point 8): charts as SVG with their tables, small groups withheld. */
describe('back office: dashboard', () => {
  const site = siteSession({ staff: true });
  let smallBudget: string;

  beforeAll(async () => {
    await seedReportCategories(site.web.api);
    // Three residents' accounts yesterday (withheld), six the day before (shown).
    const backdate = async (count: number, daysAgo: number) => {
      const users = await createUsers(site.web.api, count);
      await site.web.api.db.query(
        `UPDATE users SET created_at = now() - make_interval(days => $2) WHERE id = ANY($1)`,
        [users.map((u) => u.id), daysAgo],
      );
    };
    await backdate(3, 1);
    await backdate(6, 2);
    smallBudget = await seedClosedBudget(site.web.api.db, { ballotType: 'APPROVAL', ballots: 3 });
    await site.web.api.db.query(`UPDATE budgets SET title = 'Budget des petits nombres' WHERE id = $1`, [smallBudget]);
  });

  describe.each(VISITORS)('$name', ({ name, options }) => {
    const slug = name.replace(/\W+/g, '-').toLowerCase();

    it('draws each chart as an image with its title, gives the same figures in tables, and shows "< 5" for small groups', async () => {
      await withVisitor(site.browser, site.web.api.url, options, async ({ page }) => {
        const check = (shot: string) => checkPage(page, options, `staff-dashboard-${shot}-${slug}`);
        await signIn(page, site.staff.email);
        await page.goto('/gestion');
        await page.getByRole('navigation', { name: 'Gestion' }).getByRole('link', { name: 'Tableau de bord' }).click();
        await page.waitForURL('**/gestion/tableau-de-bord');
        expect(await page.locator('h1').innerText()).toBe('Tableau de bord');

        // Five daily series, the turnout: six images, each named by its title.
        const images = page.getByRole('img');
        const titles = await page.locator('svg[role="img"] > title').allTextContents();
        expect(await images.count()).toBeGreaterThanOrEqual(6);
        expect(titles).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^Comptes créés par jour, du /),
            expect.stringMatching(/^Bulletins par jour, du /),
            'Participation par budget (votants sur résidents vérifiés)',
          ]),
        );
        expect(await page.getByRole('img', { name: /^Comptes créés par jour/ }).count()).toBe(1);

        // The daily table: 30 days, three accounts withheld, six shown.
        const days = page.locator('table.dashboard-days tbody tr');
        expect(await days.count()).toBe(30);
        const accounts = await days.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[0]?.textContent));
        expect(accounts.at(-2)).toBe('< 5');
        expect(accounts.at(-3)).toBe('6');
        // Today: the small budget's three ballots, withheld.
        expect(await days.last().locator('td').last().innerText()).toBe('< 5');

        const budgetRow = page.locator('tr', { hasText: 'Budget des petits nombres' });
        expect(await textOf(budgetRow)).toContain('< 5');
        expect(await textOf(budgetRow)).toContain('non montré');
        await check('30');

        // Another period, without JavaScript too: a GET form.
        await page.getByLabel('90 derniers jours').check();
        await page.getByRole('button', { name: 'Afficher' }).click();
        await page.waitForURL((url) => url.searchParams.get('jours') === '90');
        expect(await page.getByLabel('90 derniers jours').isChecked()).toBe(true);
        expect(await days.count()).toBe(90);
        await check('90');
      });
    }, 120_000);
  });
});
