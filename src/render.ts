/**
 * `orgspec/render`: the org chart as one self-contained, offline HTML page (search, chain of
 * command, dotted lines, staffing panel) or as a static SVG.
 *
 * @example
 * import { renderHtml } from "orgspec/render";
 * const page = renderHtml(org, { depth: 2, lang: "en" });
 */
export type { RenderOptions } from "./render/chart-data.js";
export { type HtmlOptions, renderHtml } from "./render/html.js";
export type { ChartLang } from "./render/payload.js";
export { renderSvg } from "./render/svg.js";
