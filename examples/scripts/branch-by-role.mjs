// Everyone in a unit and every unit below it (a branch, say), grouped by role, with the
// blueprint's title for each role and the unit each person sits in.
//
//   node examples/scripts/branch-by-role.mjs [root-file] [unit-id]
//
// Defaults: examples/renewal-channel/org.yaml and bj (北京分公司保费部).
import { fileURLToPath } from "node:url";
import { formatDiagnostics, loadOrg, UnknownIdError } from "orgspec";

const root = process.argv[2] ?? fileURLToPath(new URL("../renewal-channel/org.yaml", import.meta.url));
const unitId = process.argv[3] ?? "bj";

const { ok, org, diagnostics, sources } = await loadOrg(root);
if (!ok || !org) {
  process.stderr.write(formatDiagnostics(diagnostics, "text", { sources }));
  process.exit(1);
}

/** A blueprint title is a string or a map of language tag to string: prefer Chinese, then English. */
function title(role) {
  const t = org.blueprint?.roles.get(role)?.title;
  if (t === undefined) return role;
  return typeof t === "string" ? t : (t.zh ?? t.en ?? Object.values(t)[0] ?? role);
}

try {
  const unit = org.unit(unitId);
  const members = org.membersOf(unitId, { subtree: true });
  const byRole = new Map();
  for (const p of members) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
  console.log(`${unit.name} (${unit.id}): ${members.length} people in ${org.unitPath(unitId).join(" > ")} and below`);
  // Roles in the blueprint's order, then any others.
  const order = [...(org.blueprint?.roles.keys() ?? []), ...byRole.keys()];
  for (const role of new Set(order)) {
    const people = byRole.get(role);
    if (!people) continue;
    console.log(`\n${title(role)} (${role}): ${people.length}`);
    for (const p of people) {
      // Members through an `also` post have their primary post elsewhere.
      const also = org.unitPath(p.unit).includes(unitId) ? "" : " (concurrent post here)";
      console.log(`  ${p.id.padEnd(8)} ${p.name}\t${org.unit(p.unit).name}${also}`);
    }
  }
} catch (error) {
  if (!(error instanceof UnknownIdError)) throw error;
  console.error(error.message);
  process.exit(2);
}
