/**
 * A small, clean org on the built-in blueprint (no diagnostics at all), to which a test adds
 * the one thing it checks:
 *
 *   hq    总公司保费部      hq-premium-dept          head 100001
 *   └ bj  北京分公司保费部  branch-premium-dept      head 110001
 *     └ sb  东城支公司保费部  sub-branch-premium-dept  head 110401
 *       └ team  东城个续组    individual-renewal-team  head 110411 (team lead), 110412 specialist
 */
export interface SkeletonParts {
  /** Text after `blueprint:` and before `units:`, e.g. `rules: { vacancy: off }\n`. */
  top?: string;
  /** More unit items (YAML list items, indented by two spaces). */
  units?: string;
  /** More people items (YAML list items, indented by two spaces). */
  people?: string;
}

export function skeleton(parts: SkeletonParts = {}): string {
  return `orgspec: 1
blueprint: renewal-channel
${parts.top ?? ""}units:
  - id: hq
    type: hq-premium-dept
    name: 总公司保费部
  - id: bj
    type: branch-premium-dept
    name: 北京分公司保费部
    parent: hq
  - id: sb
    type: sub-branch-premium-dept
    name: 东城支公司保费部
    parent: bj
  - id: team
    type: individual-renewal-team
    name: 东城个续组
    parent: sb
${parts.units ?? ""}people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
  - { id: "110401", name: 苏建华, unit: sb, role: department-head }
  - { id: "110411", name: 蒋涛, unit: team, role: team-lead }
  - { id: "110412", name: 蔡琳, unit: team, role: renewal-specialist }
${parts.people ?? ""}`;
}
