/** Text into HTML, XML and inline `<script>` elements, safely. */

const MARKUP: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for an HTML or XML text node or a quoted attribute value. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => MARKUP[c] as string);
}

/**
 * A value as JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&`
 * become `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or bend the
 * element, whatever names and ids the org holds; U+2028/2029 are escaped too. `JSON.parse`
 * of the element's text gives the value back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A script's source for an inline `<script>`: `</script` (any case) and `<!--` cannot occur
 * in it. Bundled code never holds them outside strings (esbuild escapes them in strings), so
 * finding one is a build problem, not user input.
 */
export function checkInlineScript(code: string, method: string): string {
  if (/<\/script|<!--/i.test(code)) throw new Error(`${method}: the page script holds "</script" or "<!--"`);
  return code;
}
