// Who met whom between two countries: one country's officials on the left, the other's on the
// right, most meetings first, and a curve for each pair who met, as thick as their meetings are
// many. A fixed two-column layout (the same on every build); d3-shape draws the curves.
import { scaleLinear } from "d3-scale";
import { linkHorizontal } from "d3-shape";
import { el, esc, figureSvg } from "./svg.ts";

export interface Side {
  name: string;
  people: { slug: string; name: string; count: number }[];
}

export const SIDE_LIMIT = 12;
const WIDTH = 640;
const ROW = 30;
const TOP = 34;

export function pairNetwork(id: string, a: Side, b: Side, links: { a: string; b: string; count: number }[]): string | null {
  const left = a.people.slice(0, SIDE_LIMIT);
  const right = b.people.slice(0, SIDE_LIMIT);
  if (left.length === 0 || right.length === 0) return null;
  const height = TOP + Math.max(left.length, right.length) * ROW + 10;
  const rowOf = (list: Side["people"]) => new Map(list.map((p, i) => [p.slug, TOP + i * ROW + ROW / 2]));
  const ya = rowOf(left);
  const yb = rowOf(right);
  const shown = links.filter((l) => ya.has(l.a) && yb.has(l.b));
  const max = Math.max(1, ...shown.map((l) => l.count));
  const width = scaleLinear().domain([1, Math.max(2, max)]).range([1.5, 8]).clamp(true);
  const xa = 236;
  const xb = WIDTH - 236;
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>().digits(0);
  const body: string[] = [
    el("text", { class: "network__side", x: xa, y: 16, "text-anchor": "end" }, esc(a.name)),
    el("text", { class: "network__side", x: xb, y: 16, "text-anchor": "start" }, esc(b.name)),
    el("g", {}, ...shown.map((l) => el("path", { class: "network__link", d: link({ source: [xa, ya.get(l.a)!], target: [xb, yb.get(l.b)!] }) ?? "", "stroke-width": width(l.count) }))),
  ];
  const node = (p: Side["people"][number], x: number, y: number, anchor: "start" | "end") =>
    el("g", { class: "network__node" }, el("circle", { cx: x, cy: y, r: 5 }), el("text", { x: anchor === "end" ? x - 10 : x + 10, y: y + 4, "text-anchor": anchor }, esc(p.name), el("tspan", { class: "network__count" }, esc(` ×${p.count}`))));
  body.push(el("g", {}, ...left.map((p) => node(p, xa, ya.get(p.slug)!, "end")), ...right.map((p) => node(p, xb, yb.get(p.slug)!, "start"))));
  const nameOf = new Map([...a.people, ...b.people].map((p) => [p.slug, p.name]));
  const description = `${shown.length} ${shown.length === 1 ? "pair" : "pairs"} of officials met: ${shown
    .map((l) => `${nameOf.get(l.a)} and ${nameOf.get(l.b)} (${l.count})`)
    .join("; ")}.`;
  return figureSvg(id, WIDTH, height, `Officials of ${a.name} and ${b.name} who met`, description, body, "chart__svg network");
}
