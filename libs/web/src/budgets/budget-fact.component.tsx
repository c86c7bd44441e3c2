import type { ComponentChildren } from 'preact';

/** One row of a budget's facts (`<dl class="budget-facts">`): a term and its value. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="budget-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
