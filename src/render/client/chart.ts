/// <reference lib="dom" />
/**
 * The unit tree, drawn lazily: d3-hierarchy's tidy tree (Reingold–Tilford) lays out only the
 * expanded part, and only those boxes are in the DOM; a collapsed subtree costs nothing.
 * Boxes are HTML (text, CJK fonts, wrapping); links are one SVG layer underneath.
 */
import { type HierarchyPointNode, hierarchy, tree } from "d3-hierarchy";
import { BOX_H, COL, ROW } from "../geometry.js";
import { figuresTitle, requiredMark } from "./demand.js";
import { h, svgPath } from "./dom.js";
import { type At, chainRoute, curve, dottedPairs, elbow } from "./links.js";
import { ancestors, type Model } from "./model.js";

const PAD = 24;

export interface ChartState {
  /** 1 when the unit's children are shown. */
  expanded: Uint8Array;
  /** The selected unit, or -1. */
  unit: number;
  /** The units along the selected person's chain of command: theirs first, then each manager's. */
  chain: number[];
  dotted: boolean;
}

export interface ChartEvents {
  select(unit: number): void;
  toggle(unit: number): void;
}

export class Chart {
  /** Top-left corner of each box in the DOM, by unit. */
  readonly at = new Map<number, At>();
  readonly #boxes = new Map<number, HTMLElement>();
  readonly #links: SVGSVGElement;
  #dottedPairs: Int32Array | undefined;

  constructor(
    readonly model: Model,
    readonly state: ChartState,
    readonly canvas: HTMLElement,
    events: ChartEvents,
  ) {
    this.#links = canvas.querySelector("svg") as SVGSVGElement;
    const unitOf = (target: EventTarget | null) => {
      const box = (target as Element | null)?.closest?.(".box");
      return box ? Number((box as HTMLElement).dataset.i) : -1;
    };
    canvas.addEventListener("click", (e) => {
      const u = unitOf(e.target);
      if (u < 0) return;
      if ((e.target as Element).closest(".tg")) events.toggle(u);
      else events.select(u);
    });
    canvas.addEventListener("keydown", (e) => {
      const u = unitOf(e.target);
      if (u < 0) return;
      const open = this.state.expanded[u] === 1;
      if (e.key === "Enter" || e.key === " ") events.select(u);
      else if ((e.key === "ArrowRight" && !open) || (e.key === "ArrowLeft" && open)) events.toggle(u);
      else return;
      e.preventDefault();
    });
  }

  /** Lay out the expanded part of the tree and bring the DOM in line with it. */
  render(): void {
    const { model, state } = this;
    const root = hierarchy(model.data.root, (u) => (state.expanded[u] === 1 ? model.children[u] : null));
    const laidOut = tree<number>()
      .nodeSize([ROW, COL])
      .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(root);
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    let deepest = 0;
    laidOut.each((n) => {
      top = Math.min(top, n.x);
      bottom = Math.max(bottom, n.x);
      deepest = Math.max(deepest, n.depth);
    });
    const nodes = laidOut.descendants();
    this.at.clear();
    for (const n of nodes) this.at.set(n.data, { x: n.y + PAD, y: n.x - top + PAD });

    for (const [u, box] of this.#boxes) {
      if (!this.at.has(u)) {
        box.remove();
        this.#boxes.delete(u);
      }
    }
    const chain = new Set(state.chain);
    for (const n of nodes) {
      const u = n.data;
      let box = this.#boxes.get(u);
      if (!box) {
        box = this.#box(u);
        this.#boxes.set(u, box);
        this.canvas.append(box);
      }
      const { x, y } = this.at.get(u) as At;
      box.style.transform = `translate(${x}px,${y}px)`;
      box.classList.toggle("selected", u === state.unit);
      box.classList.toggle("chain", chain.has(u));
      const toggle = box.querySelector<HTMLButtonElement>(".tg");
      if (toggle) {
        const open = state.expanded[u] === 1;
        const count = model.children[u]?.length ?? 0;
        toggle.textContent = open ? "−" : `+${count}`;
        toggle.title = `${open ? model.data.labels.collapse : model.data.labels.expand} (${count})`;
        box.setAttribute("aria-expanded", String(open));
      }
    }

    const width = (deepest + 1) * COL + 2 * PAD;
    const height = bottom - top + BOX_H + 2 * PAD;
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.#links.setAttribute("width", String(width));
    this.#links.setAttribute("height", String(height));
    this.#drawLinks(nodes);
  }

  /** The nearest unit at or above `u` that is in the DOM, or -1. */
  shown(u: number): number {
    if (this.at.has(u)) return u;
    for (const a of ancestors(this.model, u)) if (this.at.has(a)) return a;
    return -1;
  }

  #box(u: number): HTMLElement {
    const { units, people, types, staff, labels } = this.model.data;
    const [id, name, type, , head] = units[u] as (typeof units)[number];
    const [planned, filled, vacant, over] = staff[u]?.[0] ?? [0, 0, 0, 0];
    const status = vacant > 0 ? "short" : over > 0 ? "over" : "ok";
    const headPerson = people[head];
    const title = figuresTitle(this.model, u);
    const figures = h(
      "div",
      { class: title === undefined ? "fig" : "fig dm", title },
      h("b", { title: labels.legend }, `${filled}/${planned}`),
      requiredMark(this.model, u),
      vacant > 0 && h("span", { class: "v" }, `${labels.vacant} ${vacant}`),
      over > 0 && h("span", { class: "o" }, `${labels.over} ${over}`),
    );
    const box = h(
      "div",
      { class: `box ${status}`, "data-i": u, "data-unit": id, title: `${name} (${id})` },
      h("div", { class: "name" }, name),
      h("div", { class: "type" }, types[type]?.[1] ?? ""),
      headPerson
        ? h("div", { class: "head" }, `${labels.head} ${headPerson[1]}`)
        : h("div", { class: "head none" }, labels.headVacant),
      figures,
      (this.model.children[u]?.length ?? 0) > 0 && h("button", { class: "tg", type: "button" }),
    );
    box.tabIndex = 0;
    box.setAttribute("role", "treeitem");
    // Element Timing: when the root box's text is first painted (the chart's first render).
    if (u === this.model.data.root) box.firstElementChild?.setAttribute("elementtiming", "orgspec-root");
    return box;
  }

  #drawLinks(nodes: HierarchyPointNode<number>[]): void {
    const { state } = this;
    const at = (u: number) => this.at.get(u) as At;
    const route = chainRoute(this.model, state.chain);
    let plain = "";
    let chain = "";
    for (const n of nodes) {
      if (!n.parent) continue;
      const d = elbow(at(n.parent.data), at(n.data));
      if (route.links.has(n.data)) chain += d;
      else plain += d;
    }
    for (const [a, b] of route.jumps) {
      const [p, q] = [this.shown(a), this.shown(b)];
      if (p >= 0 && q >= 0) chain += curve(at(p), at(q));
    }
    const layer = [svgPath("link", plain), svgPath("link chain", chain)];
    if (state.dotted) {
      // Dotted lines of collapsed units start or end at their nearest shown ancestor.
      this.#dottedPairs ??= dottedPairs(this.model);
      const pairs = this.#dottedPairs;
      const seen = new Set<number>();
      const n = this.model.data.units.length;
      for (let k = 0; k < pairs.length; k += 2) {
        const a = this.shown(pairs[k] as number);
        const b = this.shown(pairs[k + 1] as number);
        if (a < 0 || b < 0 || a === b || seen.has(a * n + b)) continue;
        seen.add(a * n + b);
        layer.push(svgPath("link dotted", curve(at(a), at(b))));
      }
    }
    this.#links.replaceChildren(...layer);
  }
}
