/// <reference lib="dom" />
/** A small element builder: text always goes in as text, never as markup. */

export type Child = Node | string | null | undefined | false;

/** Attributes; `class` sets the class name and `text` the text content. */
export type Props = Readonly<Record<string, string | number | undefined>>;

/** `h("li", { class: "x", "data-id": id }, child, …)`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (key === "class") el.className = String(value);
      else if (key === "text") el.textContent = String(value);
      else el.setAttribute(key, String(value));
    }
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG `<path>` with a class and a `d`. */
export function svgPath(className: string, d: string): SVGPathElement {
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("class", className);
  path.setAttribute("d", d);
  return path;
}

/** "{n}" in a label replaced. */
export function fill(label: string, n: number): string {
  return label.replace("{n}", String(n));
}
