import { ChartImage } from './chart-image.component';

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

/** What a colour means, in the chart's legend. */
export interface LegendEntry {
  name: string;
  tone: BarTone;
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
 * A figure withheld (a small group) is a bar of value 0 whose text says so.
 *
 * The SVG is an image (role="img") named by its <title>; what it shows must
 * also be given as text: render the same figures in a table beside it
 * (`ChartWithTable`) or after it, which is what screen readers and narrow
 * screens read. Generic: no domain in it.
 */
export function BarChart({
  id,
  title,
  series,
  groups,
  legend = series.length > 1 ? series : [],
}: {
  /** Unique in the page: the SVG's title is `${id}-title`. */
  id: string;
  title: string;
  series: BarSeries[];
  groups: BarGroup[];
  /** The colours' meaning: by default the series' names when there are several, none for one. */
  legend?: LegendEntry[];
}) {
  const maxima = series.map((s, i) => s.max ?? Math.max(0, ...groups.map((g) => g.bars[i]?.value ?? 0)));
  const groupHeight = LABEL + series.length * (BAR + GAP) + GROUP_GAP;
  const height = Math.max(1, groups.length * groupHeight);
  const longest = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => b.text.length)));
  const room = WIDTH - Math.min(WIDTH / 2, Math.max(40, longest * CHARACTER + 10));
  return (
    <div class="bar-chart">
      <ChartImage id={id} title={title} className="bar-chart__svg" width={WIDTH} height={height}>
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
      </ChartImage>
      {legend.length > 0 && (
        <ul class="bar-chart__legend">
          {legend.map((s) => (
            <li key={s.name}>
              <span class={`bar-chart__key bar-chart__bar--${s.tone}`} /> {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
