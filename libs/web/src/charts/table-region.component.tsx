import type { ComponentChildren } from 'preact';

/**
 * A data table's scrolling region, named by the table's caption: a table
 * wider than the screen scrolls within it (WCAG 1.4.10 allows it for data
 * tables), never the page; keyboard users can scroll it (tabindex 0).
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="table-region" role="region" aria-labelledby={labelledBy} tabindex={0}>
      {children}
    </div>
  );
}
