/**
 * Headless Chromium for the chart tests: Debian's chromium package, driven by
 * playwright-core (which downloads no browser). `.ci/run` installs the package on CI.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}
