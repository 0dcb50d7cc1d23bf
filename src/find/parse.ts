/**
 * The string form of a selector → terms (docs/find.md, "The selector language"), in one
 * left-to-right pass that knows every term's place, so that each error can point at it.
 * Checking terms against the org (roles, types, ids) is the compiler's job, not this one's.
 */
import { didYouMean } from "../diagnostics/suggest.js";
import { SelectorError } from "./errors.js";
import { isTermName, TERM_SPELLINGS, TERMS, type Term } from "./terms.js";

const SPACE = /[ \t\n\r]/;

/** Parses `text` into terms; throws SelectorError at the first problem. */
export function parseSelector(text: string): Term[] {
  return new Parser(text).terms();
}

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  terms(): Term[] {
    const out: Term[] = [];
    for (;;) {
      while (this.pos < this.text.length && SPACE.test(this.text[this.pos] as string)) this.pos++;
      if (this.pos >= this.text.length) return out;
      out.push(this.term());
    }
  }

  atEnd(): boolean {
    return this.pos >= this.text.length || SPACE.test(this.text[this.pos] as string);
  }

  fail(message: string, from: number, to: number, hint?: string): never {
    throw new SelectorError(hint ? `${message}; ${hint}` : message, from + 1, Math.max(1, to - from), hint);
  }

  term(): Term {
    const start = this.pos;
    const negated = this.text[this.pos] === "-";
    if (negated) this.pos++;
    if (this.text.startsWith("meta.", this.pos)) return this.meta(start, negated);
    const nameStart = this.pos;
    while (!this.atEnd() && this.text[this.pos] !== ":" && this.text[this.pos] !== '"') this.pos++;
    const name = this.text.slice(nameStart, this.pos);
    if (name === "") this.fail(`expected a term${negated ? " after -" : ""}`, start, this.pos + 1);
    if (!isTermName(name)) {
      const hint = didYouMean(name, TERM_SPELLINGS);
      this.fail(`unknown term "${name}"`, nameStart, this.pos, hint ?? `terms: ${TERM_SPELLINGS.join(", ")}`);
    }
    const def = TERMS[name];
    if (this.text[this.pos] === '"') this.fail(`unexpected quote in "${name}"`, this.pos, this.pos + 1);
    if (this.atEnd()) {
      if (def.valued) this.fail(`"${name}" needs a value (${name}:…)`, nameStart, this.pos);
      return { name, negated, values: [], column: start + 1, length: this.pos - start, at: [] };
    }
    // A colon follows.
    if (!def.valued) this.fail(`"${name}" takes no value`, nameStart, this.pos + 1);
    this.pos++;
    const { values, at } = this.values(name);
    return { name, negated, values, column: start + 1, length: this.pos - start, at };
  }

  meta(start: number, negated: boolean): Term {
    this.pos += "meta.".length;
    const keyStart = this.pos;
    let key: string;
    if (this.text[this.pos] === '"') key = this.quoted();
    else {
      while (!this.atEnd() && this.text[this.pos] !== "=" && this.text[this.pos] !== ",") this.pos++;
      key = this.text.slice(keyStart, this.pos);
      if (this.text[this.pos] === ",") this.fail("a meta key holds no comma (quote it)", this.pos, this.pos + 1);
    }
    if (key === "") this.fail("expected a meta key after meta.", keyStart, keyStart + 1);
    if (this.atEnd())
      return { name: "meta", negated, key, values: [], column: start + 1, length: this.pos - start, at: [] };
    if (this.text[this.pos] !== "=") this.fail(`expected = after meta.${key}`, this.pos, this.pos + 1);
    this.pos++;
    const { values, at } = this.values(`meta.${key}`);
    return { name: "meta", negated, key, values, column: start + 1, length: this.pos - start, at };
  }

  /** Comma-separated values up to the end of the term. */
  values(term: string): { values: string[]; at: Array<[number, number]> } {
    const values: string[] = [];
    const at: Array<[number, number]> = [];
    for (;;) {
      const from = this.pos;
      let value: string;
      if (this.text[this.pos] === '"') {
        value = this.quoted();
        if (!this.atEnd() && this.text[this.pos] !== ",") {
          this.fail(`expected , or a space after the quoted value of ${term}`, this.pos, this.pos + 1);
        }
      } else {
        while (!this.atEnd() && this.text[this.pos] !== "," && this.text[this.pos] !== '"') this.pos++;
        if (this.text[this.pos] === '"')
          this.fail(`unexpected quote in a value of ${term} (quote the whole value)`, this.pos, this.pos + 1);
        value = this.text.slice(from, this.pos);
        if (value === "") this.fail(`an empty value in ${term}`, from, from + 1);
      }
      values.push(value);
      at.push([from + 1, Math.max(1, this.pos - from)]);
      if (this.text[this.pos] !== ",") return { values, at };
      this.pos++;
      if (this.atEnd()) this.fail(`an empty value in ${term} (after the comma)`, this.pos - 1, this.pos);
    }
  }

  /** A double-quoted string at pos: `\"` and `\\` are escapes, nothing else is special. */
  quoted(): string {
    const open = this.pos++;
    let out = "";
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] as string;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === "\\" && (this.text[this.pos + 1] === '"' || this.text[this.pos + 1] === "\\")) {
        out += this.text[this.pos + 1];
        this.pos += 2;
        continue;
      }
      out += c;
      this.pos++;
    }
    return this.fail("an unterminated quote", open, this.text.length);
  }
}
