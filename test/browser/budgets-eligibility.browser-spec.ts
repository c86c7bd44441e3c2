import { Role } from '@quorum/access';
import { Browser, Page } from 'playwright-core';
import { CAST, createBudget } from '../utils/budgets.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newVisitor, textOf } from './support/browser';
import { screenshot } from './support/screenshots';
import { startWebApp, WebApp } from './support/web-app';

const CREATE_GROUP = `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id } }`;

describe('participatory budgets: who may vote and vote groups, in words', () => {
  let web: WebApp;
  let browser: Browser;
  let staff: TestUser;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    staff = await createUser(web.api, { role: Role.STAFF });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function submit(page: Page, name: string): Promise<void> {
    await Promise.all([page.waitForLoadState(), page.getByRole('button', { name, exact: true }).click()]);
    await page.waitForLoadState();
  }

  it('states the age limit, the group rule and exactly N projects, and words both refusals above the form (320 px, no JavaScript)', async () => {
    const { page, context } = await newVisitor(browser, web.api.url, { javaScript: false, width: 320 });
    const resident = await createUser(web.api, { verified: true });
    const { createVoteGroup } = await web.api.gql
      .as(staff.token)
      .ok(CREATE_GROUP, { input: { title: 'Budget participatif 2027', rule: 'EXACTLY_ONE' } });
    const extra = { voteGroupId: createVoteGroup.id, minAge: 16, minProjects: 2, maxProjects: 2 };
    const city = await createBudget(web.api, staff.token, {
      ballotType: 'APPROVAL',
      extra: { ...extra, title: 'Budget de la ville' },
    });
    const district = await createBudget(web.api, staff.token, {
      ballotType: 'APPROVAL',
      extra: { ...extra, title: 'Budget du quartier' },
    });
    try {
      await signIn(page, resident.email, undefined, `/connexion?suivant=/budgets-participatifs/${district.budgetId}`);
      const facts = await textOf(page.locator('dl.budget-facts'));
      expect(facts).toContain('Il faut avoir au moins 16 ans dans l’année.');
      expect(facts).toContain(
        'Ce budget fait partie de « Budget participatif 2027 » : vous pouvez voter pour un seul de ses budgets (Budget de la ville, Budget du quartier).',
      );
      expect(facts).toContain('Choisissez exactement 2 projets.');
      await expectAccessible(page);
      await screenshot(page, 'eligibility-budget-320-nojs');

      // The factory's census entry gives no birth year: refused in words, the choice kept.
      await page.goto(`/budgets-participatifs/${district.budgetId}/vote`);
      await page.getByLabel('Project 1').check();
      await page.getByLabel('Project 2').check();
      await submit(page, 'Continuer');
      await submit(page, 'Valider mon vote');
      expect(await textOf(page.getByRole('alert'))).toContain(
        'Ce vote a une limite d’âge et la mairie ne connaît pas votre année de naissance : adressez-vous à elle.',
      );
      expect(await page.getByLabel('Project 2').isChecked()).toBe(true);
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'eligibility-refused-320-nojs');

      // With a birth year, the resident votes in the city's budget, and the group refuses the district's.
      await web.api.db.query(
        `UPDATE census_entries SET birth_year = $2
          WHERE id = (SELECT census_entry_id FROM residency_verifications WHERE user_id = $1)`,
        [resident.id, new Date().getUTCFullYear() - 30],
      );
      await web.api.gql
        .as(resident.token)
        .ok(CAST, { input: { budgetId: city.budgetId, projectIds: city.projectIds.slice(0, 2) } });
      await page.goto(`/budgets-participatifs/${district.budgetId}/vote`);
      await page.getByLabel('Project 1').check();
      await page.getByLabel('Project 3').check();
      await submit(page, 'Continuer');
      await submit(page, 'Valider mon vote');
      expect(await textOf(page.getByRole('alert'))).toContain(
        'Vous avez déjà voté pour un autre budget de « Budget participatif 2027 », autant que sa règle le permet.',
      );
      await expectAccessible(page);
      await screenshot(page, 'eligibility-group-320-nojs');
    } finally {
      await context.close();
    }
  });
});
