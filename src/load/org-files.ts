/**
 * The load stage: the root file, its includes and its blueprint → checked records. Reads
 * only through the FileSystem port; problems go to the sink.
 */
import { dirname } from "pathe";
import type { Blueprint } from "../blueprint/blueprint.js";
import { checkNorms } from "../blueprint/check.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { RulesInput } from "../schema/common.js";
import type { NormDefInput } from "../schema/demand.js";
import { OrgFile } from "../schema/org.js";
import type { SourceFile } from "../source/file.js";
import type { ParserChoice } from "../source/parse.js";
import { loadBlueprint } from "./blueprint.js";
import type { FileSystem } from "./fs.js";
import { followIncludes, realPath, refuseIncludes } from "./includes.js";
import { sourceFromText } from "./read.js";
import type { Records } from "./records.js";
import { checkTopLevel, collectItems } from "./sections.js";

/** The root file to load: how it is shown, where it is (when it is a file) and its content. */
export interface RootInput {
  /** The path shown in diagnostics. */
  display: string;
  /** The absolute path on `fs`; undefined for text given directly (it cannot include files). */
  absolute: string | undefined;
  content: string | Uint8Array;
  /** For text given directly: the folder a blueprint path is resolved against. */
  base?: string | undefined;
}

export interface LoadedFiles {
  /** Undefined when the root file is not an org file at all (no model can be built). */
  records: Records | undefined;
  blueprint: Blueprint | undefined;
  /** The org's own `rules`, to merge over the blueprint's. */
  orgRules: RulesInput | undefined;
  /** The org's own `norms`, overriding the blueprint's by role and unit type. */
  orgNorms: readonly NormDefInput[];
  /** Every file read, in reading order: root, includes, blueprint file. */
  files: SourceFile[];
}

export function loadFiles(
  sink: DiagnosticSink,
  fs: FileSystem | undefined,
  root: RootInput,
  parser: ParserChoice,
): LoadedFiles {
  const rootFile = sourceFromText(sink, root.display, root.absolute, root.content, parser);
  const files: SourceFile[] = [rootFile];
  const fields = checkTopLevel(sink, rootFile, OrgFile, "an org file (orgspec: 1, blueprint, units, people)");
  if (!fields) return { records: undefined, blueprint: undefined, orgRules: undefined, orgNorms: [], files };
  const records: Records = {
    root: rootFile,
    units: [],
    people: [],
    brokenUnitIds: new Set(),
    brokenPersonIds: new Set(),
    droppedUnits: 0,
    droppedPeopleUnits: new Set(),
    peopleLost: false,
  };
  collectItems(sink, rootFile, fields, records);
  if (fs && root.absolute) {
    const real = realPath(fs, root.absolute);
    const seen = new Map([[real, { file: rootFile }]]);
    const ctx = { fs, sink, records, rootDir: realPath(fs, dirname(root.absolute)), seen, files, parser };
    followIncludes(ctx, rootFile, fields.include, [real]);
  } else {
    refuseIncludes(sink, rootFile, fields.include);
  }
  let blueprint: Blueprint | undefined;
  if (fields.blueprint !== undefined) {
    const baseDir = root.absolute ? dirname(root.absolute) : (root.base ?? "/");
    const bp = loadBlueprint(sink, rootFile, fields.blueprint, { fs, baseDir, parser });
    blueprint = bp.blueprint;
    files.push(...bp.files);
  }
  const orgNorms = (fields.norms as NormDefInput[] | undefined) ?? [];
  if (blueprint && orgNorms.length > 0) checkNorms(sink, blueprint, orgNorms, rootFile, ["norms"], blueprint.norms);
  return { records, blueprint, orgRules: fields.rules as RulesInput | undefined, orgNorms, files };
}
