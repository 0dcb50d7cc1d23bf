/**
 * `orgspec export`: Mermaid accepted by mermaid's own parser (run under Node with jsdom for
 * its DOM), GraphML read back by graphology-graphml's parser, JSON-LD typed in the W3C
 * Organization Ontology, DOT, CSV and resolved JSON; the CLI's scope flags and exit codes.
 */

import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { loadOrgSync, type Org, parseOrg } from "orgspec";
import {
  exportCsv,
  exportDot,
  exportGraphml,
  exportMermaid,
  jsonLdDocument,
  mermaidSize,
  resolvedOrg,
} from "orgspec/export";
import { generateOrg } from "orgspec/generate";
import { importCsv } from "orgspec/import";
import { beforeAll, describe, expect, it } from "vitest";
import { mermaidId } from "../../src/export/mermaid.js";
import { requireCli, runCli } from "../helpers/cli.js";
import { example, summary } from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

function load(path: string): Org {
  const result = loadOrgSync(path);
  if (!result.org) throw new Error(summary(result.diagnostics));
  return result.org;
}

const EXAMPLE = example("renewal-channel", "org.yaml");

/** Names and ids that need escaping in every format. */
const TRICKY = skeleton({
  people: [
    '  - { id: "end", name: "A \\"quoted\\" name, with comma", unit: team, role: renewal-specialist }',
    '  - { id: "a.b", name: "<b>bold</b> & #1", unit: team, role: renewal-specialist, dottedLines: ["a_b"] }',
    '  - { id: "a_b", name: "多行\\n名字", unit: team, role: renewal-specialist }',
    '  - { id: "a-b", name: "`tick` | pipe", unit: team, role: renewal-specialist }',
    '  - { id: "张三", name: "张三", unit: team, role: renewal-specialist }',
  ].join("\n"),
});

function tricky(): Org {
  const result = parseOrg(`${TRICKY}\n`, { filename: "t.yaml" });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (!result.org || errors.length > 0) throw new Error(summary(errors));
  return result.org;
}

interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: {
    getDiagramFromText(text: string): Promise<{
      db: {
        getVertices(): Map<string, { text: string }>;
        getEdges(): Array<{ start: string; end: string; stroke: string }>;
      };
    }>;
  };
}

describe("Mermaid", () => {
  let mermaid: MermaidApi;
  beforeAll(async () => {
    // mermaid sanitizes labels with DOMPurify, which needs a DOM: jsdom provides one.
    const jsdom = "jsdom";
    const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string) => { window: { document: unknown } } };
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaid = (await import("mermaid")).default as unknown as MermaidApi;
  }, 60_000);

  async function check(text: string, org: Org, unit?: string) {
    expect(text.startsWith("flowchart TD\n")).toBe(true);
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
    const people = [...org.people()].filter((p) => !unit || org.unitPath(p.unit).includes(unit));
    const ids = new Set(people.map((p) => p.id));
    expect(db.getVertices().size).toBe(people.length);
    const edges = db.getEdges();
    const solid = people.filter((p) => p.manager && ids.has(p.manager.id)).length;
    const dotted = people.flatMap((p) => p.dotted.filter((d) => ids.has(d.manager.id))).length;
    expect(edges.filter((e) => e.stroke === "normal")).toHaveLength(solid);
    expect(edges.filter((e) => e.stroke === "dotted")).toHaveLength(dotted);
  }

  it("the example is accepted by mermaid's parser, solid and dotted lines counted", async () => {
    const org = load(EXAMPLE);
    await check(exportMermaid(org), org);
    await check(exportMermaid(org, { unit: "bj-cy" }), org, "bj-cy");
  });

  it("quotes, markup, keywords, dots and Chinese survive", async () => {
    const org = tricky();
    const text = exportMermaid(org);
    await check(text, org);
    expect(text).toContain('p_end["A #34;quoted#34; name, with comma<br/>续收专员"]');
    expect(text).toContain("p_a__b -.-> p_a_db");
    expect(new Set(["a.b", "a_b", "a-b", "ab"].map(mermaidId)).size).toBe(4);
  });

  it("a generated org within Mermaid's limits is accepted; past them, mermaidSize says so", async () => {
    const small = parseOrg(generateOrg({ people: 250, seed: 5 }).get("org.yaml") ?? "").org as Org;
    const text = exportMermaid(small);
    expect(mermaidSize(text).fits).toBe(true);
    await check(text, small);
    const large = parseOrg(generateOrg({ people: 600, seed: 5 }).get("org.yaml") ?? "").org as Org;
    const big = exportMermaid(large);
    expect(mermaidSize(big)).toMatchObject({ fits: false });
    await expect(mermaid.parse(big)).rejects.toThrow(/limit/i);
  });
});

describe("GraphML", () => {
  it("reads back with graphology-graphml's parser: same nodes, edges and attributes", () => {
    const org = load(EXAMPLE);
    const back = parseGraphml(MultiDirectedGraph, exportGraphml(org));
    expect(back.order).toBe(org.graph.order);
    expect(back.size).toBe(org.graph.size);
    expect(back.getNodeAttributes("person:0071")).toMatchObject({ kind: "person", id: "0071", name: "高秀英" });
    const member = back
      .filterEdges("person:110107", (_e, a) => a.kind === "member")
      .map((e) => back.getEdgeAttributes(e));
    expect(member).toEqual(
      expect.arrayContaining([expect.objectContaining({ fte: 0.2, primary: false, role: "general-admin" })]),
    );
  });

  it("a subtree keeps only its nodes and the edges between them", () => {
    const org = load(EXAMPLE);
    const back = parseGraphml(MultiDirectedGraph, exportGraphml(org, { unit: "bj-dc" }));
    expect(back.order).toBe(2 + 6);
    // 6 member edges, 1 parent edge, 5 solid lines inside (the head's manager is outside).
    expect(back.size).toBe(6 + 1 + 5);
  });

  it("escapes markup in names", () => {
    const back = parseGraphml(MultiDirectedGraph, exportGraphml(tricky()));
    expect(back.getNodeAttribute("person:a.b", "name")).toBe("<b>bold</b> & #1");
    expect(back.getNodeAttribute("person:a_b", "name")).toBe("多行\n名字");
  });
});

describe("JSON-LD", () => {
  it("types units, people, memberships and roles in the Organization Ontology", () => {
    const doc = jsonLdDocument(load(EXAMPLE));
    expect(doc["@context"].org).toBe("http://www.w3.org/ns/org#");
    expect(doc["@context"].foaf).toBe("http://xmlns.com/foaf/0.1/");
    const byType = (t: string) => doc["@graph"].filter((n) => n["@type"] === t);
    expect(byType("org:OrganizationalUnit")).toHaveLength(26);
    expect(byType("foaf:Person")).toHaveLength(87);
    expect(byType("org:Membership")).toHaveLength(88);
    expect(byType("org:Role").length).toBe(11);
    const bj = byType("org:OrganizationalUnit").find((n) => n["@id"] === "unit:bj");
    expect(bj?.["org:subOrganizationOf"]).toEqual({ "@id": "unit:hq" });
    const p = byType("foaf:Person").find((n) => n["@id"] === "person:110225");
    expect(p?.["org:reportsTo"]).toEqual({ "@id": "person:0071" });
    const m = byType("org:Membership").find((n) => n["@id"] === "membership:110107.1");
    expect(m).toMatchObject({
      "org:member": { "@id": "person:110107" },
      "org:organization": { "@id": "unit:bj-cy-wj" },
      "org:role": { "@id": "role:general-admin" },
    });
  });
});

describe("DOT, CSV and JSON", () => {
  it("DOT: nested clusters, dashed dotted lines, quoted ids", () => {
    const dot = exportDot(tricky());
    expect(dot.startsWith("digraph org {\n")).toBe(true);
    expect(dot.split("{").length).toBe(dot.split("}").length);
    expect(dot).toContain('"person:a.b" [label="<b>bold</b> & #1\\n续收专员"];');
    expect(dot).toContain('"person:a_b" -> "person:a.b" [style=dashed];');
    expect(dot).toContain('"person:end" [label="A \\"quoted\\" name, with comma\\n续收专员"];');
    expect(dot).toMatch(/subgraph "cluster_hq" \{\n {4}label="总公司保费部";[\s\S]*subgraph "cluster_bj" \{/);
  });

  it("CSV: tricky names round-trip through import", () => {
    const org = tricky();
    const back = importCsv(exportCsv(org), { blueprint: org.blueprint as NonNullable<Org["blueprint"]> });
    const again = parseOrg(back.files.get("org.yaml") ?? "").org as Org;
    for (const id of ["end", "a.b", "a_b", "a-b", "张三"]) expect(again.person(id).name).toBe(org.person(id).name);
    expect(again.person("a.b").dotted.map((d) => d.manager.id)).toEqual(["a_b"]);
  });

  it("resolved JSON: heads, plans, staffing, managers and dotted sources", () => {
    const json = resolvedOrg(load(EXAMPLE), { unit: "bj-cy" });
    expect(json.root).toBe("bj-cy");
    expect(json.units.find((u) => u.id === "bj-cy-sj")?.head).toBeNull();
    expect(json.units[0]?.plan).toMatchObject({ "department-head": 1, "deputy-head": 1 });
    const p = json.people.find((x) => x.id === "110107");
    expect(p?.dotted).toEqual([
      { id: "110201", name: "谢文", unit: "bj-cy-wj", role: "department-head", source: "also" },
      { id: "110031", name: "徐娟", unit: "bj-backoffice", role: "office-head", source: "blueprint" },
    ]);
  });
});

describe("orgspec export", () => {
  beforeAll(requireCli);
  const ROOT = "examples/renewal-channel/org.yaml";

  it("writes each format to stdout", () => {
    for (const to of ["mermaid", "dot", "graphml", "csv", "json", "jsonld"]) {
      const run = runCli(["export", ROOT, "--to", to, "--unit", "bj-dc"]);
      expect(run.status, `${to}: ${run.stderr}`).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    }
  });

  it("--depth cuts the subtree", () => {
    const run = runCli(["export", ROOT, "--to", "json", "--unit", "bj", "--depth", "1"]);
    const json = JSON.parse(run.stdout);
    expect(json.units.map((u: { id: string }) => u.id)).toEqual([
      "bj",
      "bj-bank-sup",
      "bj-indiv-sup",
      "bj-backoffice",
      "bj-training",
      "bj-cy",
      "bj-dc",
    ]);
  });

  it("usage trouble exits 2 with a hint", () => {
    expect(runCli(["export", ROOT]).status).toBe(2);
    expect(runCli(["export", ROOT, "--to", "svg"]).status).toBe(2);
    const unknown = runCli(["export", ROOT, "--to", "csv", "--unit", "bj-c"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean/);
    expect(runCli(["export", ROOT, "--to", "csv", "--depth", "-1"]).status).toBe(2);
  });
});
