import { districtOptions } from '../../forms/filter-fields.component';
import { CsrfField } from '../../forms/csrf-field.component';
import { emptyForm, type FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffAccountLookupQuery, StaffVerificationPageQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Radios, TextArea } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import type { LookupField, VerifyField } from './verification-form';
import { HintAndError } from '../../forms/field-description.component';
import { CensusCodeField } from '../../forms/census-code-field.component';

type Lookup = StaffAccountLookupQuery['accountLookup'];
type Account = Lookup['accounts'][number];

export interface VerificationPageProps {
  data: StaffVerificationPageQuery;
  lookupForm: FormView<LookupField>;
  /** The accounts found by the search just made (never kept: the search is sent again with the verification). */
  lookup?: Lookup;
  verifyForm?: FormView<VerifyField>;
}

/** Why an account cannot be chosen, if it cannot. */
function unavailable(account: Account): 'verification.account.isVerified' | 'verification.account.isBlocked' | null {
  if (account.verified) return 'verification.account.isVerified';
  if (account.blocked) return 'verification.account.isBlocked';
  return null;
}

/** An account as the person at the desk can confirm it: name, start of the address, since when. */
function AccountSummary({ account }: { account: Account }) {
  const t = useT();
  const { i18n } = usePage();
  const reason = unavailable(account);
  return (
    <>
      <strong>{account.displayName}</strong>
      {' – '}
      {t('verification.account.details', {
        email: account.emailHint ?? t('verification.account.noEmail'),
        date: i18n.date(account.createdAt),
        confirmed: account.emailConfirmed ? 'yes' : 'no',
      })}
      {reason && <> ({t(reason)})</>}
    </>
  );
}

/** The accounts found, as the radios of the verification form (verified and blocked ones shown, not choosable). */
function AccountChoice({ accounts, form }: { accounts: Account[]; form: FormView<VerifyField> }) {
  const t = useT();
  const error = form.errors.find((e) => e.field === 'compte');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="radios" aria-describedby={error ? 'compte-error' : undefined}>
        <legend class="field__label">{t('verification.account')}</legend>
        <HintAndError name="compte" error={error?.text} />
        {accounts.map((account, index) => {
          const id = index === 0 ? 'compte' : `compte-${account.id}`;
          const reason = unavailable(account);
          return (
            <div class="radio" key={account.id}>
              <input
                type="radio"
                id={id}
                name="compte"
                value={account.id}
                checked={form.values.compte === account.id}
                disabled={reason !== null}
                aria-invalid={error ? 'true' : undefined}
              />
              <label for={id}>
                <AccountSummary account={account} />
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** In-person verification of a resident (issue #21, point 6): find the account, then bind it to a census entry. */
export function VerificationPage({ data, lookupForm, lookup, verifyForm }: VerificationPageProps) {
  const t = useT();
  const refused = lookupForm.errors.length + lookupForm.general.length > 0 ? lookupForm : verifyForm;
  const choosable = lookup?.accounts.some((a) => unavailable(a) === null) ?? false;
  const districts = data.municipality.districts;
  const verify = verifyForm ?? emptyForm<VerifyField>({ quartier: '' });
  return (
    <StaffLayout
      title={t('verification.title')}
      trail={[{ label: t('census.title'), href: staffLinks.census() }]}
      form={refused}
    >
      <p>{t('verification.intro')}</p>
      <form method="post" action={staffLinks.verificationSearch()} class="verification-search">
        <CsrfField />
        <TextField
          form={lookupForm}
          name="recherche"
          label={t('verification.search')}
          hint={t('verification.search.hint')}
          autocomplete="off"
          spellcheck={false}
        />
        <button type="submit" class="button button--secondary">
          {t('verification.search.submit')}
        </button>
      </form>
      {lookup && (
        <section aria-labelledby="verification-results">
          <h2 id="verification-results">{t('verification.results')}</h2>
          <p role="status">
            {t('verification.results.count', { count: lookup.accounts.length })}
            {lookup.more && <> {t('verification.results.more')}</>}
          </p>
          {lookup.accounts.length > 0 && !choosable && (
            <>
              <p>{t('verification.results.noneChoosable')}</p>
              <ul>
                {lookup.accounts.map((account) => (
                  <li key={account.id}>
                    <AccountSummary account={account} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {choosable && (
            <form method="post" action={staffLinks.verification()} class="verification-form">
              <CsrfField />
              {/* The search travels with the form, so that a refusal shows the same accounts again. */}
              <input type="hidden" name="recherche" value={lookupForm.values.recherche ?? ''} />
              <AccountChoice accounts={lookup.accounts} form={verify} />
              <CensusCodeField
                form={verify}
                name="code"
                label={t('verification.code')}
                hint={t('verification.code.hint')}
              />
              {districts.length > 0 && (
                <Radios
                  form={verify}
                  name="quartier"
                  label={t('verification.district')}
                  hint={t('verification.district.hint')}
                  options={[{ value: '', label: t('verification.district.fromCensus') }, ...districtOptions(districts)]}
                />
              )}
              <TextArea
                form={verify}
                name="motif"
                label={t('verification.reason')}
                hint={t('verification.reason.hint')}
                rows={3}
              />
              <button type="submit" class="button">
                {t('verification.submit')}
              </button>
            </form>
          )}
        </section>
      )}
    </StaffLayout>
  );
}
