import type { ComponentChildren } from 'preact';

/**
 * A data table's scrolling region, named by the table's caption: a table
 * wider than the screen scrolls within it (WCAG 1.4.10 allows it for data
 * tables), never the page; keyboard users can scroll it (tabindex 0). Its
 * caption and the column naming its rows stay at its left (charts.css).
 * `class` replaces the public pages' style (the back office's tables keep a
 * minimum width, staff.css); `id` lets a link or a map's list point at it.
 */
export function TableRegion({
  labelledBy,
  class: className = 'table-region',
  id,
  children,
}: {
  labelledBy: string;
  class?: string;
  id?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={className} id={id} role="region" aria-labelledby={labelledBy} tabindex={0}>
      {children}
    </div>
  );
}
