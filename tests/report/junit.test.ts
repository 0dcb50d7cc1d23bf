import { describe, expect, it } from "vitest";
import { formatJunit } from "../../src/report/index.js";
import { diag, MIXED } from "./helpers.js";

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) =>
    name.startsWith("#") ? String.fromCharCode(Number(name.slice(1))) : (ENTITIES[name] as string),
  );

/**
 * A tiny checker for the XML subset junit.ts writes: a declaration, then elements with
 * double-quoted attributes and text. Throws on unbalanced tags, stray `<` or `&`, or characters
 * XML 1.0 forbids; returns the elements in document order.
 */
function parseXml(xml: string): Element[] {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(declaration)) throw new Error("no XML declaration");
  if (/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(xml)) throw new Error("illegal char");
  const elements: Element[] = [];
  const open: Element[] = [];
  const token = /<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const body = xml.slice(declaration.length);
  let at = 0;
  for (let m = token.exec(body); m !== null; m = token.exec(body)) {
    at = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`stray &: ${text}`);
      const current = open.at(-1);
      if (current) current.text += decode(text);
      else if (text.trim() !== "") throw new Error("text outside the root");
    } else if (closing) {
      if (open.pop()?.name !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const a of (attrs ?? "").matchAll(/([A-Za-z-]+)="([^"]*)"/g)) {
        attributes[a[1] as string] = decode(a[2] as string);
      }
      const element = { name: name as string, attributes, text: "" };
      elements.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  if (at !== body.length) throw new Error(`cannot parse from ${body.slice(at, at + 20)}`);
  if (open.length > 0) throw new Error(`unclosed <${open.at(-1)?.name}>`);
  return elements;
}

describe("parseXml (the test's checker)", () => {
  it.each([["<a><b></a></b>"], ["<a>x & y</a>"], ["<a>x < y</a>"], ['<a b="1>'], ["<a>\u0001</a>"], ["<a>"]])(
    "rejects %j",
    (xml) => {
      expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`)).toThrow();
    },
  );
});

describe("formatJunit", () => {
  it("prints a test case per file, and one failure per file with errors", () => {
    expect(formatJunit(MIXED, { files: ["org.yaml", "blueprint.yaml"] })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="orgspec" tests="3" failures="1" errors="0">',
        '  <testsuite name="orgspec validate" tests="3" failures="1" errors="0" skipped="0">',
        '    <testcase classname="orgspec" name="org.yaml">',
        '      <failure message="1 error: reportsTo &quot;2l10&quot; is not a person" type="unknown-reference">org.yaml:3:16 reportsTo &quot;2l10&quot; is not a person [unknown-reference]',
        "hint: did you mean &quot;2110&quot;?</failure>",
        "      <system-out>org.yaml:2:9 warning 2110 has 12 direct reports; the rule allows 10 [span-of-control]</system-out>",
        "    </testcase>",
        '    <testcase classname="orgspec" name="blueprint.yaml"/>',
        '    <testcase classname="orgspec" name="units/sales.yaml">',
        "      <system-out>units/sales.yaml:4:3 info unit &quot;sales&quot; has 1 vacant post for role &quot;rep&quot; [vacancy]</system-out>",
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  it("escapes markup and drops characters XML 1.0 forbids", () => {
    const nasty = `<a href="x">Tom & Jerry's</a>\u0000\u001b\ud800\n2nd line`;
    const d = diag({ file: "R&D <1>.yaml", message: nasty, code: "include" });
    const elements = parseXml(formatJunit([d, diag({ line: 2 }), diag({ line: 3, severity: "warning" })]));
    expect(elements.map((e) => e.name)).toEqual([
      "testsuites",
      "testsuite",
      "testcase",
      "failure",
      "testcase",
      "failure",
      "system-out",
    ]);
    const failure = elements[3] as Element;
    const clean = `<a href="x">Tom & Jerry's</a>\n2nd line`;
    expect(failure.attributes).toEqual({ message: `1 error: ${clean}`, type: "include" });
    expect(failure.text).toBe(`R&D <1>.yaml:1:1 ${clean} [include]`);
    expect(elements[2]?.attributes.name).toBe("R&D <1>.yaml");
  });

  it("counts failing test cases: a file with two errors is one failure listing both", () => {
    const errors = [
      diag({ file: "a.yaml" }),
      diag({ file: "a.yaml", line: 2, code: "include", message: "second" }),
      diag({ file: "b.yaml" }),
    ];
    const elements = parseXml(formatJunit(errors, { files: ["a.yaml", "b.yaml", "c.yaml"] }));
    expect(elements[0]?.attributes).toMatchObject({ tests: "3", failures: "2" });
    expect(elements[1]?.attributes).toMatchObject({ tests: "3", failures: "2" });
    const failures = elements.filter((e) => e.name === "failure");
    expect(failures).toHaveLength(2);
    expect(failures[0]?.attributes.message).toMatch(/^2 errors: /);
    expect(failures[0]?.text.split("\n")).toHaveLength(2);
    expect((failures[0]?.attributes.type ?? "").split(" ")).toHaveLength(new Set([errors[0]?.code, "include"]).size);
    // Every count adds up: failures ≤ tests, and each failing case has exactly one failure.
    const cases = elements.filter((e) => e.name === "testcase");
    expect(cases).toHaveLength(3);
  });

  it("leaves warnings and infos out when quiet, but counts all files", () => {
    const elements = parseXml(formatJunit(MIXED, { quiet: true }));
    expect(elements.some((e) => e.name === "system-out")).toBe(false);
    expect(elements.filter((e) => e.name === "testcase")).toHaveLength(2);
  });

  it("is well-formed with nothing to report", () => {
    const elements = parseXml(formatJunit([], { files: ["org.yaml"] }));
    expect(elements.map((e) => e.name)).toEqual(["testsuites", "testsuite", "testcase"]);
    expect(elements[0]?.attributes).toMatchObject({
      tests: "1",
      failures: "0",
    });
  });
});
