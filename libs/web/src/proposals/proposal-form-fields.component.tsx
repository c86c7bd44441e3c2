import type { ComponentChildren } from 'preact';
import { describedBy, fieldError, HintAndError } from '../forms/field-description.component';
import type { FormView } from '../forms/form';
import { TextField } from '../forms/text-field.component';
import { useT } from '../http/page-context';
import type { ProposalField } from './proposal-form';

export interface Choice {
  id: string;
  name: string;
}

/** A labelled multi-line field (the description, the reason of a withdrawal). */
export function TextAreaField<N extends string>(props: {
  form: FormView<N>;
  name: N;
  label: string;
  hint: string;
  rows: number;
  maxLength: number;
  children?: ComponentChildren;
}) {
  const { form, name, label, hint, rows } = props;
  const error = fieldError(form, name);
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="field__label" for={name}>
        {label}
      </label>
      <p class="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      {props.children}
      <HintAndError name={name} error={error} />
      <textarea
        class="field__input field__textarea"
        id={name}
        name={name}
        rows={rows}
        maxLength={props.maxLength}
        aria-describedby={describedBy(name, true, !!error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {form.values[name] ?? ''}
      </textarea>
    </div>
  );
}

/** A labelled list with an empty first choice (optional fields). */
function SelectField({
  form,
  name,
  label,
  none,
  choices,
}: {
  form: FormView<ProposalField>;
  name: ProposalField;
  label: string;
  none: string;
  choices: Choice[];
}) {
  const t = useT();
  const error = fieldError(form, name);
  const value = form.values[name] ?? '';
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label class="field__label" for={name}>
        {label}
        <span class="field__optional"> {t('forms.optional')}</span>
      </label>
      <HintAndError name={name} error={error} />
      <select
        class="field__input"
        id={name}
        name={name}
        aria-describedby={describedBy(name, false, !!error)}
        aria-invalid={error ? 'true' : undefined}
      >
        <option value="" selected={value === ''}>
          {none}
        </option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id} selected={value === choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What Markdown the description accepts, with what each gives: a disclosure that needs no script. */
function MarkdownHelp() {
  const t = useT();
  return (
    <details class="markdown-help">
      <summary>{t('proposalForm.markdown.summary')}</summary>
      <p>{t('proposalForm.markdown.intro')}</p>
      <table class="markdown-help__table">
        <thead>
          <tr>
            <th scope="col">{t('proposalForm.markdown.typed')}</th>
            <th scope="col">{t('proposalForm.markdown.shown')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <code>**{t('proposalForm.markdown.bold')}**</code>
            </td>
            <td>
              <strong>{t('proposalForm.markdown.bold')}</strong>
            </td>
          </tr>
          <tr>
            <td>
              <code>*{t('proposalForm.markdown.italic')}*</code>
            </td>
            <td>
              <em>{t('proposalForm.markdown.italic')}</em>
            </td>
          </tr>
          <tr>
            <td>
              <code>- {t('proposalForm.markdown.list')}</code>
            </td>
            <td>
              <ul class="markdown-help__list">
                <li>{t('proposalForm.markdown.list')}</li>
              </ul>
            </td>
          </tr>
          <tr>
            <td>
              <code>[{t('proposalForm.markdown.link')}](https://exemple.fr)</code>
            </td>
            <td>
              <span class="markdown-help__link">{t('proposalForm.markdown.link')}</span>
            </td>
          </tr>
        </tbody>
      </table>
      <p>{t('proposalForm.markdown.paragraph')}</p>
    </details>
  );
}

/** The description as the proposal page will show it (HTML the API rendered and sanitised). */
function Preview({ html }: { html: string }) {
  const t = useT();
  return (
    <section class="proposal-preview" aria-labelledby="preview-title" tabindex={-1} autofocus>
      <h2 id="preview-title" class="proposal-preview__title">
        {t('proposalForm.preview.title')}
      </h2>
      <p class="field__hint">{t('proposalForm.preview.note')}</p>
      <div class="proposal-preview__body" dangerouslySetInnerHTML={{ __html: html }} />
      <p class="visually-hidden" role="status">
        {t('proposalForm.preview.done')}
      </p>
    </section>
  );
}

export interface ProposalFieldsProps {
  form: FormView<ProposalField>;
  categories: Choice[];
  districts: Choice[];
  /** The rendered description after "Prévisualiser". */
  preview?: string;
}

/** Title, description (with its help and preview), category, district, address. */
export function ProposalFields({ form, categories, districts, preview }: ProposalFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        form={form}
        name="title"
        label={t('proposalForm.field.title')}
        hint={t('proposalForm.field.title.hint')}
        spellcheck
      />
      <TextAreaField
        form={form}
        name="body"
        label={t('proposalForm.field.body')}
        hint={t('proposalForm.field.body.hint')}
        rows={12}
        maxLength={10000}
      >
        <MarkdownHelp />
      </TextAreaField>
      <p class="proposal-form__preview-button">
        <button class="button button--secondary" type="submit" name="action" value="preview">
          {t('proposalForm.preview')}
        </button>
      </p>
      {preview !== undefined && <Preview html={preview} />}
      {categories.length > 0 && (
        <SelectField
          form={form}
          name="categoryId"
          label={t('proposalForm.field.category')}
          none={t('proposalForm.field.category.none')}
          choices={categories}
        />
      )}
      {districts.length > 0 && (
        <SelectField
          form={form}
          name="districtId"
          label={t('proposalForm.field.district')}
          none={t('proposalForm.field.district.none')}
          choices={districts}
        />
      )}
      <TextField
        form={form}
        name="address"
        label={t('proposalForm.field.address')}
        hint={t('proposalForm.field.address.hint')}
        optional
        autocomplete="off"
      />
    </>
  );
}
