import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import type { NearbySameCategoryQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { links, reportLinks } from '../routes/paths';
import { FollowButton } from './follow-button.component';
import { describedBy, fieldError } from '../forms/field-description.component';
import { Field } from '../forms/field.component';
import { Choice, ChoiceGroup } from './report-fields.component';
import {
  attributeField,
  CategoryAttribute,
  DetailsField,
  orderedAttributes,
  ReportCategory,
  ReportDraft,
} from './report-form';

export interface NewReportDetailsPageProps {
  category: ReportCategory;
  draft: ReportDraft;
  nearby: NearbySameCategoryQuery['nearbyReports'];
  form: FormView<DetailsField>;
}

/** Step 2: "already reported?", the category's questions, the description, and who reports. */
export function NewReportDetailsPage({ category, draft, nearby, form }: NewReportDetailsPageProps) {
  const t = useT();
  const { viewer, i18n } = usePage();
  const place = draft.address || t('reports.coordinates', { latitude: draft.latitude, longitude: draft.longitude });
  return (
    <FormPage title={t('reports.new.title')} form={form}>
      <p class="report-step">{t('reports.new.step', { step: 2 })}</p>
      <dl class="report-facts">
        <dt>{t('reports.details.where')}</dt>
        <dd>{place}</dd>
        <dt>{t('reports.details.what')}</dt>
        <dd>{category.name}</dd>
        {draft.photoUrl && (
          <>
            <dt>{t('reports.details.photo')}</dt>
            <dd>
              <img class="report-photo report-photo--thumb" src={draft.photoUrl} alt={t('reports.details.photoAlt')} />
            </dd>
          </>
        )}
      </dl>
      {nearby.length > 0 && (
        <section class="report-duplicates" aria-labelledby="duplicates-title">
          <h2 id="duplicates-title">{t('reports.duplicates.title')}</h2>
          <p>{t('reports.duplicates.intro', { count: nearby.length })}</p>
          <p>{t('reports.follow.hint')}</p>
          <ul class="report-duplicates__list">
            {nearby.map((report) => (
              <li key={report.id} class="report-duplicate">
                <p class="report-duplicate__description" id={`duplicate-${report.id}`}>
                  {report.description}
                </p>
                <p class="report-duplicate__meta">
                  {t('reports.duplicates.distance', {
                    meters: Math.round(report.distanceMeters ?? 0),
                    status: t('reports.status', { status: report.status }),
                    date: i18n.date(report.createdAt),
                  })}
                </p>
                <a href={reportLinks.issueReport(report.id)} aria-describedby={`duplicate-${report.id}`}>
                  {t('reports.duplicates.view')}
                </a>
                <FollowButton reportId={report.id} followed={false} describedBy={`duplicate-${report.id}`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <form class="form" method="post" action={reportLinks.newReport()} novalidate>
        <CsrfField />
        <input type="hidden" name="step" value="details" />
        <input type="hidden" name="latitude" value={draft.latitude} />
        <input type="hidden" name="longitude" value={draft.longitude} />
        <input type="hidden" name="address" value={draft.address} />
        <input type="hidden" name="categoryCode" value={draft.categoryCode} />
        <input type="hidden" name="photoId" value={draft.photoId} />
        <input type="hidden" name="photoUrl" value={draft.photoUrl} />
        <h2>{t('reports.details.legend')}</h2>
        {orderedAttributes(category).map((attribute) => (
          <AttributeField key={attribute.code} attribute={attribute} draft={draft} form={form} />
        ))}
        <Field
          name="description"
          label={t('reports.field.description')}
          hint={t('reports.field.description.hint')}
          error={fieldError(form, 'description')}
        >
          <textarea
            class="field__input field__input--text"
            id="description"
            name="description"
            rows={5}
            maxlength={4000}
            aria-describedby={describedBy('description', true, !!fieldError(form, 'description'))}
            aria-invalid={fieldError(form, 'description') ? 'true' : undefined}
          >
            {draft.description}
          </textarea>
        </Field>
        <h2>{t('reports.who.legend')}</h2>
        {viewer ? (
          <p>{t('reports.who.signedIn', { name: viewer.displayName })}</p>
        ) : (
          <>
            <p>
              {t('reports.who.anonymous')}{' '}
              <a href={links.signIn(reportLinks.resumeReport(draft))}>{t('reports.who.signIn')}</a>
            </p>
            <Field
              name="email"
              label={t('reports.field.email')}
              hint={t('reports.field.email.hint')}
              error={fieldError(form, 'email')}
              optional
            >
              <input
                class="field__input"
                type="email"
                id="email"
                name="email"
                value={draft.email}
                autocomplete="email"
                spellcheck={false}
                aria-describedby={describedBy('email', true, !!fieldError(form, 'email'))}
                aria-invalid={fieldError(form, 'email') ? 'true' : undefined}
              />
            </Field>
          </>
        )}
        <div class="report-actions">
          <button class="button" type="submit" name="action" value="submit">
            {t('reports.submit')}
          </button>
          <button class="button button--secondary" type="submit" name="action" value="back">
            {t('reports.details.change')}
          </button>
        </div>
      </form>
    </FormPage>
  );
}

/** One Open311 attribute as the datatype asks: text, number, date and time, one choice or several. */
function AttributeField({
  attribute,
  draft,
  form,
}: {
  attribute: CategoryAttribute;
  draft: ReportDraft;
  form: FormView<DetailsField>;
}) {
  const name = attributeField(attribute.code);
  const error = fieldError(form, name);
  const answer = draft.answers[attribute.code];
  const hint = attribute.datatypeDescription ?? undefined;
  const optional = !attribute.required;
  if (attribute.datatype === 'singlevaluelist' || attribute.datatype === 'multivaluelist') {
    const multiple = attribute.datatype === 'multivaluelist';
    const chosen = Array.isArray(answer) ? answer : answer ? [answer] : [];
    return (
      <ChoiceGroup name={name} legend={attribute.description} hint={hint} error={error} optional={optional}>
        {attribute.values.map((value, index) => (
          <Choice
            key={value.key}
            id={index === 0 ? name : `${name}-${index}`}
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={value.key}
            checked={chosen.includes(value.key)}
            label={value.name}
          />
        ))}
      </ChoiceGroup>
    );
  }
  const value = typeof answer === 'string' ? answer : '';
  const common = {
    class: 'field__input',
    id: name,
    name,
    'aria-describedby': describedBy(name, !!hint, !!error),
    'aria-invalid': error ? ('true' as const) : undefined,
  };
  return (
    <Field name={name} label={attribute.description} hint={hint} error={error} optional={optional}>
      {attribute.datatype === 'text' ? (
        <textarea {...common} rows={3} maxlength={4000}>
          {value}
        </textarea>
      ) : attribute.datatype === 'number' ? (
        <input {...common} type="text" inputmode="decimal" value={value} />
      ) : attribute.datatype === 'datetime' ? (
        <input {...common} type="datetime-local" value={value} />
      ) : (
        <input {...common} type="text" value={value} maxlength={255} />
      )}
    </Field>
  );
}
