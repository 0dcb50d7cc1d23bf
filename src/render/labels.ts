/** The chart's own words in each language, and blueprint titles resolved to one language. */
import type { ChartLabels, ChartLang, DemandLabels } from "./payload.js";

export const CHART_LANGS: readonly ChartLang[] = ["zh", "en"];

export const LABELS: Readonly<Record<ChartLang, ChartLabels>> = {
  zh: {
    search: "搜索人员或机构（工号、姓名、机构代码）",
    dotted: "虚线汇报",
    dottedHint: "显示虚线（职能）汇报关系；收起的机构连到最近的已显示机构",
    head: "负责人",
    headVacant: "负责人空缺",
    planned: "编制",
    filled: "在岗",
    vacant: "空缺",
    over: "超编",
    unplanned: "编外",
    people: "人数",
    subtree: "本机构及下属机构",
    roles: "本机构岗位",
    role: "岗位",
    spans: "管理幅度（直接下属人数）",
    band: "幅度",
    managers: "管理者",
    chain: "汇报链",
    top: "最高层，无上级",
    dottedManagers: "虚线上级",
    members: "成员",
    more: "另有 {n} 人",
    noResults: "无结果",
    expand: "展开",
    collapse: "收起",
    unit: "机构",
    person: "人员",
    outside: "图外机构",
    legend: "在岗/编制",
    hint: "点击机构查看编制；搜索人员查看汇报链",
    loading: "正在绘制组织图…",
  },
  en: {
    search: "Search a person or unit (id or name)",
    dotted: "Dotted lines",
    dottedHint: "Show dotted (functional) reporting lines; collapsed units connect through the nearest shown unit",
    head: "Head",
    headVacant: "Head vacant",
    planned: "Planned",
    filled: "Filled",
    vacant: "Vacant",
    over: "Over",
    unplanned: "Unplanned",
    people: "People",
    subtree: "This unit and below",
    roles: "Roles in this unit",
    role: "Role",
    spans: "Span of control (direct reports)",
    band: "Span",
    managers: "Managers",
    chain: "Chain of command",
    top: "Top of the org: no manager",
    dottedManagers: "Dotted-line managers",
    members: "Members",
    more: "and {n} more",
    noResults: "No results",
    expand: "Expand",
    collapse: "Collapse",
    unit: "Unit",
    person: "Person",
    outside: "outside this chart",
    legend: "filled/planned",
    hint: "Click a unit for its staffing; search a person for the chain of command",
    loading: "Drawing the org chart…",
  },
};

/** The words of the demand figures, shown only when the org has drivers (a separate table, so that a chart without them keeps its payload). */
export const DEMAND_LABELS: Readonly<Record<ChartLang, DemandLabels>> = {
  zh: {
    req: "需",
    legend: "需 = 按定员标准测算的需求",
    title: "编制测算",
    period: "（{p}）",
    required: "需求",
    planned: "编制",
    posts: "现员",
    planGap: "编制缺口",
    toHire: "需招聘",
    surplus: "富余",
    noNorm: "无定员标准：需求即编制（无编制时即现员）",
  },
  en: {
    req: "req",
    legend: "req = required by the norms",
    title: "Demand",
    period: " ({p})",
    required: "Required",
    planned: "Planned",
    posts: "Posts",
    planGap: "Plan gap",
    toHire: "To hire",
    surplus: "Surplus",
    noNorm: "No norm: required is the plan (or, with no plan, the posts held)",
  },
};

/** A blueprint title (a string or a map of language tag to string) in `lang`, else English, Chinese, any, `fallback`. */
export function titleIn(
  title: string | Readonly<Record<string, string>> | undefined,
  lang: ChartLang,
  fallback: string,
): string {
  if (title === undefined) return fallback;
  if (typeof title === "string") return title;
  const tags = Object.keys(title);
  const pick = (prefix: string) => tags.find((t) => t === prefix || t.toLowerCase().startsWith(`${prefix}-`));
  const tag = pick(lang) ?? pick("en") ?? pick("zh") ?? tags[0];
  return tag === undefined ? fallback : (title[tag] as string);
}
