/**
 * Finding the org's blueprint: a built-in name, a path relative to the root file, or an
 * inline mapping. A blueprint file's problems are reported in that file.
 */
import { dirname, join, resolve } from "pathe";
import { type Blueprint, toBlueprint } from "../blueprint/blueprint.js";
import { BUILTIN_BLUEPRINTS } from "../blueprint/builtin.js";
import { checkBlueprint } from "../blueprint/check.js";
import { DiagnosticSink } from "../diagnostics/sink.js";
import { didYouMean } from "../diagnostics/suggest.js";
import { BlueprintFile } from "../schema/blueprint.js";
import { schemaData } from "../schema/issues.js";
import type { SourceFile } from "../source/file.js";
import type { ParserChoice } from "../source/parse.js";
import type { PathSegment } from "../source/path.js";
import { errorCode, type FileSystem } from "./fs.js";
import { sourceFromText } from "./read.js";
import { check, topLevelMapping } from "./sections.js";

export interface BlueprintLoad {
  blueprint?: Blueprint;
  /** Files read for it (a blueprint given by path). */
  files: SourceFile[];
}

export function loadBlueprint(
  sink: DiagnosticSink,
  root: SourceFile,
  value: unknown,
  where: { fs: FileSystem | undefined; baseDir: string; parser: ParserChoice },
): BlueprintLoad {
  const at = { file: root, path: ["blueprint"] };
  if (value !== null && typeof value === "object") {
    const input = check(sink, root, ["blueprint"], BlueprintFile, value);
    return { blueprint: input ? checked(sink, toBlueprint(input), root, ["blueprint"]) : undefined, files: [] };
  }
  const name = String(value);
  const builtin = BUILTIN_BLUEPRINTS[name];
  if (builtin !== undefined && Object.hasOwn(BUILTIN_BLUEPRINTS, name)) {
    return { blueprint: builtinBlueprint(name, sink), files: [] };
  }
  if (!/[\\/]|\.ya?ml$/i.test(name)) {
    const data = schemaData("unknown_blueprint", ["blueprint"], {
      expected: Object.keys(BUILTIN_BLUEPRINTS).join(" | "),
      received: JSON.stringify(name),
    });
    sink.report("schema", at, `"blueprint": no built-in blueprint is named "${name}"`, data, {
      hint:
        didYouMean(name, Object.keys(BUILTIN_BLUEPRINTS)) ??
        `built-in blueprints: ${Object.keys(BUILTIN_BLUEPRINTS).join(", ")}; or give a relative path to a blueprint file`,
    });
    return { files: [] };
  }
  if (!where.fs) {
    const data = { reason: "no-files", pattern: name, file: null, errno: null } as const;
    sink.report(
      "include",
      at,
      `blueprint file "${name}" cannot be read: this org was given as text, with no files`,
      data,
      {
        hint: 'give the files too: parseOrg({ root: "org.yaml", files: { … } }), or a built-in blueprint name',
      },
    );
    return { files: [] };
  }
  const absolute = resolve(where.baseDir, name);
  let bytes: Uint8Array | string;
  try {
    bytes = where.fs.readFile(absolute);
  } catch (error) {
    const code = errorCode(error);
    const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code})`;
    const reason = code === "ENOENT" ? "blueprint-missing" : "blueprint-unreadable";
    const file = join(dirname(root.path), name);
    sink.report("include", at, `blueprint file "${name}" ${why}`, {
      reason,
      pattern: name,
      file: code === "ENOENT" ? null : file,
      errno: code === "ENOENT" ? null : code,
    });
    return { files: [] };
  }
  const file = sourceFromText(sink, join(dirname(root.path), name), absolute, bytes, where.parser);
  const data = topLevelMapping(sink, file, BlueprintFile, "a blueprint (orgspec-blueprint: 1, id, roles, unitTypes)");
  const input = data ? check(sink, file, [], BlueprintFile, data) : undefined;
  return { blueprint: input ? checked(sink, toBlueprint(input), file, []) : undefined, files: [file] };
}

function checked(sink: DiagnosticSink, bp: Blueprint, file: SourceFile, at: readonly PathSegment[]): Blueprint {
  checkBlueprint(sink, bp, file, at);
  return bp;
}

const builtinCache = new Map<string, Blueprint>();

/** A built-in blueprint, parsed once per process. Its own problems would be a bug in orgspec. */
export function builtinBlueprint(name: string, sink?: DiagnosticSink): Blueprint | undefined {
  const cached = builtinCache.get(name);
  if (cached) return cached;
  const text = BUILTIN_BLUEPRINTS[name];
  if (text === undefined) return undefined;
  const local = sink ?? new DiagnosticSink();
  const file = sourceFromText(local, `<builtin>/${name}.yaml`, undefined, text);
  const data = topLevelMapping(local, file, BlueprintFile, "a blueprint");
  const input = data ? check(local, file, [], BlueprintFile, data) : undefined;
  if (!input) return undefined;
  const bp = toBlueprint(input);
  builtinCache.set(name, bp);
  return bp;
}
