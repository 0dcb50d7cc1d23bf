/**
 * The one pipeline: load (files, includes, blueprint → records) → model (resolution) →
 * rules → Org. Each stage reports into one sink; severities are settled at the end, once
 * the blueprint's and the org's `rules` are known.
 */

import { normTable } from "../blueprint/norm-table.js";
import { checkDemand } from "../demand/check.js";
import { DiagnosticSink } from "../diagnostics/sink.js";
import type { FileSystem } from "../load/fs.js";
import { loadFiles, type RootInput } from "../load/org-files.js";
import { buildModel } from "../model/build.js";
import { runRules } from "../rules/index.js";
import { mergeRules } from "../rules/severity.js";
import type { ParserChoice } from "../source/parse.js";
import { createOrg } from "./org.js";
import type { LoadResult } from "./result.js";

/** Told when a stage starts, with the records' counts (LoadOptions.onProgress). */
export type PipelineProgress = (stage: "resolve" | "check", counts: { units: number; people: number }) => void;

export function runPipeline(
  fs: FileSystem | undefined,
  root: RootInput,
  parser: ParserChoice,
  progress?: PipelineProgress,
): LoadResult {
  const sink = new DiagnosticSink();
  const loaded = loadFiles(sink, fs, root, parser);
  const rules = mergeRules(loaded.blueprint?.rules, loaded.orgRules);
  const counts = { units: loaded.records?.units.length ?? 0, people: loaded.records?.people.length ?? 0 };
  progress?.("resolve", counts);
  const model = loaded.records ? buildModel(sink, loaded.records, loaded.blueprint) : undefined;
  const norms = normTable(loaded.blueprint?.norms ?? [], loaded.orgNorms);
  if (model && loaded.blueprint) {
    progress?.("check", counts);
    runRules({
      sink,
      units: model.units,
      people: model.people,
      blueprint: loaded.blueprint,
      rules,
      droppedPeopleUnits: loaded.records?.droppedPeopleUnits ?? new Set(),
      peopleLost: loaded.records?.peopleLost ?? false,
    });
    checkDemand(sink, model, loaded.blueprint, norms);
  }
  const diagnostics = sink.finish((code) => rules.get(code)?.severity);
  const files = loaded.files;
  const common = {
    diagnostics,
    files: files.map((f) => f.path),
    sources: new Map(files.map((f) => [f.path, f.text])),
    parsers: new Map(files.map((f) => [f.path, f.parsed.parser])),
  };
  const org = model ? createOrg(model, loaded.blueprint, loaded.orgNorms) : undefined;
  if (!diagnostics.some((d) => d.severity === "error") && org) return { ok: true, org, ...common };
  return { ok: false, ...(org ? { org } : {}), ...common };
}
