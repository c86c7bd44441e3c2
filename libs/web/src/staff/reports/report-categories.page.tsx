import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffReportCategoriesQuery } from '../../graphql/generated/graphql';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { TextArea } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import { DATATYPES, questionField } from './report-category-form';
import { fieldError, HintAndError } from '../../forms/field-description.component';
import { StaffSection } from '../staff-section.component';

export interface ReportCategoriesPageProps {
  data: StaffReportCategoriesQuery;
  /** The code of the category being edited; undefined for a new one. */
  editing?: string;
  form: FormView<string>;
  slots: number;
}

function Checkbox({ form, name, label }: { form: FormView<string>; name: string; label: string }) {
  return (
    <div class="checkbox">
      <input type="checkbox" class="checkbox__input" id={name} name={name} checked={form.values[name] === 'on'} />
      <label for={name}>{label}</label>
    </div>
  );
}

/** One Open311 question (attribute) of the category: its code, type, label, choices; removable. */
function Question({ form, slot, existing }: { form: FormView<string>; slot: number; existing: boolean }) {
  const t = useT();
  const type = questionField(slot, 'type');
  const typeError = form.errors.some((e) => e.field === type);
  return (
    <fieldset class="category-question">
      <legend>
        {existing
          ? t('staffReports.categories.question', { number: slot + 1 })
          : t('staffReports.categories.questionNew')}
      </legend>
      <TextField
        form={form}
        name={questionField(slot, 'code')}
        label={t('staffReports.categories.questionCode')}
        hint={t('staffReports.categories.questionCodeHint')}
        spellcheck={false}
        autocapitalize="none"
      />
      <TextField form={form} name={questionField(slot, 'libelle')} label={t('staffReports.categories.questionLabel')} />
      <div class={typeError ? 'field field--error' : 'field'}>
        <label class="field__label" for={type}>
          {t('staffReports.categories.questionType')}
        </label>
        <HintAndError name={type} error={fieldError(form, type)} />
        <select class="field__input" id={type} name={type} aria-invalid={typeError ? 'true' : undefined}>
          {DATATYPES.map((d) => (
            <option key={d} value={d} selected={(form.values[type] || 'string') === d}>
              {t('staffReports.categories.datatype', { datatype: d })}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        form={form}
        name={questionField(slot, 'valeurs')}
        label={t('staffReports.categories.questionValues')}
        hint={t('staffReports.categories.questionValuesHint')}
        optional
        rows={3}
      />
      <Checkbox
        form={form}
        name={questionField(slot, 'obligatoire')}
        label={t('staffReports.categories.questionRequired')}
      />
      {existing && (
        <Checkbox
          form={form}
          name={questionField(slot, 'retirer')}
          label={t('staffReports.categories.questionRemove')}
        />
      )}
    </fieldset>
  );
}

/** Report categories (Open311 services) and their questions (issue #21, point 5): the list, and one category's form. */
export function ReportCategoriesPage({ data, editing, form, slots }: ReportCategoriesPageProps) {
  const t = useT();
  const categories = data.allReportCategories;
  const current = categories.find((c) => c.code === editing);
  return (
    <StaffLayout
      title={t('staffReports.categories.title')}
      trail={[{ label: t('staffReports.title'), href: staffLinks.reports() }]}
      form={form}
    >
      <p>{t('staffReports.categories.intro')}</p>
      <StaffTable
        captionId="categories-caption"
        caption={t('staffReports.categories.caption')}
        columns={[
          { label: t('staffReports.categories.column.name') },
          { label: t('staffReports.categories.column.code') },
          { label: t('staffReports.categories.column.department') },
          { label: t('staffReports.categories.column.questions') },
          { label: t('staffReports.categories.column.state') },
        ]}
      >
        {categories.map((c) => (
          <tr key={c.code}>
            <th scope="row">
              <a href={staffLinks.reportCategories(c.code)}>
                {c.name}
                <span class="visually-hidden"> – {t('staffReports.categories.edit')}</span>
              </a>
            </th>
            <td>
              <code>{c.code}</code>
            </td>
            <td>{c.department ?? ''}</td>
            <td class="table__number">{c.attributes.length}</td>
            <td>{c.active ? t('staffReports.categories.active') : t('staffReports.categories.inactive')}</td>
          </tr>
        ))}
      </StaffTable>
      <StaffSection
        id="category-form-title"
        title={
          current
            ? t('staffReports.categories.editTitle', { name: current.name })
            : t('staffReports.categories.newTitle')
        }
      >
        {current && (
          <p>
            <a href={staffLinks.reportCategories()}>{t('staffReports.categories.newLink')}</a>
          </p>
        )}
        <form method="post" action={staffLinks.reportCategories()} novalidate>
          <CsrfField />
          <input type="hidden" name="questions" value={String(slots)} />
          {current ? (
            <>
              <input type="hidden" name="code" value={current.code} />
              <p>{t('staffReports.categories.codeFixed', { code: current.code })}</p>
            </>
          ) : (
            <TextField
              form={form}
              name="code"
              label={t('staffReports.categories.code')}
              hint={t('staffReports.categories.codeHint')}
              spellcheck={false}
              autocapitalize="none"
            />
          )}
          <TextField form={form} name="nom" label={t('staffReports.categories.name')} />
          <TextArea form={form} name="description" label={t('staffReports.categories.description')} optional rows={3} />
          <TextField form={form} name="groupe" label={t('staffReports.categories.group')} optional />
          <TextField
            form={form}
            name="motsCles"
            label={t('staffReports.categories.keywords')}
            hint={t('staffReports.categories.keywordsHint')}
            optional
          />
          <TextField
            form={form}
            name="service"
            label={t('staffReports.categories.department')}
            hint={t('staffReports.categories.departmentHint')}
            optional
          />
          <Checkbox form={form} name="active" label={t('staffReports.categories.activeLabel')} />
          <h3>{t('staffReports.categories.questions')}</h3>
          <p>{t('staffReports.categories.questionsIntro')}</p>
          {Array.from({ length: slots }, (_, slot) => (
            <Question
              key={slot}
              form={form}
              slot={slot}
              existing={slot < slots - 1 || !!form.values[questionField(slot, 'code')]}
            />
          ))}
          <button type="submit" class="button">
            {t('staffReports.categories.submit')}
          </button>
        </form>
      </StaffSection>
    </StaffLayout>
  );
}
