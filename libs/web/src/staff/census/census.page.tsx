import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import type { StaffImportCensusMutation } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import type { CensusField } from './census-form';
import { HintAndError } from '../../forms/field-description.component';

type ImportResult = StaffImportCensusMutation['importCensus'];

export interface CensusPageProps {
  form: FormView<CensusField>;
  /** The import just made: shown once, as its refused lines are not stored. */
  result?: ImportResult;
}

function ImportSummary({ result }: { result: ImportResult }) {
  const t = useT();
  const { i18n } = usePage();
  return (
    <section class="census-result" aria-labelledby="census-result-title">
      <h2 id="census-result-title">{t('census.result.title')}</h2>
      <div class="flash" role="status">
        <p>
          {t('census.result.summary', {
            added: result.added,
            alreadyPresent: result.alreadyPresent,
            malformed: result.malformed,
          })}
        </p>
      </div>
      <dl class="census-counts">
        <div>
          <dt>{t('census.result.added')}</dt>
          <dd>{i18n.number(result.added)}</dd>
        </div>
        <div>
          <dt>{t('census.result.alreadyPresent')}</dt>
          <dd>{i18n.number(result.alreadyPresent)}</dd>
        </div>
        <div>
          <dt>{t('census.result.malformed')}</dt>
          <dd>{i18n.number(result.malformed)}</dd>
        </div>
      </dl>
      {result.refusedLines.length > 0 && (
        <>
          {result.malformed > result.refusedLines.length && (
            <p>{t('census.result.refusedFirst', { shown: result.refusedLines.length, count: result.malformed })}</p>
          )}
          {/* Two short columns: the table fits 320 px whole, its cells wrap, inside the region its caption names. */}
          <StaffTable
            captionId="census-refused-caption"
            caption={t('census.result.refusedCaption')}
            fit
            columns={[{ label: t('census.result.line'), number: true }, { label: t('census.result.problem') }]}
          >
            {result.refusedLines.map((refused) => (
              <tr key={refused.line}>
                <th scope="row" class="table__number">
                  {i18n.number(refused.line)}
                </th>
                <td>{t('census.problem', { problem: refused.problem })}</td>
              </tr>
            ))}
          </StaffTable>
        </>
      )}
      <p>
        <a href={staffLinks.census()}>{t('census.result.again')}</a>
      </p>
    </section>
  );
}

/** The census import (issue #21, point 6): a file upload that works without JavaScript, then its summary. */
export function CensusPage({ form, result }: CensusPageProps) {
  const t = useT();
  const error = form.errors.find((e) => e.field === 'census');
  const describedBy = ['census-hint', error ? 'census-error' : undefined].filter(Boolean).join(' ');
  return (
    <StaffLayout title={t('census.title')} form={form}>
      {result && <ImportSummary result={result} />}
      {!result && (
        <>
          <p>{t('census.intro')}</p>
          <p>
            <a href={staffLinks.verification()}>{t('verification.link')}</a>
          </p>
          <p>{t('census.format')}</p>
          <form method="post" action={staffLinks.census()} enctype="multipart/form-data" class="census-form">
            {/* First: the server checks the token before reading the file. */}
            <CsrfField />
            <fieldset>
              <legend>{t('census.import.legend')}</legend>
              <div class={error ? 'field field--error' : 'field'}>
                <label class="field__label" for="census">
                  {t('census.file')}
                </label>
                <p class="field__hint" id="census-hint">
                  {t('census.file.hint')}
                </p>
                <HintAndError name="census" error={error?.text} />
                <input
                  class="field__file"
                  id="census"
                  name="census"
                  type="file"
                  accept=".csv,.txt,text/csv,text/plain"
                  aria-describedby={describedBy}
                  aria-invalid={error ? 'true' : undefined}
                />
              </div>
            </fieldset>
            <button type="submit" class="button">
              {t('census.submit')}
            </button>
          </form>
        </>
      )}
    </StaffLayout>
  );
}
