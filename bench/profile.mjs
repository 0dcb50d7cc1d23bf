/**
 * Where the time goes: summarizes a V8 .cpuprofile (from node --cpu-prof) by self time,
 * per function and per area (an npm package, an orgspec source folder, GC, Node itself).
 * Functions in the bundled dist/cli.js are mapped back to src/ through its source map
 * (a small base64-VLQ decoder, so the benchmark needs no extra package).
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source map `mappings` → per generated line, [generatedColumn, sourceIndex, sourceLine] sorted by column. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const line of mappings.split(";")) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        sourceLine += fields[2];
        segments.push([column, source, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

function sourceMapper(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return () => null;
  const map = JSON.parse(readFileSync(mapFile, "utf8"));
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    let found = segments[0];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid][0] <= column) {
        found = segments[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const source = (map.sources[found[1]] ?? "?").replace(/^(\.\.\/)+/, "");
    return { source, line: found[2] + 1 };
  };
}

/**
 * Self time by function and by area. `repo` is the repository root; returns
 * { totalMs, sampledMs, functions: [{ name, where, area, ms, share }], areas: [{ area, ms, share }] }.
 */
export function summarizeProfile(profilePath, repo) {
  const profile = JSON.parse(readFileSync(profilePath, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const mappers = new Map();
  const functions = new Map();
  const areas = new Map();
  let sampled = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame ?? { functionName: "?", url: "" };
    const ms = us / 1000;
    sampled += ms;
    let where = "";
    let area;
    const url = frame.url ?? "";
    if (!url) {
      area = frame.functionName.startsWith("(") ? frame.functionName : "(native)";
    } else if (url.startsWith("node:")) {
      area = "node internals";
      where = url;
    } else {
      const path = url.startsWith("file:") ? fileURLToPath(url) : url;
      const rel = relative(repo, path);
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(rel);
      if (pkg) {
        area = `${pkg[1]} (npm)`;
        where = `${rel.slice(rel.indexOf(pkg[1]))}:${frame.lineNumber + 1}`;
      } else if (rel.startsWith("dist/")) {
        if (!mappers.has(path)) mappers.set(path, sourceMapper(path));
        const original = mappers.get(path)(frame.lineNumber, frame.columnNumber);
        where = original ? `${original.source}:${original.line}` : `${rel}:${frame.lineNumber + 1}`;
        const folder = /^src\/([^/]+)\//.exec(original?.source ?? "");
        area = folder ? `orgspec src/${folder[1]}` : original ? original.source : "orgspec dist";
        const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(original?.source ?? "");
        if (dep) area = `${dep[1]} (bundled)`;
      } else {
        area = rel;
        where = `${rel}:${frame.lineNumber + 1}`;
      }
    }
    const name = frame.functionName || "(anonymous)";
    const key = `${name}\u0000${where}`;
    const f = functions.get(key) ?? { name, where, area, ms: 0 };
    f.ms += ms;
    functions.set(key, f);
    areas.set(area, (areas.get(area) ?? 0) + ms);
  }
  const share = (ms) => (sampled > 0 ? ms / sampled : 0);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    sampledMs: sampled,
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms).map((f) => ({ ...f, share: share(f.ms) })),
    areas: [...areas].map(([area, ms]) => ({ area, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
  };
}
