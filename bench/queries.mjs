/**
 * Per-query latency on a loaded org: node bench/queries.mjs <root-file> [calls].
 * Each query runs over random people (a fixed seed), timed with process.hrtime.bigint()
 * around batches of BATCH calls; the median and p99 are over the batches' per-call means,
 * in µs. allReports of the top person is iterated to the end and timed run by run, in ms.
 * `find` times three-term selectors (`org.findPeople` / `findUnits`) over random branches,
 * in ms, the first calls (which build the indexes) apart.
 * A method the Org does not have (yet) is reported as null. Prints JSON.
 */
const root = process.argv[2];
const calls = Number(process.argv[3] ?? 100_000);
if (!root) {
  process.stderr.write("usage: node bench/queries.mjs <root-file> [calls]\n");
  process.exit(2);
}
const lib = await import(new URL("../dist/index.js", import.meta.url).href);

const loadStart = performance.now();
const { org } = lib.loadOrgSync(root);
const loadMs = performance.now() - loadStart;
if (!org) throw new Error(`queries.mjs: ${root} did not load`);

const BATCH = 100;
const ids = [];
for (const p of org.people()) ids.push(p.id);

// mulberry32: the same ids on every run.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const anyone = () => ids[Math.floor(random() * ids.length)];
/** Two people near each other in the file (same team or sub-branch): common managers are not all the top. */
const nearPair = () => {
  const i = Math.floor(random() * ids.length);
  return [ids[i], ids[Math.min(ids.length - 1, i + 1 + Math.floor(random() * 40))]];
};
const has = (name) => typeof org[name] === "function";

/** The managers above a person, by the public model (for preparing true isUnder pairs). */
function chainOf(id) {
  if (has("chainOfCommand")) return org.chainOfCommand(id).map((m) => m.id);
  const chain = [];
  for (let m = org.person(id).manager; m && chain.length < 64; m = org.person(m.id).manager) chain.push(m.id);
  return chain;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

let sink = 0;
function measure(name, prepare, call) {
  if (!has(name)) return null;
  const batches = Math.max(10, Math.floor(calls / BATCH));
  const inputs = Array.from({ length: batches + 5 }, () => Array.from({ length: BATCH }, prepare));
  const perCall = [];
  inputs.forEach((batch, b) => {
    const start = process.hrtime.bigint();
    for (let k = 0; k < BATCH; k++) sink += call(batch[k]);
    const ns = Number(process.hrtime.bigint() - start) / BATCH;
    if (b >= 5) perCall.push(ns / 1000); // the first batches warm up
  });
  perCall.sort((x, y) => x - y);
  return { median: quantile(perCall, 0.5), p99: quantile(perCall, 0.99), calls: batches * BATCH };
}

// Inputs are drawn before timing starts; isUnder pairs are half true, half random.
const result = {
  people: ids.length,
  loadMs,
  managerOf: measure("managerOf", anyone, (id) => (org.managerOf(id) ? 1 : 0)),
  isUnder: measure(
    "isUnder",
    () => {
      const a = anyone();
      const chain = random() < 0.5 ? chainOf(a) : [];
      return [a, chain.length > 0 ? chain[Math.floor(random() * chain.length)] : anyone()];
    },
    ([a, b]) => (org.isUnder(a, b) ? 1 : 0),
  ),
  commonManager: measure(
    "commonManager",
    () => (random() < 0.5 ? [anyone(), anyone()] : nearPair()),
    ([a, b]) => (org.commonManager(a, b) ? 1 : 0),
  ),
  chainOfCommand: measure("chainOfCommand", anyone, (id) => org.chainOfCommand(id).length),
  allReports: null,
};

if (has("allReports")) {
  const top = has("headOf") && org.root ? org.headOf(org.root)?.id : ids.find((id) => org.person(id).manager === null);
  const runs = ids.length > 200_000 ? 7 : 25;
  const times = [];
  let count = 0;
  for (let r = 0; r < runs + 2; r++) {
    const start = process.hrtime.bigint();
    count = 0;
    for (const _ of org.allReports(top)) count++;
    if (r >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((x, y) => x - y);
  result.allReports = { top, count, median: quantile(times, 0.5), p99: quantile(times, 0.99), runs };
}
// Selectors of three terms (issue 14), over random branches: the first call builds the
// indexes (reported apart), the rest are timed call by call, to the end of the answer.
if (has("findPeople")) {
  const branches = [...org.findUnits("type:branch-premium-dept")].map((u) => u.id);
  const selectors = [
    (b) => ["people", `role:renewal-specialist type:bank-renewal-team under:${b}`],
    (b) => ["people", `role:team-lead under:${b} -has:dotted`],
    (b) => ["units", `type:individual-renewal-team under:${b} under-plan`],
  ];
  const run = ([kind, selector]) =>
    [...(kind === "people" ? org.findPeople(selector) : org.findUnits(selector))].length;
  const pickBranch = () => branches[Math.floor(random() * branches.length)];
  const firstStart = process.hrtime.bigint();
  for (const make of selectors) sink += run(make(pickBranch()));
  const firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;
  const times = [];
  let matched = 0;
  const runs = ids.length > 200_000 ? 30 : 100;
  for (let r = 0; r < runs; r++) {
    const query = selectors[r % selectors.length](pickBranch());
    const start = process.hrtime.bigint();
    const n = run(query);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    matched += n;
  }
  times.sort((x, y) => x - y);
  result.find = {
    median: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    runs,
    firstMs,
    meanMatches: matched / runs,
  };
}
result.sink = sink;
process.stdout.write(`${JSON.stringify(result)}\n`);
