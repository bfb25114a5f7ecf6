/**
 * A topic's history at a glance: how many of its items each month (quarter,
 * year) had, as the data and geometry of a small bar chart the topic page
 * draws as inline SVG (presentation attributes only: the CSP allows no
 * `style`), with a summary for its text alternative and the rows of a table.
 * Pure.
 */
import { count } from '../core/count.ts';
import { MONTHS } from '../core/dates.ts';

/** One bar: a period and how many items it had, with where the SVG draws it. */
export interface ChartBar {
  /** The period as the table names it: "januari 2021", "jan–mar 2021", "2021". */
  label: string;
  count: number;
  /** Left edge, width, top and height of the bar in the SVG's units. */
  x: number;
  width: number;
  y: number;
  height: number;
}

/** An axis label under the bars. */
export interface ChartTick {
  x: number;
  text: string;
  /** `start`, `middle` or `end`: how the SVG anchors the text at `x`. */
  anchor: 'start' | 'middle' | 'end';
}

/** A topic's chart. */
export interface TopicChart {
  /** The unit of the bars: "månad", "kvartal" or "år". */
  unit: 'månad' | 'kvartal' | 'år';
  /** The bars, oldest first, one per period from the first item to the end, empty periods included. */
  bars: ChartBar[];
  /** The periods with items, newest first (the table). */
  rows: { label: string; count: number }[];
  /** The largest count (the scale's top). */
  max: number;
  /** Size of the SVG (its viewBox is `0 0 width height`). */
  width: number;
  height: number;
  /** Baseline of the bars (y), and where the labels under it stand. */
  baseline: number;
  ticks: ChartTick[];
  /** What the chart shows, in a sentence or two: its text alternative. */
  summary: string;
}

const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Periods of a unit as numbers that count up by one: months since year 0, quarters, years. */
const UNITS = {
  månad: { of: (y: number, m: number) => y * 12 + m, label: (p: number) => `${MONTHS[p % 12]} ${Math.floor(p / 12)}`, short: (p: number) => `${SHORT_MONTHS[p % 12]} ${Math.floor(p / 12)}` },
  kvartal: {
    of: (y: number, m: number) => y * 4 + Math.floor(m / 3),
    label: (p: number) => `${SHORT_MONTHS[(p % 4) * 3]}–${SHORT_MONTHS[(p % 4) * 3 + 2]} ${Math.floor(p / 4)}`,
    short: (p: number) => `kv${(p % 4) + 1} ${Math.floor(p / 4)}`,
  },
  år: { of: (y: number) => y, label: (p: number) => String(p), short: (p: number) => String(p) },
} as const;

/** The most bars of a unit before the next larger one is used: two years of months, twelve years of quarters. */
const MOST_BARS = { månad: 24, kvartal: 48 };

/** The plot's height and the room for labels under it (SVG units, about pixels). */
const PLOT_HEIGHT = 80;
const LABEL_ROOM = 22;
const TOP = 4;

/**
 * The chart of a topic whose items' meetings were on `dates` (`YYYY-MM-DD`,
 * one per item, any order), with periods up to `until` (the archive's newest
 * meeting: a topic that went quiet shows its empty months). Undefined without dates.
 */
export function topicChart(dates: readonly string[], until: string, topicName: string): TopicChart | undefined {
  if (dates.length === 0) return undefined;
  const ym = (iso: string) => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1] as const;
  const sorted = [...dates].sort();
  const [firstYear, firstMonth] = ym(sorted[0]!);
  const [lastYear, lastMonth] = ym(until > sorted.at(-1)! ? until : sorted.at(-1)!);
  const months = (lastYear - firstYear) * 12 + lastMonth - firstMonth + 1;
  const unit = months <= MOST_BARS.månad ? 'månad' : Math.ceil(months / 3) + 1 <= MOST_BARS.kvartal ? 'kvartal' : 'år';
  const { of, label, short } = UNITS[unit];
  const first = of(firstYear, firstMonth);
  const last = of(lastYear, lastMonth);
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const date of sorted) {
    const [y, m] = ym(date);
    counts[of(y, m) - first]! += 1;
  }
  const max = Math.max(...counts);
  const slot = Math.max(8, Math.min(40, Math.floor(560 / counts.length)));
  const width = Math.max(counts.length * slot, 160);
  const offset = Math.floor((width - counts.length * slot) / 2);
  const baseline = TOP + PLOT_HEIGHT;
  const bars = counts.map((count, i) => {
    const height = count === 0 ? 0 : Math.max(2, Math.round((count / max) * PLOT_HEIGHT));
    return { label: label(first + i), count, x: offset + i * slot + Math.round(slot * 0.15), width: Math.max(2, Math.round(slot * 0.7)), y: baseline - height, height };
  });
  const ticks: ChartTick[] =
    counts.length === 1
      ? [{ x: width / 2, text: short(first), anchor: 'middle' }]
      : [
          { x: offset, text: short(first), anchor: 'start' },
          { x: offset + counts.length * slot, text: short(last), anchor: 'end' },
        ];
  const rows = bars
    .filter((bar) => bar.count > 0)
    .map(({ label: period, count }) => ({ label: period, count }))
    .reverse();
  const busiest = bars.filter((bar) => bar.count === max).map((bar) => bar.label);
  const per = { månad: 'månad', kvartal: 'kvartal', år: 'år' }[unit];
  const items = (n: number) => count(n, 'punkt', 'punkter');
  const summary =
    `Stapeldiagram: dagordningspunkter om ${topicName} per ${per}, från ${label(first)} till ${label(last)}, sammanlagt ${items(dates.length)}. ` +
    `Flest i ${joinSwedish(busiest.slice(0, 3))}${busiest.length > 3 ? ' med flera' : ''} (${items(max)}).`;
  return { unit, bars, rows, max, width, height: baseline + LABEL_ROOM, baseline, ticks, summary };
}

/** "a", "a och b", "a, b och c". */
function joinSwedish(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} och ${list.at(-1)}`;
}
