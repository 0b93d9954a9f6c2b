// A person's network: the person at the centre, the people they met most often on a circle
// around them (most frequent first, clockwise from the top), a line to each as thick as their
// meetings are many, and curves between counterparts who also met each other. The layout is
// radial, so it is the same on every build and costs one pass over the people shown; d3-scale
// sizes the lines and nodes and d3-shape draws the curves, bundled through the centre.
import { scaleLinear, scaleSqrt } from "d3-scale";
import { curveBundle, line } from "d3-shape";
import { el, esc, figureSvg } from "./svg.ts";

export interface EgoNode {
  slug: string;
  name: string;
  /** Meetings with the person at the centre. */
  count: number;
}

/** Most counterparts drawn; the list beside the graph has them all. */
export const EGO_LIMIT = 12;
const WIDTH = 800;
const HEIGHT = 500;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RING = 180;

/**
 * `ties(a, b)`: meetings between two counterparts (0 when they never met). Returns null when the
 * person met nobody.
 */
export function egoNetwork(id: string, centre: { name: string }, met: EgoNode[], ties: (a: string, b: string) => number): { svg: string; shown: EgoNode[] } | null {
  if (met.length === 0) return null;
  const shown = met.slice(0, EGO_LIMIT);
  const max = Math.max(...shown.map((n) => n.count));
  const width = scaleLinear().domain([1, Math.max(2, max)]).range([1.5, 9]).clamp(true);
  const radius = scaleSqrt().domain([1, Math.max(2, max)]).range([6, 16]).clamp(true);
  const angleOf = (i: number) => (2 * Math.PI * i) / shown.length - Math.PI / 2;
  const points = shown.map((n, i) => ({ node: n, x: CX + RING * Math.cos(angleOf(i)), y: CY + RING * Math.sin(angleOf(i)), angle: angleOf(i) }));
  const curve = line<[number, number]>().curve(curveBundle.beta(0.7)).digits(0);

  const body: string[] = [];
  const chords: string[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const n = ties(points[i]!.node.slug, points[j]!.node.slug);
      if (n <= 0) continue;
      const path = curve([
        [points[i]!.x, points[i]!.y],
        [CX, CY],
        [points[j]!.x, points[j]!.y],
      ]);
      chords.push(el("path", { class: "network__tie", d: path ?? "", "stroke-width": width(n) / 2 }));
    }
  }
  body.push(el("g", {}, ...chords));
  body.push(el("g", {}, ...points.map((p) => el("line", { class: "network__link", x1: CX, y1: CY, x2: p.x, y2: p.y, "stroke-width": width(p.node.count) }))));
  for (const p of points) {
    const right = Math.cos(p.angle) >= -1e-9;
    const r = radius(p.node.count);
    const lx = p.x + Math.cos(p.angle) * (r + 6);
    const ly = p.y + Math.sin(p.angle) * (r + 6) + 4;
    body.push(
      el(
        "g",
        { class: "network__node" },
        el("circle", { cx: p.x, cy: p.y, r }),
        el("text", { x: lx, y: ly, "text-anchor": Math.abs(Math.cos(p.angle)) < 0.2 ? "middle" : right ? "start" : "end" }, esc(short(p.node.name)), el("tspan", { class: "network__count" }, esc(` ×${p.node.count}`))),
      ),
    );
  }
  body.push(el("g", { class: "network__centre" }, el("circle", { cx: CX, cy: CY, r: 20 }), el("text", { x: CX, y: CY + 38, "text-anchor": "middle" }, esc(short(centre.name)))));
  const tieCount = chords.length;
  const more = met.length - shown.length;
  // The list beside the graph names everyone with their count; the description says what the picture shows.
  const description =
    `${centre.name} at the centre; around them the ${shown.length} people met most often, from ` +
    shown.slice(0, 3).map((n) => `${n.name} (${n.count})`).join(", ") +
    (more > 0 ? `, and ${more} more not drawn` : "") +
    `. ${tieCount === 0 ? "None of them met each other." : `${tieCount} ${tieCount === 1 ? "pair of them" : "pairs of them"} also met each other.`}`;
  return { svg: figureSvg(id, WIDTH, HEIGHT, `People ${centre.name} met`, description, body, "chart__svg network"), shown };
}

/** Names longer than a label has room for keep their first and last words. */
function short(name: string): string {
  if (name.length <= 24) return name;
  const words = name.split(/\s+/);
  return words.length > 2 ? `${words[0]} … ${words[words.length - 1]}` : `${name.slice(0, 22)}…`;
}
