import type { ComponentChildren } from 'preact';
import { TableRegion } from './table-region.component';

/**
 * A chart and the table of its figures, side by side where there is room,
 * one under the other on narrow screens; the table scrolls within its own
 * region when it is wider than the screen, never the page.
 */
export function ChartWithTable({
  chart,
  captionId,
  children,
}: {
  chart: ComponentChildren;
  /** The id of the table's <caption>, which names the scrolling region. */
  captionId: string;
  children: ComponentChildren;
}) {
  return (
    <div class="chart-pair">
      <div class="chart-pair__chart">{chart}</div>
      <TableRegion labelledBy={captionId}>{children}</TableRegion>
    </div>
  );
}
