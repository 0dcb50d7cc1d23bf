/** The chart's look, shared by the HTML page and the SVG: fonts (with CJK) and status colours. */
import { BOX_H, BOX_W } from "./geometry.js";

/**
 * System fonts only (no web fonts: the page works offline). Simplified-Chinese fonts come
 * first, so that Han characters never take Japanese forms from a system UI font.
 */
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Status colours: full (or no plan), short of plan (vacant), over plan; the selection and the chain. */
export const COLORS = {
  ok: "#2e7d32",
  short: "#c62828",
  over: "#e65100",
  border: "#c5cad3",
  muted: "#5f6b7a",
  link: "#9aa3af",
  chain: "#f9a825",
  chainFill: "#fff6d5",
  selected: "#1565c0",
  dotted: "#7b1fa2",
} as const;

/** The page's stylesheet. */
export const PAGE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:13px/1.35 ${FONT_STACK};color:#1f2933;background:#f5f6f8;display:flex;flex-direction:column}
header{display:flex;align-items:center;gap:16px;padding:8px 16px;background:#fff;border-bottom:1px solid ${COLORS.border};flex-wrap:wrap}
h1{font-size:16px;margin:0}
.search{position:relative;flex:0 1 380px}
#search{width:100%;padding:6px 10px;font:inherit;border:1px solid ${COLORS.border};border-radius:6px}
#results{position:absolute;z-index:10;left:0;right:0;top:100%;margin:2px 0 0;padding:4px 0;list-style:none;background:#fff;border:1px solid ${COLORS.border};border-radius:6px;box-shadow:0 4px 16px #0002;max-height:60vh;overflow:auto}
#results li{padding:4px 10px;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#results li.active,#results li:hover{background:#e8f0fe}
.legend{display:flex;gap:12px;color:${COLORS.muted};font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.legend .ok{background:${COLORS.ok}}.legend .short{background:${COLORS.short}}.legend .over{background:${COLORS.over}}
main{flex:1;display:flex;min-height:0}
#chart{flex:1;overflow:auto;position:relative}
#canvas{position:relative}
#loading{position:absolute;margin:24px}
#links{position:absolute;left:0;top:0;pointer-events:none}
.link{fill:none;stroke:${COLORS.link};stroke-width:1.2}
.link.chain{stroke:${COLORS.chain};stroke-width:3}
.link.dotted{stroke:${COLORS.dotted};stroke-width:1.5;stroke-dasharray:5 4}
.box{position:absolute;left:0;top:0;width:${BOX_W}px;height:${BOX_H}px;content-visibility:auto;contain-intrinsic-size:${BOX_W}px ${BOX_H}px;padding:5px 8px 5px 12px;background:#fff;border:1px solid ${COLORS.border};border-radius:6px;cursor:pointer;overflow:hidden}
.box::before{content:"";position:absolute;left:0;top:0;bottom:0;width:5px;background:${COLORS.ok}}
.box.short::before{background:${COLORS.short}}
.box.over::before{background:${COLORS.over}}
.box.chain{background:${COLORS.chainFill};border-color:${COLORS.chain}}
.box.selected{outline:2px solid ${COLORS.selected};outline-offset:1px}
.box:focus-visible{box-shadow:0 0 0 5px #1565c040}
.box div{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.box .name{font-weight:600;padding-right:30px}
.box .type,.box .head{font-size:12px;color:${COLORS.muted}}
.head.none{color:${COLORS.short};font-style:italic}
.fig b{font-variant-numeric:tabular-nums;margin-right:6px}
.v{color:${COLORS.short};font-weight:600}
.o{color:${COLORS.over};font-weight:600}
.fig span{margin-right:6px;font-size:12px}
.fig.dm{font-size:12px}
.fig.dm b,.fig.dm span{margin-right:4px}
.fig .q{font-variant-numeric:tabular-nums}
#demand th,#demand td,#demand-subtree th,#demand-subtree td{padding:2px 4px}
.legend .q{border-left:1px solid ${COLORS.border};padding-left:12px}
td.nn{color:${COLORS.muted};font-style:italic}
.tg{position:absolute;right:4px;top:4px;min-width:26px;padding:0 4px;font:12px/18px ${FONT_STACK};border:1px solid ${COLORS.border};border-radius:9px;background:#f5f6f8;cursor:pointer}
#panel{width:360px;overflow:auto;background:#fff;border-left:1px solid ${COLORS.border};padding:4px 16px 16px}
#panel h2{font-size:15px;margin:12px 0 2px}
#panel h3{font-size:13px;margin:14px 0 4px;color:${COLORS.muted}}
#panel p{margin:4px 0}
#panel section+section{border-top:1px solid ${COLORS.border};margin-top:12px}
#panel ol,#panel ul{margin:0;padding-left:20px}
#panel li{margin:2px 0}
.muted{color:${COLORS.muted}}
button.link{font:inherit;color:${COLORS.selected};background:none;border:0;padding:0;cursor:pointer;text-align:left}
button.link:hover{text-decoration:underline}
#person{background:${COLORS.chainFill};margin:0 -16px;padding:1px 16px 10px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:2px 6px;text-align:right;border-bottom:1px solid #eceef1}
th:first-child,td:first-child{text-align:left}
th{font-weight:500;color:${COLORS.muted};font-size:12px}
#subtree th,#subtree td,#demand-subtree th,#demand-subtree td{text-align:right}
#spans td:last-child{width:45%}
.bar{display:inline-block;height:8px;background:${COLORS.selected};border-radius:2px;opacity:.6}
`;
