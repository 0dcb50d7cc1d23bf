/**
 * Heap held after loading an org: node --expose-gc bench/heap.mjs <root-file>. Measures the
 * heap after importing orgspec (the baseline), then after loadOrg with the whole result
 * kept (model, diagnostics, file texts), then with only the Org kept, each after a full GC.
 * Prints JSON with the byte counts and the people count.
 */

if (typeof global.gc !== "function") {
  process.stderr.write("heap.mjs: run with node --expose-gc\n");
  process.exit(2);
}
const root = process.argv[2];
if (!root) {
  process.stderr.write("usage: node --expose-gc bench/heap.mjs <root-file>\n");
  process.exit(2);
}
const lib = await import(new URL("../dist/index.js", import.meta.url).href);

function heapAfterGc() {
  for (let i = 0; i < 3; i++) global.gc();
  return process.memoryUsage().heapUsed;
}

const baseline = heapAfterGc();
let result = await lib.loadOrg(root);
if (!result.org) throw new Error(`heap.mjs: ${root} did not load (${result.diagnostics.length} diagnostics)`);
const people = result.org.counts.people;
const withResult = heapAfterGc() - baseline;
const org = result.org;
result = undefined;
const orgOnly = heapAfterGc() - baseline;
process.stdout.write(`${JSON.stringify({ people, baseline, withResult, orgOnly, keep: org.counts.units > 0 })}\n`);
