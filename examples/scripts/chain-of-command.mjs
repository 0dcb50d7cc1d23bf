// The chain of command of one person: their manager, that manager's manager, … up to the top.
//
//   node examples/scripts/chain-of-command.mjs [root-file] [person-id]
//
// Defaults: examples/renewal-channel/org.yaml and 110312 (曾敏, a renewal specialist whose
// sub-branch head post is vacant, so that level simply drops out of her chain).
import { fileURLToPath } from "node:url";
import { formatDiagnostics, loadOrg, UnknownIdError } from "orgspec";

const root = process.argv[2] ?? fileURLToPath(new URL("../renewal-channel/org.yaml", import.meta.url));
const personId = process.argv[3] ?? "110312";

const { ok, org, diagnostics, sources } = await loadOrg(root);
if (!ok || !org) {
  process.stderr.write(formatDiagnostics(diagnostics, "text", { sources }));
  process.exit(1);
}

try {
  const person = org.person(personId);
  const chain = org.chainOfCommand(personId);
  const unitName = (id) => (org.hasUnit(id) ? org.unit(id).name : id);
  console.log(`${person.id} ${person.name}, ${person.role} in ${unitName(person.unit)}`);
  if (chain.length === 0) console.log("  is a top of the org: no manager");
  chain.forEach((m, i) => {
    console.log(`${"  ".repeat(i + 1)}└ reports to ${m.id} ${m.name}, ${m.role} in ${unitName(m.unit)}`);
  });
  const dotted = org.dottedManagers(personId);
  for (const d of dotted) console.log(`  (dotted line to ${d.id} ${d.name}, from ${d.source})`);
} catch (error) {
  if (!(error instanceof UnknownIdError)) throw error;
  console.error(error.message);
  process.exit(2);
}
