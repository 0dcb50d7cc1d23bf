/**
 * A strict-enough XML well-formedness check for the SVG the renderer writes (no parser in
 * the dependencies): balanced tags, quoted attributes without `<` or bare `&`, text without
 * `<` or bare `&`. Returns the problems found; [] when well-formed.
 */
const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function wellFormedXml(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]*>|[^<]+|</g;
  let roots = 0;
  for (const [t] of text.matchAll(token)) {
    if (t.startsWith("<!--") || t.startsWith("<?")) continue;
    if (t === "<") {
      problems.push("a bare <");
      continue;
    }
    if (!t.startsWith("<")) {
      if (ENTITY.test(t)) problems.push(`a bare & in text: ${t.slice(0, 40)}`);
      if (open.length === 0 && t.trim() !== "") problems.push(`text outside the root: ${t.slice(0, 40)}`);
      continue;
    }
    const closing = t.startsWith("</");
    const selfClosing = t.endsWith("/>");
    const body = t.slice(closing ? 2 : 1, selfClosing ? -2 : -1).trim();
    const name = body.split(/\s/, 1)[0] ?? "";
    if (!NAME.test(name)) problems.push(`bad tag name in ${t.slice(0, 40)}`);
    if (closing) {
      const last = open.pop();
      if (last !== name) problems.push(`</${name}> closes <${last}>`);
      continue;
    }
    if (open.length === 0) roots++;
    const attributes = body.slice(name.length);
    const rest = attributes.replace(/\s+([A-Za-z_][\w.:-]*)="([^"]*)"/g, (_, _name: string, value: string) => {
      if (value.includes("<") || ENTITY.test(value)) problems.push(`bad attribute value: ${value.slice(0, 40)}`);
      return "";
    });
    if (rest.trim() !== "") problems.push(`unquoted or broken attributes: ${rest.slice(0, 40)}`);
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(", ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
