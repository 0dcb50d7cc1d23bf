import { processIo } from "./io.js";
import { main } from "./main.js";

process.exitCode = main(processIo(), process.argv.slice(2));
