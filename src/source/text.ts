/**
 * Bytes → text. Rejects what is not UTF-8 text (NUL bytes, invalid sequences) with an offset,
 * and strips a byte-order mark so that columns on the first line count as editors show them.
 */
import { isUtf8 } from "node:buffer";

export interface DecodedText {
  text: string;
  /** Set when the bytes are not text; `offset` is where in `text` the trouble starts. */
  problem?: { message: string; offset: number };
}

const lenient = new TextDecoder("utf-8");

export function decodeText(bytes: Uint8Array): DecodedText {
  // NOTE: node:buffer's native UTF-8 check and decode are several times faster than a fatal
  // TextDecoder on multi-megabyte files; the lenient decoder only runs for bad input.
  if (isUtf8(bytes)) return checkText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  // The lenient decode marks the first bad sequence with U+FFFD; a literal U+FFFD before it
  // would be valid, but pointing a little early is acceptable for a file that is not text.
  const text = stripBom(lenient.decode(bytes));
  return { text, problem: { message: "file is not valid UTF-8 text", offset: Math.max(0, text.indexOf("\ufffd")) } };
}

/** Strips a BOM and checks a string for what no org file can hold. */
export function checkText(raw: string): DecodedText {
  const text = stripBom(raw);
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    return { text, problem: { message: "file is not text: it contains a NUL byte", offset: nul } };
  }
  return { text };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
