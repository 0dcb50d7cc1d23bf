/**
 * The progress line's drawing (src/cli/progress.ts) on a fake clock and stream: the delay,
 * the throttle, stages that are always shown, lines cut to the terminal's width by display
 * cells, clearing, the plain-lines mode of `--progress` off a TTY, and when it shows at all.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { expectLoads, loadForCli } from "../../src/cli/load.js";
import { attachProgress, estimate, ProgressLine, progressMode } from "../../src/cli/progress.js";
import { removeTempTrees, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);

function fake(columns = 80, isTTY = true) {
  const out: string[] = [];
  let now = 0;
  const stream = { write: (text: string) => void out.push(text), isTTY, columns };
  return { out, stream, clock: { now: () => now, set: (t: number) => void (now = t) } };
}

describe("ProgressLine on a TTY", () => {
  it("waits for the delay, throttles to the interval, always shows a new stage, and clears", () => {
    const { out, stream, clock } = fake();
    const line = new ProgressLine(stream, "tty", { delayMs: 1000, intervalMs: 100, now: clock.now });
    line.prefix = "orgspec x";
    line.update(() => "early");
    clock.set(999);
    line.update(() => "still early", true);
    expect(out).toEqual([]);
    clock.set(1000);
    line.update(() => "reading: 10 files");
    clock.set(1050);
    line.update(() => "throttled");
    line.update(() => "next stage", true);
    clock.set(1200);
    line.update(() => "reading: 12 files, longer");
    line.clear();
    line.clear();
    expect(out).toEqual([
      "\rorgspec x: reading: 10 files",
      `\rorgspec x: next stage${" ".repeat(7)}`,
      "\rorgspec x: reading: 12 files, longer",
      `\r${" ".repeat(36)}\r`,
    ]);
  });

  it("describes progress only when it draws", () => {
    const { stream, clock } = fake();
    const line = new ProgressLine(stream, "tty", { now: clock.now });
    let calls = 0;
    for (let i = 0; i < 1000; i++) line.update(() => String(++calls));
    expect(calls).toBe(1);
  });

  it("cuts a line to one cell less than the terminal, by display width (CJK two cells)", () => {
    const { out, stream, clock } = fake(20);
    const line = new ProgressLine(stream, "tty", { now: clock.now });
    line.prefix = "x";
    line.update(() => "北京分公司保费部朝阳中心支公司");
    // "x: " (3) + 7 CJK (14) + "…" (1) = 18 cells ≤ 19; an 8th CJK character would make 20.
    expect(out).toEqual(["\rx: 北京分公司保费…"]);
    line.clear();
    expect(out.at(-1)).toBe(`\r${" ".repeat(18)}\r`);
  });

  it("a terminal that reports no width (0) counts as 80 columns", () => {
    const { out, stream, clock } = fake(0);
    const line = new ProgressLine(stream, "tty", { now: clock.now });
    line.update(() => "a".repeat(100));
    expect(out[0]).toBe(`\rorgspec: ${"a".repeat(69)}…`);
  });
});

describe("ProgressLine elsewhere", () => {
  it("lines mode (--progress off a TTY): whole lines, at most one a second, stages always, nothing to clear", () => {
    const { out, stream, clock } = fake(80, false);
    const line = new ProgressLine(stream, "lines", { now: clock.now });
    line.prefix = "orgspec validate";
    line.update(() => "a");
    clock.set(500);
    line.update(() => "b");
    line.update(() => "stage", true);
    clock.set(1600);
    line.update(() => "c");
    line.clear();
    expect(out).toEqual(["orgspec validate: a\n", "orgspec validate: stage\n", "orgspec validate: c\n"]);
  });

  it("off: nothing, ever, and `enabled` says so", () => {
    const { out, stream } = fake();
    const line = new ProgressLine(stream, "off");
    line.update(() => "x", true);
    line.clear();
    expect(out).toEqual([]);
    expect(line.enabled).toBe(false);
  });
});

describe("progressMode", () => {
  const tty = { write: () => undefined, isTTY: true };
  const pipe = { write: () => undefined, isTTY: false };
  it.each([
    [{}, tty, "tty"],
    [{}, pipe, "off"],
    [{ CI: "true" }, tty, "off"],
    [{ CI: "false" }, tty, "tty"],
    [{ CI: "0" }, tty, "tty"],
    [{ TERM: "dumb" }, tty, "off"],
  ] as const)("auto, env %j: %s", (env, stream, mode) => {
    expect(progressMode({ env }, stream)).toBe(mode);
  });
  it.each([
    [true, {}, tty, "tty"],
    [true, {}, pipe, "lines"],
    [true, { CI: "true" }, pipe, "lines"],
    [true, { TERM: "dumb" }, tty, "lines"],
    [false, {}, tty, "off"],
  ] as const)("--progress=%s, env %j", (progress, env, stream, mode) => {
    expect(progressMode({ env, progress }, stream)).toBe(mode);
  });
});

describe("estimate", () => {
  it.each([
    [500, 0.5, ""], // under a second spent: nothing to go on
    [10_000, 0.01, ""], // under 2% done
    [10_000, 1, ""],
    [2000, 0.5, "; about 2 s left"],
    [1000, 0.99, "; about 1 s left"],
    [60_000, 0.25, "; about 3 min left"],
    [30_000, 0.5, "; about 30 s left"],
  ])("%i ms for %d done: %j", (ms, done, text) => {
    expect(estimate(ms, done)).toBe(text);
  });
});

describe("expectLoads: several orgs in one run", () => {
  it("each load says which of how many it is", () => {
    const root = (id: string) =>
      `orgspec: 1\nblueprint: renewal-channel\nunits:\n  - { id: ${id}, type: hq-premium-dept, name: ${id} }\n`;
    const dir = tempTree({ "a.yaml": root("a"), "b.yaml": root("b") });
    const out: string[] = [];
    const stderr = { write: (text: string) => void out.push(text), isTTY: false };
    const io: Io = { cwd: dir, env: {}, stdout: { write: () => undefined }, stderr, readStdin: () => "" };
    const line = new ProgressLine(stderr, "lines");
    line.prefix = "orgspec validate";
    attachProgress(io, line);
    expectLoads(io, 2);
    for (const file of ["a.yaml", "b.yaml"]) expect(loadForCli(io, file).ok).toBe(true);
    expect(out.map((l) => l.replace(/ \(\d+ s\)(; about \d+ s left)?\n$/, ""))).toEqual([
      "orgspec validate: org 1 of 2: reading a.yaml: 1 file, 1 kB",
      "orgspec validate: org 1 of 2: a.yaml: 0 people: resolving lines…",
      "orgspec validate: org 1 of 2: a.yaml: 0 people: checking…",
      "orgspec validate: org 2 of 2: reading b.yaml: 1 file, 1 kB",
      "orgspec validate: org 2 of 2: b.yaml: 0 people: resolving lines…",
      "orgspec validate: org 2 of 2: b.yaml: 0 people: checking…",
    ]);
  });
});

describe("a long stage", () => {
  it("is drawn before the delay (nothing could draw it later), a plain stage is not", () => {
    const { out, stream, clock } = fake();
    const line = new ProgressLine(stream, "tty", { delayMs: 1000, now: clock.now });
    clock.set(100);
    line.update(() => "mapping small.csv", true);
    line.update(() => "mapping big.csv (12 MB)…", "long");
    expect(out).toEqual(["\rorgspec: mapping big.csv (12 MB)…"]);
  });
});
