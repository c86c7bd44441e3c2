import { Page } from 'playwright-core';
import { FACTORY_PASSWORD } from '../../utils/users.factory';

export { FACTORY_PASSWORD };

/** Signs in through the form, as a visitor would (JavaScript on or off). */
export async function signIn(
  page: Page,
  email: string,
  password = FACTORY_PASSWORD,
  path = '/connexion',
): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/connexion')),
    page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
  ]);
}
