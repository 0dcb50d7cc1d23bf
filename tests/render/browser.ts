/**
 * Headless Chromium for the chart tests: Debian's chromium package, driven by
 * playwright-core (which downloads no browser). `.ci/run` installs the package on CI.
 */

import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { expect, test } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";

/** What this machine (and CI's container) needs to run Chromium headless. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const INSTALL_CHROMIUM = "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium";

/**
 * Whether the browser tests can run: "run"; "skip" (no Chromium on a developer's machine);
 * or "fail" on CI (CI set), where they must run.
 */
export function browserTests(): { status: "run" | "skip" | "fail"; message: string } {
  if (existsSync(CHROMIUM)) return { status: "run", message: "" };
  if (process.env.CI) {
    return {
      status: "fail",
      message: `${CHROMIUM} is missing on CI, so the browser tests of orgspec render cannot run; .ci/run installs it with apt-get (run it as root), or: ${INSTALL_CHROMIUM}`,
    };
  }
  return {
    status: "skip",
    message: `browser tests of orgspec render skipped: ${CHROMIUM} is missing; install it with: ${INSTALL_CHROMIUM}`,
  };
}

/**
 * `browserTests()`, with its outcome registered in the calling test file: a failing test on
 * CI without Chromium, a skipped one on a developer's machine. Returns whether to run.
 */
export function browserGate(): boolean {
  const gate = browserTests();
  if (gate.status === "fail") {
    test("the browser tests run on CI", () => {
      expect.fail(gate.message);
    });
  } else if (gate.status === "skip") {
    console.warn(gate.message);
    test.skip(gate.message, () => {});
  }
  return gate.status === "run";
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}
