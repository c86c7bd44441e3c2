import { ChartImage } from './chart-image.component';

/** One column: its label (a day) and value, or null for a figure withheld (no column drawn). */
export interface Column {
  key: string;
  value: number | null;
}

const WIDTH = 640;
const HEIGHT = 120;
const AXIS = 18;

export interface ColumnChartProps {
  id: string;
  /** What the chart shows (role="img"); the same figures are in a table of the page. */
  title: string;
  columns: Column[];
  /** Labels under the first and last columns (e.g. the first and last day). */
  firstLabel: string;
  lastLabel: string;
  /** The highest value, written at the top of the scale. */
  format: (value: number) => string;
}

/**
 * A series of columns (one per day) drawn on the server as inline SVG,
 * role="img" with its title; the figures themselves are in a table of the
 * page. Withheld values draw no column. Generic: no domain in it.
 */
export function ColumnChart({ id, title, columns, firstLabel, lastLabel, format }: ColumnChartProps) {
  const max = Math.max(1, ...columns.map((c) => c.value ?? 0));
  const step = WIDTH / Math.max(1, columns.length);
  const plot = HEIGHT - AXIS;
  return (
    <ChartImage id={id} title={title} className="column-chart" width={WIDTH} height={HEIGHT}>
      <line class="column-chart__axis" x1={0} y1={plot} x2={WIDTH} y2={plot} />
      <text class="column-chart__scale" x={0} y={12}>
        {format(max)}
      </text>
      {columns.map((column, i) => {
        const h = column.value === null ? 0 : (column.value / max) * (plot - 16);
        return (
          <rect
            key={column.key}
            class="column-chart__bar"
            x={i * step + step * 0.15}
            y={plot - h}
            width={step * 0.7}
            height={h}
          />
        );
      })}
      <text class="column-chart__scale" x={0} y={HEIGHT - 4}>
        {firstLabel}
      </text>
      <text class="column-chart__scale" x={WIDTH} y={HEIGHT - 4} text-anchor="end">
        {lastLabel}
      </text>
    </ChartImage>
  );
}
