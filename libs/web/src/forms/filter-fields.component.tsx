/**
 * The fields of a list's filter form (GET): they show the list's current
 * filters and have no errors of their own (a filter the list cannot read is
 * said above the list).
 */

export interface FilterOption {
  value: string;
  label: string;
}

/** The commune's districts as the options of a select (filter, radio group), by id, in the order given. */
export const districtOptions = (districts: readonly { id: string; name: string }[]): FilterOption[] =>
  districts.map((d) => ({ value: d.id, label: d.name }));

/** A select, the current choice selected; `all` first, the choice that filters nothing (value ''). */
export function FilterSelect({
  id,
  name = id,
  label,
  value,
  all,
  options,
}: {
  id: string;
  name?: string;
  label: string;
  value: string | undefined;
  all?: string;
  options: FilterOption[];
}) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <select class="field__input" id={id} name={name}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A text to filter by, with the hint that says what it matches. */
export function FilterText({
  id,
  name = id,
  label,
  hint,
  value,
  type = 'text',
  spellcheck,
  autocapitalize,
  autocomplete,
  maxlength,
}: {
  id: string;
  name?: string;
  label: string;
  hint: string;
  value: string | undefined;
  type?: 'text' | 'search';
  spellcheck?: boolean;
  autocapitalize?: 'none';
  autocomplete?: string;
  maxlength?: number;
}) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        class="field__input"
        id={id}
        name={name}
        // Preact types each input type apart; these two share the attributes used here.
        type={type as 'text'}
        value={value ?? ''}
        maxlength={maxlength}
        autocomplete={autocomplete}
        spellcheck={spellcheck}
        autocapitalize={autocapitalize}
        aria-describedby={`${id}-hint`}
      />
    </div>
  );
}
