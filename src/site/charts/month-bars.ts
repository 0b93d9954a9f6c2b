// Meetings per month as a bar chart: one bar per month from the first dated meeting to the last,
// months without meetings included, so gaps in activity show. d3-scale places the bars.
import { scaleBand, scaleLinear } from "d3-scale";
import { el, esc, figureSvg, num } from "./svg.ts";

export interface MonthCount {
  /** "2024-05" */
  key: string;
  count: number;
}

export interface MonthChart {
  svg: string;
  /** Months with at least one meeting, oldest first: the numbers behind the chart. */
  rows: { key: string; label: string; count: number }[];
  total: number;
  summary: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function monthLabel(key: string, long = true): string {
  const m = Number(key.slice(5, 7)) - 1;
  return `${(long ? LONG_MONTHS : MONTHS)[m] ?? key.slice(5, 7)} ${key.slice(0, 4)}`;
}

/** Every month from `first` to `last` inclusive ("2024-11" … "2025-02"). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Counts per month of the given ISO dates (undated ones left out). */
export function countByMonth(dates: (string | null)[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const d of dates) if (d) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  return monthRange(keys[0]!, keys[keys.length - 1]!).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

const WIDTH = 640;
const HEIGHT = 180;
const MARGIN = { top: 14, right: 8, bottom: 28, left: 30 };

/** The chart for `subject` ("Jane Doe", "this site"); null when there is no dated meeting. */
export function monthBars(id: string, subject: string, months: MonthCount[]): MonthChart | null {
  if (months.length === 0) return null;
  const total = months.reduce((n, m) => n + m.count, 0);
  const max = Math.max(...months.map((m) => m.count));
  const x = scaleBand<string>()
    .domain(months.map((m) => m.key))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(months.length > 60 ? 0.1 : 0.25);
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(Math.min(4, y.domain()[1]!)).filter(Number.isInteger);
  const body: string[] = [];
  for (const t of ticks) {
    body.push(el("line", { class: "chart__grid", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t) }));
    body.push(el("text", { class: "chart__tick", x: MARGIN.left - 6, y: y(t) + 4, "text-anchor": "end" }, esc(t)));
  }
  const bars = months
    .filter((m) => m.count > 0)
    // No tooltip per bar: the numbers are in the table beside the chart, and every page has one.
    .map((m) => el("rect", { class: "chart__bar", x: x(m.key)!, y: y(m.count), width: Math.max(1, x.bandwidth()), height: y(0) - y(m.count) }));
  body.push(el("g", {}, ...bars));
  // Up to 14 months, every month is labelled; beyond, the first month of each year (every few years when there are many).
  const step = Math.max(1, Math.ceil(months.length / 12 / 8));
  let lastYear = "";
  let shown = 0;
  for (const m of months) {
    const year = m.key.slice(0, 4);
    const cx = x(m.key)!;
    if (months.length <= 14) {
      const label = year === lastYear ? MONTHS[Number(m.key.slice(5, 7)) - 1]! : monthLabel(m.key, false);
      lastYear = year;
      body.push(el("text", { class: "chart__tick", x: cx + x.bandwidth() / 2, y: HEIGHT - 8, "text-anchor": "middle" }, esc(label)));
      continue;
    }
    if (year === lastYear) continue;
    lastYear = year;
    if (shown++ % step !== 0) continue;
    body.push(el("line", { class: "chart__axis", x1: cx, x2: cx, y1: y(0), y2: y(0) + 5 }));
    body.push(el("text", { class: "chart__tick", x: cx, y: HEIGHT - 8 }, esc(year)));
  }
  body.push(el("line", { class: "chart__axis", x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0) }));
  const busiest = months.reduce((a, b) => (b.count > a.count ? b : a));
  const first = monthLabel(months[0]!.key);
  const last = monthLabel(months[months.length - 1]!.key);
  const summary =
    months.length === 1
      ? `${total} dated ${total === 1 ? "meeting" : "meetings"} in ${first}.`
      : busiest.count === 1
        ? `${total} dated meetings from ${first} to ${last}, never more than one a month.`
        : `${total} dated meetings from ${first} to ${last}; the busiest month was ${monthLabel(busiest.key)} with ${busiest.count}.`;
  return {
    svg: figureSvg(id, WIDTH, HEIGHT, `Meetings per month: ${subject}`, summary, body),
    rows: months.filter((m) => m.count > 0).map((m) => ({ key: m.key, label: monthLabel(m.key), count: m.count })),
    total,
    summary,
  };
}

export { num };
