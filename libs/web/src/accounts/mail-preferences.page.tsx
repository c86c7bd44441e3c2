import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import type { MyMailPreferencesQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { AccountSettingsPage } from './account-settings-page.component';
import type { MailPreferencesField } from './account-forms';

const KINDS: MailPreferencesField[] = ['ballots', 'reports', 'follows'];
/** The team's daily digest goes to staff accounts only. */
const STAFF_KINDS: MailPreferencesField[] = [...KINDS, 'digest'];

/**
 * One checkbox per kind of message, ticked when received; the form sends
 * them all, so an unticked box means "stop". The one-click links of each
 * message change the same choices.
 */
export function MailPreferencesPage({
  data,
  form,
}: {
  data: MyMailPreferencesQuery;
  form: FormView<MailPreferencesField>;
}) {
  const t = useT();
  const title = t('accounts.mail.title');
  const kinds = data.me!.role === 'RESIDENT' ? KINDS : STAFF_KINDS;
  return (
    <AccountSettingsPage title={title} form={form}>
      <p>{t('accounts.mail.intro', { email: data.me!.email })}</p>
      {data.myMailPreferences.blocked && (
        <p id="mail-blocked">
          <strong>{t('accounts.mail.blocked')}</strong>
        </p>
      )}
      <form class="form" method="post" action={links.accountMail()} novalidate>
        <CsrfField />
        <fieldset class="fieldset" aria-describedby="mail-hint">
          <legend class="fieldset__legend">{t('accounts.mail.legend')}</legend>
          <p class="field__hint" id="mail-hint">
            {t('accounts.mail.hint')}
          </p>
          {kinds.map((kind) => (
            <div class="field checkbox" key={kind}>
              <input
                class="checkbox__input"
                type="checkbox"
                id={kind}
                name={kind}
                value="on"
                checked={form.values[kind] === 'on'}
              />
              <label class="checkbox__label" for={kind}>
                {t(`accounts.mail.${kind}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <button class="button" type="submit">
          {t('accounts.save')}
        </button>
      </form>
    </AccountSettingsPage>
  );
}
