/** The one way the model reports a reference to an id that does not exist. */
import type { DiagnosticDataMap } from "../diagnostics/data.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { suggestion } from "../diagnostics/suggest.js";
import type { At } from "./data.js";

type Reference = Pick<DiagnosticDataMap["unknown-reference"], "kind" | "id" | "field">;

/** An `unknown-reference` at `at`, with the closest of `known` as data and hint. */
export function reportUnknownReference(
  sink: DiagnosticSink,
  at: At,
  message: string,
  reference: Reference,
  known: Iterable<string>,
): void {
  const near = suggestion(reference.id, known);
  sink.report("unknown-reference", at, message, { ...reference, suggestion: near.suggestion }, { hint: near.hint });
}
