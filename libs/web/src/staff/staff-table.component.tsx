import type { ComponentChildren } from 'preact';
import { TableRegion } from '../charts/table-region.component';

export interface StaffColumn {
  label: ComponentChildren;
  /** A column of figures, aligned right (`table__number`). */
  number?: boolean;
  /** Another class for the header cell (its column's width, say). */
  class?: string;
}

/**
 * A back-office table: a scrolling region named by the caption, the
 * caption, one row of column headers, then the rows the page gives.
 * `fit`: a table of two or three short columns whose cells wrap to fit
 * 320 px whole rather than scroll (staff.css).
 */
export function StaffTable({
  captionId,
  caption,
  columns,
  fit,
  id,
  tableClass,
  children,
}: {
  captionId: string;
  caption: ComponentChildren;
  columns: StaffColumn[];
  fit?: boolean;
  /** The region's id, for a link or a map's list that points at the table. */
  id?: string;
  tableClass?: string;
  children: ComponentChildren;
}) {
  return (
    <TableRegion labelledBy={captionId} id={id} class={fit ? 'table-scroll table-scroll--fit' : 'table-scroll'}>
      <table class={tableClass ? `table ${tableClass}` : 'table'}>
        <caption class="table__caption" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" class={headerClass(column)} key={index}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}

function headerClass(column: StaffColumn): string | undefined {
  const classes = [column.number ? 'table__number' : undefined, column.class].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}
