/**
 * `renderSvg`: a static org chart of a subtree for documents and pull requests, laid out on
 * the server by d3-hierarchy's tidy tree (the same layout as the page), left to right.
 */
import { hierarchy, tree } from "d3-hierarchy";
import type { Unit } from "../model/types.js";
import type { Org } from "../org/org.js";
import { charWidthWith, displayWidthWith } from "../report/width.js";
import { chartOptions, preorder, type RenderOptions } from "./chart-data.js";
import { chartDemand } from "./demand.js";
import { escapeMarkup as x } from "./escape.js";
import { BOX_H, BOX_W, COL, ROW } from "./geometry.js";
import { DEMAND_LABELS, LABELS, titleIn } from "./labels.js";
import { periodText } from "./period.js";
import { COLORS, FONT_STACK } from "./style.js";

const W = BOX_W;
const H = BOX_H;
const PAD = 16;
const LEGEND = 28;
/** Room for a box's text line (from x = 12 to 8 before the right edge), and a generous width of one display column at 13px. */
const LINE_W = W - 20;
const COLUMN_PX = 7;

/**
 * The chart of `options.unit` (default: the root) and `options.depth` levels below it
 * (default 2) as a standalone SVG document: a box per unit with its name, type, head and
 * filled/planned headcount of its subtree; a coloured bar marks units short of plan (red)
 * or over it (orange); "+N" marks units whose children are not drawn. When the org has
 * drivers, "需 N" ("req N") after filled/planned gives the posts the norms require of the
 * subtree for `options.period` (default: the latest), as `orgspec plan` sums them.
 *
 * @example writeFileSync("bj.svg", renderSvg(org, { unit: "bj", depth: 1, lang: "en" }));
 */
export function renderSvg(org: Org, options: RenderOptions = {}): string {
  const { root, depth, lang, period } = chartOptions(org, options, "renderSvg");
  const labels = LABELS[lang];
  const demand = demandOf(org, root, period);
  const words = DEMAND_LABELS[lang];
  const blueprint = org.blueprint;
  const tidy = tree<string>()
    .nodeSize([ROW, COL])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(
    hierarchy(root, (id) => {
      const u = org.unit(id);
      return u.children.length > 0 && pathLength(org, id, root) < depth ? u.children : null;
    }),
  );
  const nodes = tidy.descendants();
  let [top, bottom, deepest] = [0, 0, 0];
  for (const n of nodes)
    [top, bottom, deepest] = [Math.min(top, n.x), Math.max(bottom, n.x), Math.max(deepest, n.depth)];
  const width = (deepest + 1) * COL - (COL - W) + 2 * PAD;
  const height = bottom - top + H + 2 * PAD + LEGEND;
  const at = (n: (typeof nodes)[number]) => ({ x: n.y + PAD, y: n.x - top + PAD });

  const links = nodes
    .filter((n) => n.parent)
    .map((n) => {
      const a = at(n.parent as (typeof nodes)[number]);
      const b = at(n);
      return `M${a.x + W},${a.y + H / 2}H${a.x + W + (COL - W) / 2}V${b.y + H / 2}H${b.x}`;
    })
    .join("");

  const boxes = nodes.map((n) => {
    const u = org.unit(n.data);
    const s = org.staffing.summary(u.id);
    const head = org.headOf(u.id);
    const status = s.vacant > 0 ? "short" : s.over > 0 ? "over" : "ok";
    const { x: left, y: top } = at(n);
    const hidden = n.children ? 0 : u.children.length;
    const required = demand?.units.get(u.id)?.sub[0];
    const figures = [
      `<tspan font-weight="600">${s.filled}/${s.planned}</tspan>`,
      required === undefined ? "" : `<tspan> ${x(words.req)} ${required}</tspan>`,
      s.vacant > 0 ? `<tspan fill="${COLORS.short}" font-weight="600"> ${x(labels.vacant)} ${s.vacant}</tspan>` : "",
      s.over > 0 ? `<tspan fill="${COLORS.over}" font-weight="600"> ${x(labels.over)} ${s.over}</tspan>` : "",
    ].join("");
    // NOTE: with the required figure the line can outgrow the box (a national root); SVG
    // does not clip text, so an over-long line is squeezed to the box instead. Only then:
    // a chart without drivers stays exactly as before.
    const line = [
      `${s.filled}/${s.planned}`,
      required === undefined ? "" : ` ${words.req} ${required}`,
      s.vacant > 0 ? ` ${labels.vacant} ${s.vacant}` : "",
      s.over > 0 ? ` ${labels.over} ${s.over}` : "",
    ].join("");
    const squeeze =
      required !== undefined && displayWidthWith(line, 1) * COLUMN_PX > LINE_W
        ? ` textLength="${LINE_W}" lengthAdjust="spacingAndGlyphs"`
        : "";
    return [
      `<g transform="translate(${left},${top})" data-unit="${x(u.id)}">`,
      `<title>${x(`${u.name} (${u.id})`)}</title>`,
      `<rect width="${W}" height="${H}" rx="6" fill="#fff" stroke="${COLORS.border}"/>`,
      `<rect width="5" height="${H}" fill="${COLORS[status]}"/>`,
      `<text x="12" y="19" font-weight="600">${x(clip(u.name, hidden > 0 ? 26 : 31))}</text>`,
      hidden > 0
        ? `<text x="${W - 8}" y="18" text-anchor="end" font-size="12" fill="${COLORS.muted}">+${hidden}</text>`
        : "",
      `<text x="12" y="36" font-size="12" fill="${COLORS.muted}">${x(clip(titleIn(blueprint?.unitTypes.get(u.type)?.title, lang, u.type), 34))}</text>`,
      head
        ? `<text x="12" y="52" font-size="12" fill="${COLORS.muted}">${x(clip(`${labels.head} ${head.name}`, 34))}</text>`
        : `<text x="12" y="52" font-size="12" fill="${COLORS.short}" font-style="italic">${x(labels.headVacant)}</text>`,
      `<text x="12" y="68"${squeeze}>${figures}</text>`,
      "</g>",
    ].join("");
  });

  const legendY = height - PAD - 6;
  const swatch = (color: string, text: string, dx: number) =>
    `<rect x="${dx}" y="${legendY - 9}" width="10" height="10" rx="2" fill="${color}"/><text x="${dx + 14}" y="${legendY}">${x(text)}</text>`;
  const legend = [
    `<text x="${PAD}" y="${legendY}">${x(labels.legend)}:</text>`,
    swatch(COLORS.ok, labels.filled, PAD + 90),
    swatch(COLORS.short, labels.vacant, PAD + 160),
    swatch(COLORS.over, labels.over, PAD + 230),
    demand
      ? `<text x="${PAD + 300}" y="${legendY}">${x(words.legend + periodText(words.period, demand.period))}</text>`
      : "",
  ].join("");

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${x(FONT_STACK)}" font-size="13" fill="#1f2933">
<title>${x(org.unit(root).name)}</title>
<rect width="100%" height="100%" fill="#f5f6f8"/>
<path d="${links}" fill="none" stroke="${COLORS.link}" stroke-width="1.2"/>
${boxes.join("\n")}
<g font-size="12" fill="${COLORS.muted}">${legend}</g>
</svg>
`;
}

/** The demand of the chart's subtree, when the org has drivers (or a period is asked for). */
function demandOf(org: Org, root: string, period: string | undefined) {
  if (period === undefined && !org.hasDrivers()) return undefined;
  const units = new Map<string, Unit>();
  for (const u of org.units()) units.set(u.id, u);
  return chartDemand(org, preorder(units, root), period, "renderSvg");
}

/** Units between `root` and `id` (0 for the root itself). */
function pathLength(org: Org, id: string, root: string): number {
  const path = org.unitPath(id);
  return path.length - 1 - path.indexOf(root);
}

/** Text cut to `max` display columns (a CJK character is two), with "…" when cut. */
function clip(text: string, max: number): string {
  if (displayWidthWith(text, 1) <= max) return text;
  let width = 0;
  let out = "";
  for (const char of text) {
    width += charWidthWith(char, 1);
    if (width > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
