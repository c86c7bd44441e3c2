/** One bar: a label and its value, or null for a figure withheld (drawn as no bar, its label saying so). */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
}

const ROW = 40;
const WIDTH = 640;
const VALUE_ROOM = 90;

export interface BarChartProps {
  /** Unique in the page: the SVG's title is tied to it. */
  id: string;
  /** What the chart shows, said by screen readers (role="img"); the same figures are in the table after it. */
  title: string;
  bars: Bar[];
  /** How a value is written beside its bar. */
  format: (value: number) => string;
  /** What a withheld value reads as ("< 5"). */
  withheld: string;
}

/**
 * Horizontal bars drawn on the server as inline SVG: role="img" with a
 * title, for a table of the same figures placed right after it (which is
 * what screen readers and narrow screens read). Generic: no domain in it.
 */
export function BarChart({ id, title, bars, format, withheld }: BarChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const height = bars.length * ROW + 8;
  return (
    <svg
      class="bar-chart"
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      {bars.map((bar, i) => {
        const width =
          bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * (WIDTH - VALUE_ROOM));
        return (
          <g key={bar.key} transform={`translate(0 ${i * ROW + 4})`}>
            <text class="bar-chart__label" x={0} y={12}>
              {bar.label}
            </text>
            <rect class="bar-chart__bar" x={0} y={16} width={width} height={16} />
            <text class="bar-chart__value" x={width + 6} y={29}>
              {bar.value === null ? withheld : format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
