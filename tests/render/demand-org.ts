/**
 * A small org for the chart's demand figures, on an inline blueprint with drivers and
 * norms (docs/staffing.md, "Demand"). With `drivers` its teams carry premium due for 2013
 * and 2014; without, it is the same org with no driver amounts, whose chart shows no
 * demand at all. Figures worked out by hand (period 2014, the default, the latest):
 *
 * | unit | role | norm                       | required | planned | posts | planGap | toHire | surplus |
 * |------|------|----------------------------|---------:|--------:|------:|--------:|-------:|--------:|
 * | hq   | head | fixed 1                    | 1        | 1       | 1     | 0       | 0      | 0       |
 * | hq   | spec | none: the plan stands      | 1        | 1       | 0     | 0       | 1      | 0       |
 * | t1   | lead | fixed 1                    | 1        | 1       | 1     | 0       | 0      | 0       |
 * | t1   | spec | ⌈3100 ÷ 1000⌉ = 4          | 4        | 2       | 1     | 2       | 3      | 0       |
 * | t2   | lead | fixed 1                    | 1        | 1       | 1     | 0       | 0      | 0       |
 * | t2   | spec | ⌈1200 ÷ 1000⌉ = 2          | 2        | 3       | 4     | −1      | 0      | 2       |
 *
 * Subtrees: t1 = 5 / 3 / 2 / 2 / 3 / 0, t2 = 3 / 4 / 5 / −1 / 0 / 2, hq = 10 / 9 / 8 / 1 / 4 / 2
 * (required / planned / posts / planGap / toHire / surplus). Filled/planned (as today):
 * hq 7/9, t1 2/3, t2 4/4. For 2013, spec is ⌈2500 ÷ 1000⌉ = 3 in t1 and ⌈900 ÷ 1000⌉ = 1 in
 * t2: required t1 4, t2 2, hq 8.
 */

export interface DemandOrgOptions {
  /** Give the teams driver amounts (default true). */
  drivers?: boolean;
  /** A name for t2, and a title for the spec role (default plain ones). */
  t2Name?: string;
  specTitle?: string;
  /** The period key of t1's 2014 amount (default "2014"). */
  period?: string;
}

/** The org file's text. */
export function demandOrg(options: DemandOrgOptions = {}): string {
  const drivers = options.drivers ?? true;
  const period = JSON.stringify(options.period ?? "2014");
  const t1 = drivers ? `, drivers: { premium: { "2013": 2500, ${period}: 3100 } }` : "";
  const t2 = drivers ? `, drivers: { premium: { "2013": 900, ${period}: 1200 } }` : "";
  return `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: mini
  roles:
    head: { title: { zh: 负责人, en: Head } }
    lead: { title: { zh: 组长, en: Lead } }
    spec: { title: ${JSON.stringify(options.specTitle ?? "Specialist")} }
  unitTypes:
    top: { title: { zh: 总部, en: Top }, level: 1, headRole: head, roles: [head, spec] }
    team: { title: { zh: 小组, en: Team }, level: 2, parents: [top], headRole: lead, roles: [lead, spec] }
  drivers: { premium: { title: Premium due, unit: 万元 } }
  norms:
    - { role: head, in: [top], fixed: 1 }
    - { role: spec, in: [team], per: [{ driver: premium, rate: 1000 }], min: 1 }
    - { role: lead, in: [team], fixed: 1 }
units:
  - { id: hq, type: top, name: 总部, plan: { head: 1, spec: 1 } }
  - { id: t1, type: team, name: 一组, parent: hq, plan: { spec: 2, lead: 1 }${t1} }
  - { id: t2, type: team, name: ${JSON.stringify(options.t2Name ?? "二组")}, parent: hq, plan: { spec: 3, lead: 1 }${t2} }
people:
  - { id: "1", name: 王一, unit: hq, role: head }
  - { id: "2", name: 李二, unit: t1, role: lead }
  - { id: "3", name: 张三, unit: t1, role: spec }
  - { id: "4", name: 赵四, unit: t2, role: lead }
  - { id: "5", name: 钱五, unit: t2, role: spec }
  - { id: "6", name: 孙六, unit: t2, role: spec }
  - { id: "7", name: 周七, unit: t2, role: spec }
  - { id: "8", name: 吴八, unit: t2, role: spec }
`;
}
