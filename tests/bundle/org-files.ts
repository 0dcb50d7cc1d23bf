/**
 * The org the bundle tests validate, as data: the app bundles it (in memory) and the test
 * writes it to disk for the CLI. A root file including `branches/*.yaml` and a CSV roster;
 * one broken reference (an error), one reportsTo outside the chain (a warning), one
 * vacancy (an info). Positions worked out by hand are in bundle.test.ts.
 */
export const ROOT = "org.yaml";

export const ORG_FILES: Readonly<Record<string, string>> = {
  "org.yaml": `orgspec: 1
blueprint: renewal-channel
org: { id: bundle-demo, name: 打包演示 }
include: [branches/*.yaml, people.csv]
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`,
  "branches/bj.yaml": `# 北京分公司: two deputy-head posts planned, one filled (a vacancy).
units:
  - id: bj
    type: branch-premium-dept
    name: 北京分公司保费部
    parent: hq
    plan: { deputy-head: 2 }
people:
  - id: "110001"
    name: 张伟
    unit: bj
    role: department-head
  - id: "110002"
    name: 刘洋
    unit: bj
    role: deputy-head
    reportsTo: "110009"
`,
  "branches/gd.yaml": `units:
  - id: gd
    type: branch-premium-dept
    name: 广东分公司保费部
    parent: hq
people:
  - id: "120001"
    name: 陈静
    unit: gd
    role: department-head
`,
  "people.csv": "id,name,unit,role,reportsTo\n120002,黄丽,gd,deputy-head,110001\n",
};
