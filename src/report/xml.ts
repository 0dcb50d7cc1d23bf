/** Escaping for XML 1.0 text and attribute values. */

// Everything outside XML 1.0's Char production: C0 controls but tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF. No escape can represent these, so they are dropped.
const ILLEGAL = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text content: markup characters escaped, illegal characters dropped. */
export function xmlText(value: string): string {
  return value.replace(ILLEGAL, "").replace(/[&<>"']/g, (char) => ENTITY[char] as string);
}

/**
 * An attribute value (to put between double quotes). Tab, LF and CR become character
 * references, since a parser would otherwise normalise them to spaces.
 */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}
