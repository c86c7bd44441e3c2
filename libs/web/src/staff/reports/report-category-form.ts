import type { FieldSpec, FormSpec, FormView } from '../../forms/form';
import type {
  CategoryAttributeInput,
  Open311Datatype,
  StaffReportCategoriesQuery,
  UpsertReportCategoryInput,
} from '../../graphql/generated/graphql';
import type { Translator } from '../../i18n/translator';

type Category = StaffReportCategoriesQuery['allReportCategories'][number];

export const DATATYPES: Open311Datatype[] = [
  'string',
  'text',
  'number',
  'datetime',
  'singlevaluelist',
  'multivaluelist',
];

/** At most this many questions per category on the form (one blank slot is always offered). */
export const MAX_QUESTIONS = 30;

const CATEGORY_FIELDS = {
  code: {
    path: 'input.code',
    required: 'staffReports.categories.error.code',
    invalid: 'staffReports.categories.error.code',
  },
  nom: {
    path: 'input.name',
    required: 'staffReports.categories.error.name',
    invalid: 'staffReports.categories.error.name',
  },
  description: { path: 'input.description', invalid: 'staffReports.categories.error.description' },
  groupe: { path: 'input.group', invalid: 'staffReports.categories.error.group' },
  motsCles: { path: 'input.keywords', invalid: 'staffReports.categories.error.keywords' },
  service: { path: 'input.department', invalid: 'staffReports.categories.error.department' },
  active: { path: 'input.active', invalid: 'staffReports.categories.error.invalid' },
} satisfies Record<string, FieldSpec>;

/** The names of one question's controls, `q0-code`, `q0-type`... */
export const questionField = (
  slot: number,
  part: 'code' | 'type' | 'obligatoire' | 'libelle' | 'valeurs' | 'retirer',
) => `q${slot}-${part}`;

/** The form as first shown: a category's values, its questions in order, and one blank slot to add another. */
export function categoryValues(category: Category | undefined): { values: Record<string, string>; slots: number } {
  const values: Record<string, string> = category
    ? {
        code: category.code,
        nom: category.name,
        description: category.description,
        groupe: category.group,
        motsCles: category.keywords.join(', '),
        service: category.department ?? '',
        active: category.active ? 'on' : '',
      }
    : { active: 'on' };
  const attributes = [...(category?.attributes ?? [])].sort((a, b) => a.order - b.order);
  attributes.forEach((a, slot) => {
    values[questionField(slot, 'code')] = a.code;
    values[questionField(slot, 'type')] = a.datatype;
    values[questionField(slot, 'obligatoire')] = a.required ? 'on' : '';
    values[questionField(slot, 'libelle')] = a.description;
    values[questionField(slot, 'valeurs')] = a.values.map((v) => `${v.key} = ${v.name}`).join('\n');
  });
  return { values, slots: Math.min(attributes.length + 1, MAX_QUESTIONS) };
}

export interface ReadCategory {
  values: Record<string, string>;
  slots: number;
  /** The form's spec for this submission: each kept question's fields tied to its place in the input. */
  spec: FormSpec<string>;
  input: UpsertReportCategoryInput;
  /** Problems found before anything is sent (an answer line without "="). */
  errors: FormView<string>['errors'];
}

const text = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? (body[name] as string) : '';

/** The submitted category and its questions; blank or removed question slots are left out. */
export function readCategoryForm(body: Record<string, unknown>, i18n: Translator): ReadCategory {
  const slots = Math.min(Math.max(Number.parseInt(text(body, 'questions'), 10) || 1, 1), MAX_QUESTIONS);
  const values: Record<string, string> = {};
  for (const name of Object.keys(CATEGORY_FIELDS)) values[name] = text(body, name);
  const fields: Record<string, FieldSpec> = { ...CATEGORY_FIELDS };
  const errors: FormView<string>['errors'] = [];
  const attributes: CategoryAttributeInput[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    for (const part of ['code', 'type', 'obligatoire', 'libelle', 'valeurs', 'retirer'] as const)
      values[questionField(slot, part)] = text(body, questionField(slot, part));
    const code = values[questionField(slot, 'code')].trim();
    const description = values[questionField(slot, 'libelle')].trim();
    if (values[questionField(slot, 'retirer')] === 'on' || (code === '' && description === '')) continue;
    const index = attributes.length;
    fields[questionField(slot, 'code')] = {
      path: `input.attributes.${index}.code`,
      invalid: 'staffReports.categories.error.questionCode',
    };
    fields[questionField(slot, 'type')] = {
      path: `input.attributes.${index}.datatype`,
      invalid: 'staffReports.categories.error.questionType',
    };
    fields[questionField(slot, 'libelle')] = {
      path: `input.attributes.${index}.description`,
      invalid: 'staffReports.categories.error.questionLabel',
    };
    fields[questionField(slot, 'valeurs')] = {
      path: `input.attributes.${index}.values`,
      invalid: 'staffReports.categories.error.questionValues',
    };
    const lines = values[questionField(slot, 'valeurs')]
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const choices = lines.map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? null : { key: line.slice(0, at).trim(), name: line.slice(at + 1).trim() };
    });
    if (choices.some((c) => c === null))
      errors.push({
        field: questionField(slot, 'valeurs'),
        text: i18n.t('staffReports.categories.error.questionValues'),
      });
    const datatype = values[questionField(slot, 'type')];
    attributes.push({
      code,
      datatype: (DATATYPES.includes(datatype as Open311Datatype) ? datatype : 'string') as Open311Datatype,
      required: values[questionField(slot, 'obligatoire')] === 'on',
      order: index + 1,
      description,
      values: choices.filter((c): c is { key: string; name: string } => c !== null),
    });
  }
  const input: UpsertReportCategoryInput = {
    code: values.code.trim(),
    name: values.nom.trim(),
    description: values.description.trim(),
    group: values.groupe.trim(),
    keywords: values.motsCles
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    department: values.service.trim() || null,
    active: values.active === 'on',
    attributes,
  };
  return { values, slots, spec: { fields, codes: {} }, input, errors };
}
