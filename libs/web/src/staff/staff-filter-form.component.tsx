import type { ComponentChildren } from 'preact';

/**
 * A back-office list's filters: a GET form (the filters stay in the address, to share or come back to)
 * whose fields a legend names, and its submit button.
 */
export function StaffFilterForm(props: {
  action: string;
  legend: string;
  submit: string;
  children: ComponentChildren;
}) {
  return (
    <form method="get" action={props.action} class="staff-filter">
      <fieldset>
        <legend>{props.legend}</legend>
        {props.children}
      </fieldset>
      <button type="submit" class="button button--secondary">
        {props.submit}
      </button>
    </form>
  );
}
