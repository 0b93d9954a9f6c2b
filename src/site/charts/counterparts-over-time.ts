// A person's most frequent counterparts over time: one row per counterpart, one column per
// year, a dot whose area grows with the meetings that year (and the number beside it), so a
// reader sees who came and went. d3-scale lays out the grid and sizes the dots.
import { scaleBand, scaleSqrt } from "d3-scale";
import { el, esc, figureSvg } from "./svg.ts";

export interface CounterpartYears {
  name: string;
  /** Year → meetings that year. */
  years: Map<string, number>;
}

export const COUNTERPART_ROWS = 8;
const LABEL = 190;
const ROW = 30;

export function counterpartsOverTime(id: string, subject: string, rows: CounterpartYears[], years: string[]): string | null {
  if (rows.length === 0 || years.length < 2) return null;
  const width = LABEL + Math.max(3, years.length) * 56;
  const height = 30 + rows.length * ROW;
  const x = scaleBand<string>().domain(years).range([LABEL, width]).padding(0.1);
  const y = scaleBand<string>().domain(rows.map((_, i) => String(i))).range([30, height]);
  const max = Math.max(...rows.flatMap((r) => [...r.years.values()]));
  const r = scaleSqrt().domain([0, max]).range([0, Math.min(12, ROW / 2 - 2)]);
  const body: string[] = years.map((yr) => el("text", { class: "chart__tick", x: x(yr)! + x.bandwidth() / 2, y: 18, "text-anchor": "middle" }, esc(yr)));
  rows.forEach((row, i) => {
    const cy = y(String(i))! + y.bandwidth() / 2;
    body.push(el("line", { class: "chart__grid", x1: LABEL, x2: width, y1: cy, y2: cy }));
    body.push(el("text", { class: "chart__label", x: LABEL - 8, y: cy + 4, "text-anchor": "end" }, esc(row.name.length > 26 ? `${row.name.slice(0, 25)}…` : row.name)));
    for (const yr of years) {
      const n = row.years.get(yr) ?? 0;
      if (n === 0) continue;
      const cx = x(yr)! + x.bandwidth() / 2;
      body.push(el("circle", { class: "chart__dot", cx: cx - 8, cy, r: r(n) }));
      body.push(el("text", { class: "chart__tick", x: cx + 8, y: cy + 4 }, esc(n)));
    }
  });
  const description = rows
    .map((row) => `${row.name}: ${[...row.years].sort().map(([yr, n]) => `${n} in ${yr}`).join(", ")}`)
    .join(". ");
  return figureSvg(id, width, height, `${subject}'s most frequent counterparts by year`, `${description}.`, body);
}
