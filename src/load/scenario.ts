/** Reading a scenario file: its shape, every problem at its line and column (its references are checked against an org in demand/). */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { ScenarioFile, type ScenarioInput } from "../schema/scenario.js";
import type { SourceFile } from "../source/file.js";
import type { ParserChoice } from "../source/parse.js";
import type { RootInput } from "./org-files.js";
import { sourceFromText } from "./read.js";
import { check, topLevelMapping } from "./sections.js";

export interface LoadedScenario {
  scenario: ScenarioInput | undefined;
  file: SourceFile;
}

export function loadScenarioFile(sink: DiagnosticSink, root: RootInput, parser: ParserChoice): LoadedScenario {
  const file = sourceFromText(sink, root.display, root.absolute, root.content, parser);
  const expected = "a scenario (orgspec-scenario: 1, base, period, growth, units, norms, attrition)";
  const data = topLevelMapping(sink, file, ScenarioFile, expected);
  const scenario = data ? check(sink, file, [], ScenarioFile, data) : undefined;
  return { scenario, file };
}
