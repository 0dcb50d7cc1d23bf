// The escalation path between two people on solid lines: up from the first to the lowest
// manager both report to, then down to the second.
//
//   node examples/scripts/escalation-path.mjs [root-file] [from-id] [to-id]
//
// Defaults: examples/renewal-channel/org.yaml, 110225 (许诺, who reports straight to 朝阳's
// deputy head) and 110222 (曹颖, a specialist in the same bank team).
import { fileURLToPath } from "node:url";
import { formatDiagnostics, loadOrg, UnknownIdError } from "orgspec";

const root = process.argv[2] ?? fileURLToPath(new URL("../renewal-channel/org.yaml", import.meta.url));
const from = process.argv[3] ?? "110225";
const to = process.argv[4] ?? "110222";

const { ok, org, diagnostics, sources } = await loadOrg(root);
if (!ok || !org) {
  process.stderr.write(formatDiagnostics(diagnostics, "text", { sources }));
  process.exit(1);
}

try {
  const path = org.reportingPath(from, to);
  if (path.length === 0) {
    console.log(`${from} and ${to} have no manager in common: no escalation path`);
    process.exit(0);
  }
  const common = org.commonManager(from, to);
  console.log(
    `From ${from} to ${to}: ${path.length - 1} steps; lowest common manager: ${common ? `${common.id} ${common.name}` : "none"}`,
  );
  path.forEach((p, i) => {
    const previous = path[i - 1];
    const step = !previous ? "start" : org.managerOf(previous.id)?.id === p.id ? "up to" : "down to";
    console.log(`  ${step.padEnd(7)} ${p.id.padEnd(8)} ${p.name}\t${p.role}, ${org.unit(p.unit).name}`);
  });
} catch (error) {
  if (!(error instanceof UnknownIdError)) throw error;
  console.error(error.message);
  process.exit(2);
}
