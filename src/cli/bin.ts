import { requireYaml } from "../node/yaml-lazy.js";
import { supplyYamlPackage } from "../source/yaml-package.js";
import { processIo } from "./io.js";
import { main } from "./main.js";

// The CLI loads the yaml package only when a file needs it (it reads the disk through
// src/node/fs.ts, passed to each load).
supplyYamlPackage(requireYaml);

// A reader that stops early (`orgspec … | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(processIo(), process.argv.slice(2));
