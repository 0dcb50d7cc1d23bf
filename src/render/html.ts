/**
 * `renderHtml`: the org chart as one self-contained HTML file. The org travels as JSON in a
 * `<script type="application/json">`; the page script (client/, with d3-hierarchy) and the
 * stylesheet are inline; a Content-Security-Policy forbids every fetch, so the file works
 * from disk, offline, and cannot leak anything.
 */
import { sha256 as sha256Bytes } from "@noble/hashes/sha2";
import type { Org } from "../org/org.js";
import { chartData, type RenderOptions } from "./chart-data.js";
import { bundledClientScript } from "./client-script.js";
import { checkInlineScript, escapeMarkup, jsonForScript } from "./escape.js";
import type { ChartPayload } from "./payload.js";
import { periodText } from "./period.js";
import { PAGE_CSS } from "./style.js";

/** Options of `renderHtml`. */
export interface HtmlOptions extends RenderOptions {
  /**
   * The page script. Default: the one bundled into orgspec at build time. Only needed when
   * running orgspec from its sources (tests), where `bundleClientScript()` makes it.
   */
  script?: string;
}

/**
 * The interactive org chart of `org` (or of `options.unit`'s subtree) as one HTML file:
 * the unit tree with heads and filled/planned headcount on every box, vacant and over-plan
 * units marked, subtrees collapsed below `options.depth` (and not in the DOM until
 * expanded), search by id or name, the chain of command of the selected person, dotted
 * lines on demand, and a staffing panel for the selected unit. When the org has drivers,
 * every box also shows the posts the norms require of its subtree ("需 N", "req N") for
 * `options.period`, and the panel the unit's demand rows (required, planned, posts, plan
 * gap, to hire, surplus by role), as `orgspec plan` gives them. Titles in `options.lang`.
 *
 * @example
 * const { org } = await loadOrg("examples/renewal-channel/org.yaml");
 * writeFileSync("chart.html", renderHtml(org!, { depth: 2, lang: "zh" }));
 */
export function renderHtml(org: Org, options: HtmlOptions = {}): string {
  const script = options.script ?? bundledClientScript();
  if (script === undefined) {
    throw new Error(
      "renderHtml: the page script is not bundled (running from sources?); pass { script: await bundleClientScript() }",
    );
  }
  return chartPage(chartData(org, options), checkInlineScript(script, "renderHtml"));
}

/** The page around a payload and a page script. */
export function chartPage(data: ChartPayload, script: string): string {
  const { labels } = data;
  const title = escapeMarkup(data.title);
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(PAGE_CSS)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const swatch = (status: string, text: string) => `<span><i class="${status}"></i>${escapeMarkup(text)}</span>`;
  const demand = data.demand
    ? `<span class="q">${escapeMarkup(data.demand.labels.legend + periodText(data.demand.labels.period, data.demand.period))}</span>`
    : "";
  return `<!doctype html>
<html lang="${data.lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="orgspec">
<title>${title}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<div class="search"><input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="${escapeMarkup(labels.search)}" aria-label="${escapeMarkup(labels.search)}"><ul id="results" role="listbox" hidden></ul></div>
<label title="${escapeMarkup(labels.dottedHint)}"><input id="dotted-toggle" type="checkbox"> ${escapeMarkup(labels.dotted)}</label>
<div class="legend" title="${escapeMarkup(labels.hint)}">${escapeMarkup(labels.legend)}: ${swatch("ok", labels.filled)}${swatch("short", labels.vacant)}${swatch("over", labels.over)}${demand}</div>
</header>
<main>
<div id="chart"><p id="loading" class="muted">${escapeMarkup(labels.loading)}</p><div id="canvas" role="tree"><svg id="links" xmlns="http://www.w3.org/2000/svg"></svg></div></div>
<aside id="panel"><p class="muted">${escapeMarkup(labels.hint)}</p></aside>
</main>
<script type="application/json" id="orgspec-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

/** A CSP source hash. NOTE: @noble/hashes, not node:crypto, so that rendering runs in browsers too. */
function sha256(text: string): string {
  const digest = sha256Bytes(new TextEncoder().encode(text));
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
