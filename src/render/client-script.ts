/**
 * The page script of the chart (client/, bundled with d3-hierarchy by esbuild), as
 * inlined into orgspec at build time: tsup.config.ts bundles it once and hands it to both
 * builds through esbuild's `define`. Running from source (vitest, tsx) it is absent:
 * callers then pass `script`, e.g. from `bundleClientScript()`.
 */

// NOTE: replaced by a string literal at build time (tsup `define`); undeclared otherwise,
// and `typeof` of an undeclared global is "undefined", never a ReferenceError.
declare const __ORGSPEC_RENDER_CLIENT__: string | undefined;

/** The bundled page script, or undefined when running from unbuilt sources. */
export function bundledClientScript(): string | undefined {
  return typeof __ORGSPEC_RENDER_CLIENT__ === "string" ? __ORGSPEC_RENDER_CLIENT__ : undefined;
}
