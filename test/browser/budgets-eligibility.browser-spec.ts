import { Page } from 'playwright-core';
import { CAST, createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser } from '../utils/users.factory';
import { signIn } from './support/accounts';
import { expectAccessible, expectNoHorizontalScroll, textOf, withVisitor } from './support/browser';
import { screenshot } from './support/screenshots';
import { siteSession } from './support/site-session';

const CREATE_GROUP = `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id } }`;

describe('participatory budgets: who may vote and vote groups, in words', () => {
  const site = siteSession({ staff: true });

  async function submit(page: Page, name: string): Promise<void> {
    await Promise.all([page.waitForLoadState(), page.getByRole('button', { name, exact: true }).click()]);
    await page.waitForLoadState();
  }

  it('states the age limit, the group rule and exactly N projects, and words both refusals above the form (320 px, no JavaScript)', async () => {
    const resident = await createUser(site.web.api, { verified: true });
    const { createVoteGroup } = await site.web.api.gql
      .as(site.staff.token)
      .ok(CREATE_GROUP, { input: { title: 'Budget participatif 2027', rule: 'EXACTLY_ONE' } });
    const extra = { voteGroupId: createVoteGroup.id, minAge: 16, minProjects: 2, maxProjects: 2 };
    const city = await createBudget(site.web.api, site.staff.token, {
      ballotType: 'APPROVAL',
      extra: { ...extra, title: 'Budget de la ville' },
    });
    const district = await createBudget(site.web.api, site.staff.token, {
      ballotType: 'APPROVAL',
      extra: { ...extra, title: 'Budget du quartier' },
    });
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await signIn(page, resident.email, undefined, `/connexion?suivant=/budgets-participatifs/${district.budgetId}`);
      const facts = await textOf(page.locator('dl.budget-facts'));
      expect(facts).toContain('Il faut avoir au moins 16 ans dans l’année.');
      expect(facts).toContain(
        'Ce budget fait partie de « Budget participatif 2027 » : vous pouvez voter pour un seul de ses budgets (Budget de la ville, Budget du quartier).',
      );
      expect(facts).toContain('Choisissez exactement 2 projets.');
      await expectAccessible(page);
      await screenshot(page, 'eligibility-budget-320-nojs');
      // The list says it too, by each budget of the group.
      await page.goto('/budgets-participatifs');
      expect(await textOf(page.locator('.card', { hasText: 'Budget du quartier' }))).toContain(
        'Voté avec les autres budgets de « Budget participatif 2027 » : vous votez pour un seul d’entre eux.',
      );

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
      await site.web.api.db.query(
        `UPDATE census_entries SET birth_year = $2
          WHERE id = (SELECT census_entry_id FROM residency_verifications WHERE user_id = $1)`,
        [resident.id, new Date().getUTCFullYear() - 30],
      );
      await site.web.api.gql
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
    });
  });

  it('sets who may support in the consultation form, says it on its pages, and words a refused support (320 px, no JavaScript)', async () => {
    const consultation = await createConsultation(site.web.api, site.staff.token, { open: 'SUPPORTS' });
    const [proposalId] = await insertProposals(site.web.api, consultation.id, [site.staff.id], 1);
    const resident = await createUser(site.web.api, { verified: true });
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page }) => {
      await signIn(page, site.staff.email, undefined, `/gestion/consultations/${consultation.id}`);
      await page.getByLabel('Les personnes inscrites sur les listes électorales (colonne du recensement)').check();
      await page.getByLabel('Âge minimum').fill('18');
      await submit(page, 'Enregistrer les modifications');
      expect(await page.getByRole('status').innerText()).toBe('La consultation est modifiée.');
      const facts = await textOf(page.locator('.staff-facts'));
      expect(facts).toContain('Les personnes inscrites sur les listes électorales');
      expect(facts).toContain('Il faut avoir au moins 18 ans dans l’année.');
      expect(await page.getByLabel('Âge minimum').inputValue()).toBe('18');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'eligibility-consultation-staff-320-nojs');
    });

    // Residents read it on the consultation's page and by the support button; the census does not list this one as a voter.
    await withVisitor(site.browser, site.web.api.url, { javaScript: false, width: 320 }, async ({ page: visitor }) => {
      await signIn(visitor, resident.email, undefined, `/connexion?suivant=/consultations/${consultation.id}`);
      const about = await textOf(visitor.locator('main'));
      expect(about).toContain(
        'Seules les personnes inscrites sur les listes électorales de la commune peuvent soutenir les propositions.',
      );
      expect(about).toContain('Pour soutenir les propositions, il faut avoir au moins 18 ans dans l’année.');
      await visitor.goto(`/propositions/${proposalId}`);
      await submit(visitor, 'Soutenir');
      expect(await textOf(visitor.getByRole('alert'))).toContain(
        'Les soutiens de cette consultation sont réservés aux personnes inscrites sur les listes électorales de la commune',
      );
      await expectAccessible(visitor);
      await screenshot(visitor, 'eligibility-support-refused-320-nojs');
    });
  });
});
