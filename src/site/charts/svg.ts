// The few SVG helpers the charts share. Every text and attribute value goes through `esc`, so a
// name or title in the data is text in the SVG, never markup. Numbers are rounded (see num) so
// the output is the same on every machine and no longer than it needs to be.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/;

export function esc(value: unknown): string {
  const text = String(value ?? "");
  // Most labels and numbers have nothing to escape; a chart page has thousands of them.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

export function num(n: number): string {
  // Whole units from 10 up (coordinates in a viewBox of hundreds), tenths below (line widths, radii).
  const r = Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** An element with attributes (values escaped) and already-built children. */
export function el(name: string, attrs: Record<string, string | number | null | undefined>, ...children: string[]): string {
  let list = "";
  for (const k in attrs) {
    const v = attrs[k];
    if (v !== null && v !== undefined) list += ` ${k}="${typeof v === "number" ? num(v) : esc(v)}"`;
  }
  return children.length ? `<${name}${list}>${children.join("")}</${name}>` : `<${name}${list}/>`;
}

/** The outer <svg>: a described image, scaled to its container, titled for screen readers. */
export function figureSvg(id: string, width: number, height: number, title: string, description: string, body: string[], className = "chart__svg"): string {
  return el(
    "svg",
    { class: className, width: Math.round(width), height: Math.round(height), viewBox: `0 0 ${num(width)} ${num(height)}`, role: "img", "aria-labelledby": `${id}-title ${id}-desc`, focusable: "false" },
    el("title", { id: `${id}-title` }, esc(title)),
    el("desc", { id: `${id}-desc` }, esc(description)),
    ...body,
  );
}
