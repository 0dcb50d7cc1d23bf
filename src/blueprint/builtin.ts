/** The built-in blueprints, by name, as YAML text (bundled at build time; data, not code). */
import renewalChannel from "./builtin/renewal-channel.yaml";

/** Built-in blueprints by name, as YAML text. */
export const BUILTIN_BLUEPRINTS: Readonly<Record<string, string>> = Object.freeze({
  "renewal-channel": renewalChannel,
});
