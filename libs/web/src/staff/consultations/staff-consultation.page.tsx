import { districtOptions } from '../../forms/filter-fields.component';
import { CsrfField } from '../../forms/csrf-field.component';
import { emptyForm, type FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffConsultationNewQuery, StaffConsultationQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { consultationLinks, staffLinks } from '../../routes/paths';
import { agesSentence } from '../../budgets/budget-rules.component';
import { DateTimeField, Radios, TextArea } from '../staff-fields.component';
import { EligibilityFields } from '../eligibility-fields.component';
import { StaffLayout } from '../staff-layout.component';
import {
  type ConsultationField,
  consultationValues,
  endField,
  PHASE_KINDS,
  startField,
  WHOLE_COMMUNE,
} from './staff-consultation-forms';
import { StaffSection } from '../staff-section.component';

type District = { id: string; name: string };

/** The fields of a consultation, for creation and edition alike. */
function ConsultationForm({
  form,
  action,
  districts,
  submit,
}: {
  form: FormView<ConsultationField>;
  action: string;
  districts: District[];
  submit: string;
}) {
  const t = useT();
  return (
    <form method="post" action={action} novalidate>
      <CsrfField />
      <TextField form={form} name="title" label={t('staffConsultations.field.title')} />
      <TextArea
        form={form}
        name="description"
        label={t('staffConsultations.field.description')}
        hint={t('staffConsultations.field.description.hint')}
        optional
        rows={8}
      />
      <Radios
        form={form}
        name="districtId"
        label={t('staffConsultations.field.districtId')}
        options={[{ value: WHOLE_COMMUNE, label: t('staffConsultations.wholeCommune') }, ...districtOptions(districts)]}
      />
      <TextArea
        form={form}
        name="categories"
        label={t('staffConsultations.field.categories')}
        hint={t('staffConsultations.field.categories.hint')}
        optional
        rows={4}
      />
      <fieldset class="staff-fieldset">
        <legend class="field__label">{t('staffConsultations.phases')}</legend>
        <p class="field__hint">{t('staffConsultations.phases.hint')}</p>
        {PHASE_KINDS.map((kind) => (
          <fieldset class="staff-fieldset staff-phase" key={kind}>
            <legend>{t('staffConsultations.phase', { phase: kind })}</legend>
            <DateTimeField
              form={form}
              name={startField(kind)}
              label={t('staffConsultations.field.phaseStart', { phase: kind })}
            />
            <DateTimeField
              form={form}
              name={endField(kind)}
              label={t('staffConsultations.field.phaseEnd', { phase: kind })}
            />
          </fieldset>
        ))}
      </fieldset>
      <fieldset class="staff-fieldset">
        <legend class="field__label">{t('staffConsultations.thresholds')}</legend>
        <TextField
          form={form}
          name="supportThreshold"
          label={t('staffConsultations.field.supportThreshold')}
          hint={t('staffConsultations.field.supportThreshold.hint')}
          inputmode="numeric"
        />
        <TextField
          form={form}
          name="supportLimit"
          label={t('staffConsultations.field.supportLimit')}
          hint={t('staffConsultations.field.supportLimit.hint')}
          inputmode="numeric"
        />
        <TextField
          form={form}
          name="proposalLimit"
          label={t('staffConsultations.field.proposalLimit')}
          hint={t('staffConsultations.field.default.hint')}
          inputmode="numeric"
          optional
        />
        <TextField
          form={form}
          name="hideThreshold"
          label={t('staffConsultations.field.hideThreshold')}
          hint={t('staffConsultations.field.default.hint')}
          inputmode="numeric"
          optional
        />
      </fieldset>
      <fieldset class="staff-fieldset">
        <legend class="field__label">{t('staffConsultations.eligibility')}</legend>
        <p class="field__hint">{t('staffConsultations.eligibility.hint')}</p>
        <EligibilityFields form={form} populationLabel={t('staffConsultations.field.population')} />
      </fieldset>
      <button type="submit" class="button">
        {submit}
      </button>
    </form>
  );
}

/** A new consultation, created unpublished: residents see it once it is published. */
export function ConsultationNewPage({
  data,
  form,
}: {
  data: StaffConsultationNewQuery;
  form: FormView<ConsultationField>;
}) {
  const t = useT();
  return (
    <StaffLayout
      title={t('staffConsultations.new.title')}
      trail={[{ label: t('staffConsultations.title'), href: staffLinks.consultations() }]}
      form={form}
    >
      <p>{t('staffConsultations.new.intro')}</p>
      <ConsultationForm
        form={form}
        action={staffLinks.consultationNew()}
        districts={data.municipality.districts}
        submit={t('staffConsultations.submitCreate')}
      />
    </StaffLayout>
  );
}

export interface ConsultationEditPageProps {
  data: StaffConsultationQuery;
  /** The edit form, shown again after a refusal. */
  form?: FormView<ConsultationField>;
  /** A refusal of publish or unpublish. */
  actionForm?: FormView<ConsultationField>;
}

/** One consultation as staff manage it: where it stands, publish or unpublish, preview, its proposals, its fields. */
export function ConsultationEditPage({ data, form, actionForm }: ConsultationEditPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const consultation = data.consultation;
  const failed = (f?: FormView<string>) => (f && f.errors.length + f.general.length > 0 ? f : undefined);
  const shown = form ?? emptyForm(consultationValues(consultation, i18n.timeZone));
  const ages = agesSentence(consultation, t);
  return (
    <StaffLayout
      title={consultation.title}
      trail={[{ label: t('staffConsultations.title'), href: staffLinks.consultations() }]}
      form={failed(actionForm) ?? failed(form)}
    >
      <StaffSection id="facts-title" title={t('staffConsultations.facts')}>
        <dl class="staff-facts">
          <dt>{t('staffConsultations.column.published')}</dt>
          <dd>{t('staffConsultations.published', { published: String(consultation.published) })}</dd>
          <dt>{t('staffConsultations.column.phase')}</dt>
          <dd>{t('staffConsultations.phase', { phase: consultation.currentPhase ?? 'NONE' })}</dd>
          <dt>{t('staffConsultations.column.proposals')}</dt>
          <dd>{i18n.number(consultation.figures.proposals)}</dd>
          <dt>{t('staffConsultations.eligibility')}</dt>
          <dd>
            {t('staffBudgets.population', { population: consultation.population })}
            {ages && <p>{ages}</p>}
          </dd>
        </dl>
        <ul class="staff-links">
          <li>
            <a href={staffLinks.consultationPreview(consultation.id)}>{t('staffConsultations.preview')}</a>
          </li>
          <li>
            <a href={staffLinks.proposals(consultation.id)}>{t('staffConsultations.proposals')}</a>
          </li>
          {consultation.published && (
            <li>
              <a href={consultationLinks.consultation(consultation.id)}>{t('staffConsultations.publicPage')}</a>
            </li>
          )}
        </ul>
      </StaffSection>
      <StaffSection id="publication-title" title={t('staffConsultations.publication')}>
        <p>{consultation.published ? t('staffConsultations.unpublishHint') : t('staffConsultations.publishHint')}</p>
        <form
          method="post"
          action={
            consultation.published
              ? staffLinks.consultationUnpublish(consultation.id)
              : staffLinks.consultationPublish(consultation.id)
          }
        >
          <CsrfField />
          <button type="submit" class={consultation.published ? 'button button--secondary' : 'button'}>
            {consultation.published ? t('staffConsultations.unpublish') : t('staffConsultations.publish')}
          </button>
        </form>
      </StaffSection>
      <StaffSection id="edit-title" title={t('staffConsultations.edit')}>
        <ConsultationForm
          form={shown}
          action={staffLinks.consultation(consultation.id)}
          districts={data.municipality.districts}
          submit={t('staffConsultations.submitUpdate')}
        />
      </StaffSection>
    </StaffLayout>
  );
}
