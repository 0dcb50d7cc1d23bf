/**
 * `renderSvg`: a static org chart of a subtree for documents and pull requests, laid out on
 * the server by d3-hierarchy's tidy tree (the same layout as the page), left to right.
 */
import { hierarchy, tree } from "d3-hierarchy";
import type { Org } from "../org/org.js";
import { charWidth, displayWidth } from "../report/width.js";
import { chartOptions, type RenderOptions } from "./chart-data.js";
import { escapeMarkup as x } from "./escape.js";
import { BOX_H, BOX_W, COL, ROW } from "./geometry.js";
import { LABELS, titleIn } from "./labels.js";
import { COLORS, FONT_STACK } from "./style.js";

const W = BOX_W;
const H = BOX_H;
const PAD = 16;
const LEGEND = 28;

/**
 * The chart of `options.unit` (default: the root) and `options.depth` levels below it
 * (default 2) as a standalone SVG document: a box per unit with its name, type, head and
 * filled/planned headcount of its subtree; a coloured bar marks units short of plan (red)
 * or over it (orange); "+N" marks units whose children are not drawn.
 *
 * @example writeFileSync("bj.svg", renderSvg(org, { unit: "bj", depth: 1, lang: "en" }));
 */
export function renderSvg(org: Org, options: RenderOptions = {}): string {
  const { root, depth, lang } = chartOptions(org, options, "renderSvg");
  const labels = LABELS[lang];
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
    const figures = [
      `<tspan font-weight="600">${s.filled}/${s.planned}</tspan>`,
      s.vacant > 0 ? `<tspan fill="${COLORS.short}" font-weight="600"> ${x(labels.vacant)} ${s.vacant}</tspan>` : "",
      s.over > 0 ? `<tspan fill="${COLORS.over}" font-weight="600"> ${x(labels.over)} ${s.over}</tspan>` : "",
    ].join("");
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
      `<text x="12" y="68">${figures}</text>`,
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

/** Units between `root` and `id` (0 for the root itself). */
function pathLength(org: Org, id: string, root: string): number {
  const path = org.unitPath(id);
  return path.length - 1 - path.indexOf(root);
}

/** Text cut to `max` display columns (a CJK character is two), with "…" when cut. */
function clip(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let width = 0;
  let out = "";
  for (const char of text) {
    width += charWidth(char);
    if (width > max - 1) break;
    out += char;
  }
  return `${out}…`;
}
