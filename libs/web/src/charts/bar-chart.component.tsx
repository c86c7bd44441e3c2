import type { ComponentChildren } from 'preact';

/** A bar's colour: the site's palette, each tone AA against white (charts.css). */
export type BarTone = 'brand' | 'blue' | 'orange' | 'grey' | 'green';

export interface Bar {
  /** The figure the bar's length shows, on its series' scale (0 to the series' largest value). */
  value: number;
  /** The same figure in words, drawn at the end of the bar (`12 voix`, `45 000 €`, `12,5 %`). */
  text: string;
  tone?: BarTone;
}

export interface BarGroup {
  key: string;
  label: string;
  /** One bar per series, in the order of `series`. */
  bars: Bar[];
}

export interface BarSeries {
  name: string;
  tone: BarTone;
  /** The scale's end; by default the series' largest value (a share: 1). */
  max?: number;
}

/** Narrow, so that the text stays legible once scaled down to a 320 px screen (the table beside it is the full account). */
const WIDTH = 400;
const LABEL = 18;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 12;
/** Room after the longest bar for its figure: about 7 units per character at 13 px, within limits. */
const CHARACTER = 7;
/** Characters of a label that fit the chart's width at its font size; the table beside it gives the whole label. */
const LABEL_CHARACTERS = 55;

function shortLabel(label: string): string {
  return label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : label;
}

/**
 * Horizontal bars drawn on the server as inline SVG (no script, no canvas, no
 * style attribute for the content security policy): one group per row, its
 * label above its bars, one bar per series, each series on its own scale
 * (votes and euros side by side), the figure written after each bar.
 *
 * The SVG is an image (role="img") named by its <title>; what it shows must
 * also be given as text: render the same figures in a table beside it
 * (`ChartWithTable`), which is what screen readers and narrow screens read.
 */
export function BarChart({
  id,
  title,
  series,
  groups,
}: {
  /** Unique in the page: the SVG's title is `${id}-title`. */
  id: string;
  title: string;
  series: BarSeries[];
  groups: BarGroup[];
}) {
  const maxima = series.map((s, i) => s.max ?? Math.max(0, ...groups.map((g) => g.bars[i]?.value ?? 0)));
  const groupHeight = LABEL + series.length * (BAR + GAP) + GROUP_GAP;
  const height = Math.max(1, groups.length * groupHeight);
  const longest = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.text.length)));
  const room = WIDTH - Math.min(WIDTH / 2, Math.max(40, longest * CHARACTER + 10));
  return (
    <div class="bar-chart">
      <svg
        class="bar-chart__svg"
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        {groups.map((group, g) => (
          <g key={group.key} transform={`translate(0 ${g * groupHeight})`}>
            <text class="bar-chart__label" x={0} y={LABEL - 5}>
              {shortLabel(group.label)}
            </text>
            {group.bars.map((bar, i) => {
              const max = maxima[i] ?? 0;
              const width = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * room) : 0;
              const y = LABEL + i * (BAR + GAP);
              return (
                <g key={i}>
                  <rect
                    class={`bar-chart__bar bar-chart__bar--${bar.tone ?? series[i]?.tone ?? 'brand'}`}
                    x={0}
                    y={y}
                    width={Number(width.toFixed(2))}
                    height={BAR}
                  />
                  <text class="bar-chart__value" x={Number((width + 6).toFixed(2))} y={y + BAR - 3}>
                    {bar.text}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <ul class="bar-chart__legend">
          {series.map((s) => (
            <li key={s.name}>
              <span class={`bar-chart__key bar-chart__bar--${s.tone}`} /> {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A chart and the table of its figures, side by side where there is room,
 * one under the other on narrow screens; the table scrolls within its own
 * focusable region when it is wider than the screen (WCAG 1.4.10 allows it
 * for data tables), never the page.
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

/** A data table's scrolling region, named by the table's caption (keyboard users can scroll it: tabindex 0). */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="table-region" role="region" aria-labelledby={labelledBy} tabindex={0}>
      {children}
    </div>
  );
}
