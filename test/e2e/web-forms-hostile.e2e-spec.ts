import { Role } from '@quorum/access';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { seedReportCategories } from '../utils/reports.factory';
import { insertTrackedItem } from '../utils/tracking.factory';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';

/** What people type, paste or forge into a field that expects a number. */
const HOSTILE = ['abc', '12abc', '1e400', '-5', '99999999999999999999'];

/** Names of fields that hold a number even where the control is a plain text box (French decimals). */
const NUMERIC_NAME =
  /amount|cost|points|max|min|percent|latitude|longitude|year|age|population|committed|spent|vote|limit|threshold/i;

interface HtmlForm {
  action: string;
  fields: Record<string, string>;
  numeric: string[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`, 'i')
    .exec(tag)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

/**
 * What a person types in the forms' fields that start empty and that the form
 * needs (few carry `required`), so that each post reaches the API with only
 * the hostile field wrong; a position's other half too, so that the error is
 * about the hostile half, not a missing one.
 */
const TYPED: Record<string, string> = {
  title: 'Essai de saisie',
  projectTitle: 'Bancs place du Capitole',
  totalAmount: '100000',
  votingOpensAt: '2027-03-01T10:00',
  votingClosesAt: '2027-03-15T18:00',
  delibId: 'DEL-2026-042',
  delibDate: '2026-03-12',
  objet: 'Budget participatif : financement des projets lauréats',
  matiereCode: '7.1',
  matiereNom: 'Finances locales - Décisions budgétaires',
  latitude: '43,6045',
  longitude: '1,4442',
};

/** The urlencoded POST forms of a page, each with the values a browser would send untouched. */
function postForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const [, open, body] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/gi)) {
    if (attr(open, 'method')?.toLowerCase() !== 'post' || /multipart/i.test(open)) continue;
    const fields: Record<string, string> = {};
    const numeric: string[] = [];
    for (const [tag] of body.matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(tag, 'name');
      const type = (attr(tag, 'type') ?? 'text').toLowerCase();
      if (!name || type === 'submit' || type === 'file') continue;
      const checked = /\schecked\b/i.test(tag);
      if ((type === 'checkbox' || type === 'radio') && !checked && (type === 'checkbox' || name in fields)) continue;
      fields[name] = attr(tag, 'value') || (TYPED[name] ?? '');
      const mode = attr(tag, 'inputmode');
      const looksNumeric = type === 'number' || mode === 'numeric' || mode === 'decimal' || NUMERIC_NAME.test(name);
      if (looksNumeric && type !== 'hidden' && !numeric.includes(name)) numeric.push(name);
    }
    for (const [, tag, options] of body.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/gi)) {
      const values = [...options.matchAll(/<option\b[^>]*>/gi)].map(([o]) => ({
        value: attr(o, 'value') ?? '',
        selected: /\sselected\b/i.test(o),
      }));
      const chosen = values.find((o) => o.selected) ?? values.find((o) => o.value !== '') ?? values[0];
      if (attr(tag, 'name') && chosen) fields[attr(tag, 'name')!] = chosen.value;
    }
    for (const [, tag, text] of body.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/gi)) {
      const name = attr(tag, 'name');
      if (name) fields[name] = text.trim() || (TYPED[name] ?? '');
    }
    if (numeric.length > 0) forms.push({ action: attr(open, 'action') ?? '', fields, numeric });
  }
  return forms;
}

/** The fields the summary at the top of a refused form links to. */
const summaryLinks = (html: string): string[] =>
  [...(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '').matchAll(/href="#([^"]+)"/g)].map(
    (m) => m[1],
  );

/** Where the summary sends the visitor for a field: a ballot's points are one field, its fieldset of projects. */
const anchor = (name: string): string => (name.startsWith('points-') ? 'projects' : name);

/**
 * Every POST form of the back office and of the resident pages that has a
 * field expecting a number, posted as a browser without JavaScript would with
 * that field set to text, an overflowing or a negative value: the page must
 * refuse it at the field (400, summarised) or accept it (303), never fail (500).
 */
describe('website: numeric form fields given hostile values', () => {
  let web: WebApp;
  let admin: SiteClient;
  const pages: string[] = [];

  beforeAll(async () => {
    web = await startWebApp();
    const user = await createUser(web.api, { role: Role.ADMIN, verified: true });
    admin = new SiteClient(web.api.url);
    expect((await admin.post('/connexion', { email: user.email, password: FACTORY_PASSWORD })).status).toBe(303);

    await seedReportCategories(web.api);
    const draft = await createBudget(web.api, user.token, { open: false, costs: [400] });
    const open = await createBudget(web.api, user.token, {
      ballotType: 'CUMULATIVE',
      costs: [400, 300],
      extra: { maxPoints: 5 },
    });
    const consultation = await createConsultation(web.api, user.token);
    const [proposalId] = await insertProposals(web.api, consultation.id, [user.id], 1);
    const itemId = await insertTrackedItem(web.api);
    pages.push(
      '/gestion/budgets/nouveau',
      `/gestion/budgets/${draft.budgetId}`,
      `/gestion/budgets/${draft.budgetId}/projets/${draft.projectIds[0]}`,
      `/gestion/budgets/${draft.budgetId}/projets/${draft.projectIds[0]}/faisabilite`,
      `/gestion/budgets/${open.budgetId}`,
      `/gestion/budgets/${open.budgetId}/bulletins-papier`,
      `/gestion/budgets/${open.budgetId}/bulletins-papier/saisie-double`,
      '/gestion/budgets/groupes',
      '/gestion/consultations/nouvelle',
      `/gestion/consultations/${consultation.id}`,
      `/gestion/propositions/${proposalId}`,
      `/gestion/suivi-des-projets/${itemId}`,
      `/gestion/suivi-des-projets/${itemId}/deliberations`,
      '/gestion/signalements/categories',
      '/gestion/donnees-ouvertes',
      `/budgets-participatifs/${open.budgetId}/vote`,
      `/consultations/${consultation.id}/propositions/nouvelle`,
      '/signalements/nouveau',
    );
  });

  afterAll(() => web?.close());

  it('refuses each one at its field or accepts it, and never answers 500', async () => {
    const failures: string[] = [];
    let posted = 0;
    for (const page of pages) {
      const { status, html } = await admin.get(page);
      expect([page, status]).toEqual([page, 200]);
      for (const form of postForms(html)) {
        for (const name of form.numeric) {
          for (const value of HOSTILE) {
            const result = await admin.post(
              form.action,
              { ...form.fields, [name]: value },
              { csrf: form.fields._csrf },
            );
            posted += 1;
            const atField = result.status === 400 && summaryLinks(result.html).includes(anchor(name));
            if (!atField && result.status !== 303) {
              failures.push(`${form.action} ${name}=${value}: ${result.status} ${summaryLinks(result.html).join(',')}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The pages above hold a few dozen numeric fields: a parser that found none would test nothing.
    expect(posted).toBeGreaterThan(50);
  });
});
