/**
 * Preloaded into every measured process (node --import): at exit, writes the process's own
 * CPU time (user and system, ms, startup included) as JSON to file descriptor 3, which the
 * benchmark reads. CPU time is less disturbed than wall time by other work on a shared machine.
 */
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, `${JSON.stringify({ user: user / 1000, system: system / 1000 })}\n`);
  } catch {
    // not run by the benchmark: no descriptor 3
  }
});
