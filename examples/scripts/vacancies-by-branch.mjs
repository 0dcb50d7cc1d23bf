// Vacancies per branch, ranked: where are we short, and by how much?
// A "branch" is a unit directly under the root (北京分公司, 广东分公司 in the example).
//
//   node examples/scripts/vacancies-by-branch.mjs [root-file]
//
// Run `npm run build` first: the script imports the package by its name, as a user would.
import { formatDiagnostics, loadOrg } from "orgspec";

const path = process.argv[2] ?? "examples/renewal-channel/org.yaml";
const { ok, org, diagnostics, sources } = await loadOrg(path);
if (!ok || !org) {
  process.stderr.write(formatDiagnostics(diagnostics, "text", { sources }));
  process.exit(1);
}

const root = org.root;
if (root === null) {
  console.log("The org has no units.");
  process.exit(0);
}

const branches = org
  .unit(root)
  .children.map((id) => ({
    unit: org.unit(id),
    summary: org.staffing.summary(id),
    vacancies: org.staffing.vacancies(id),
  }))
  .sort((a, b) => b.summary.vacant - a.summary.vacant || (a.summary.fillRate ?? 1) - (b.summary.fillRate ?? 1));

const percent = (ratio) => (ratio === null ? "nothing planned" : `${(ratio * 100).toFixed(1)}% filled`);
const total = org.staffing.summary();
console.log(`Vacancies by branch in ${path}: ${total.vacant} of ${total.planned} planned posts vacant\n`);
branches.forEach(({ unit, summary, vacancies }, rank) => {
  console.log(
    `${rank + 1}. ${unit.name} (${unit.id}): ${summary.vacant} vacant of ${summary.planned} planned, ` +
      `${percent(summary.fillRate)}, ${summary.over} over plan`,
  );
  for (const v of vacancies) {
    const who = v.rollsUpTo ? `${v.rollsUpTo.name} ${v.rollsUpTo.id}` : "nobody above";
    const what = v.head ? `head (${v.role}) vacant; its people roll up to ${who}` : `${v.role}; reports to ${who}`;
    console.log(`     ${v.vacant} × ${v.unitName} (${v.unit}): ${what}`);
  }
});
