/**
 * Terms → tests and candidate lists, checked against the org: roles and types against the
 * blueprint, ids and names against the model, each problem a SelectorError at the value's
 * place. A compiled term tests one index in constant time (or near it: a glob is linear in
 * the name), and a positive term may also offer its candidates with their count, so the
 * engine can start from the fewest.
 */
import { didYouMean } from "../diagnostics/suggest.js";
import { NONE, type PersonData, type UnitData } from "../model/data.js";
import { AmbiguousNameError, UnknownIdError } from "../model/errors.js";
import type { FindContext, FindLines } from "./context.js";
import { SelectorError } from "./errors.js";
import { globMatcher, literalOf } from "./glob.js";
import type { FindIndexes } from "./indexes.js";
import { type FindKind, HAS, TERMS, type Term } from "./terms.js";

/** A term, compiled: `test` decides one index; `candidates` (positive terms only) lists a superset of the matches. */
export interface CompiledTerm {
  readonly test: (i: number) => boolean;
  readonly negated: boolean;
  /** How many candidates `list` gives (an upper bound of the matches), and the list, unsorted, maybe with repeats. */
  readonly candidates?: { readonly count: number; readonly list: () => Iterable<number> };
}

interface Env {
  readonly ctx: FindContext;
  readonly ix: FindIndexes;
  readonly kind: FindKind;
  readonly lines: FindLines;
}

export function compileTerms(terms: readonly Term[], env: Env): CompiledTerm[] {
  return terms.map((t) => compileTerm(t, env));
}

function fail(
  term: Term,
  k: number | undefined,
  message: string,
  hint?: string,
  candidates?: SelectorError["candidates"],
): never {
  const [column, length] = k === undefined ? [term.column, term.length] : (term.at[k] ?? [term.column, term.length]);
  throw new SelectorError(hint ? `${message}; ${hint}` : message, column, length, hint, candidates);
}

const spelled = (t: Term) => (t.name === "meta" ? `meta.${t.key}` : t.name);

function compileTerm(t: Term, env: Env): CompiledTerm {
  const { kind } = env;
  if (t.name === "acting") {
    fail(
      t,
      undefined,
      `"acting": acting heads are not in format version 1 (they come with dated posts and acting heads)`,
    );
  }
  if (!TERMS[t.name].kinds.includes(kind)) {
    const other = kind === "people" ? "units" : "people";
    const hint =
      t.name === "role"
        ? "for units, lacks:R selects those that hold no post in R; find people role:R for the people"
        : undefined;
    fail(t, undefined, `"${spelled(t)}" selects ${other}, not ${kind}`, hint);
  }
  const c = kind === "people" ? peopleTerm(t, env) : unitsTerm(t, env);
  return { ...c, negated: t.negated, ...(t.negated ? { candidates: undefined } : {}) };
}

type Partial = Omit<CompiledTerm, "negated">;

// --- checking values ----------------------------------------------------------------------------

function roles(t: Term, env: Env): Set<string> {
  const known = env.ctx.blueprint
    ? [...env.ctx.blueprint.roles.keys()]
    : [...new Set(env.ctx.model.people.map((p) => p.role))];
  return checked(t, known, "role");
}

function types(t: Term, env: Env): Set<string> {
  const known = env.ctx.blueprint
    ? [...env.ctx.blueprint.unitTypes.keys()]
    : [...new Set(env.ctx.model.units.map((u) => u.type))];
  return checked(t, known, "unit type");
}

function checked(t: Term, known: readonly string[], what: string): Set<string> {
  const set = new Set(known);
  t.values.forEach((v, k) => {
    if (!set.has(v)) fail(t, k, `unknown ${what} "${v}"`, didYouMean(v, known));
  });
  return new Set(t.values);
}

function levels(t: Term): Set<number> {
  return new Set(
    t.values.map((v, k) =>
      /^[1-9][0-9]{0,8}$/.test(v) ? Number(v) : fail(t, k, `level "${v}" is not a whole number ≥ 1`),
    ),
  );
}

function resolved(t: Term, env: Env, what: "unit" | "person"): number[] {
  return t.values.map((v, k) => {
    try {
      return what === "unit" ? env.ctx.resolveUnit(v) : env.ctx.resolvePerson(v);
    } catch (error) {
      if (error instanceof AmbiguousNameError) {
        const list = error.candidates
          .map((c) => ("role" in c ? `${c.id} (${c.unit}, ${c.role})` : `${c.id} (${c.parent ?? "root"}, ${c.type})`))
          .join(", ");
        fail(
          t,
          k,
          `${error.candidates.length} ${what === "unit" ? "units" : "people"} are named "${v}": ${list}; give an id`,
          undefined,
          error.candidates,
        );
      }
      if (error instanceof UnknownIdError) {
        const hint =
          error.suggestions.length > 0
            ? `did you mean ${error.suggestions.map((s) => `"${s}"`).join(" or ")}?`
            : undefined;
        fail(t, k, `no ${what} with id or name "${v}"`, hint);
      }
      throw error;
    }
  });
}

function hasValues(t: Term, kind: FindKind): string[] {
  const known = Object.keys(HAS).filter((h) => (HAS[h] as readonly FindKind[]).includes(kind));
  t.values.forEach((v, k) => {
    if (known.includes(v)) return;
    if (Object.hasOwn(HAS, v)) fail(t, k, `"has:${v}" selects ${kind === "people" ? "units" : "people"}, not ${kind}`);
    fail(t, k, `unknown has:${v}`, didYouMean(v, known) ?? `has: ${known.join(", ")}`);
  });
  return t.values as string[];
}

/** name: / id: — exact values are answered from an index, globs are tested one by one. */
function textTest(t: Term): { test: (s: string) => boolean; literals: string[] | undefined } {
  const literals = t.values.map(literalOf);
  const matchers = t.values.map(globMatcher);
  const exact = literals.every((l) => l !== undefined) ? new Set(literals as string[]) : undefined;
  return {
    test: exact ? (s) => exact.has(s) : (s) => matchers.some((m) => m(s)),
    literals: exact ? [...exact] : undefined,
  };
}

function metaTest(t: Term, env: Env): Partial {
  const key = t.key as string;
  const items: ReadonlyArray<PersonData | UnitData> =
    env.kind === "people" ? env.ctx.model.people : env.ctx.model.units;
  const byValue = () => env.ix.meta(env.kind).get(key);
  if (t.values.length === 0) {
    return {
      test: (i) => Object.hasOwn((items[i] as PersonData | UnitData).meta, key),
      candidates: lists(() => [...(byValue()?.values() ?? [])]),
    };
  }
  const values = new Set(t.values);
  return {
    test: (i) => {
      const m = (items[i] as PersonData | UnitData).meta;
      return Object.hasOwn(m, key) && values.has(m[key] as string);
    },
    candidates: lists(() => [...values].map((v) => byValue()?.get(v) ?? [])),
  };
}

/** Candidates as the concatenation of index lists (counted without copying). */
function lists(get: () => ReadonlyArray<readonly number[]>): NonNullable<CompiledTerm["candidates"]> {
  const all = get();
  return {
    count: all.reduce((a, l) => a + l.length, 0),
    list: function* () {
      for (const l of all) yield* l;
    },
  };
}

// --- people ---------------------------------------------------------------------------------------

function peopleTerm(t: Term, env: Env): Partial {
  const { ctx, ix } = env;
  const people = ctx.model.people;
  const person = (i: number) => people[i] as PersonData;
  const unitTree = ctx.unitTree;
  switch (t.name) {
    case "role": {
      const set = roles(t, env);
      return {
        test: (i) => set.has(person(i).role),
        candidates: lists(() => [...set].map((r) => ix.peopleByRole.get(r) ?? [])),
      };
    }
    case "type": {
      const set = types(t, env);
      return {
        test: (i) => person(i).unit !== NONE && set.has((ctx.model.units[person(i).unit] as UnitData).type),
        candidates: lists(() =>
          [...set].flatMap((ty) => (ix.unitsByType.get(ty) ?? []).map((u) => ix.peopleByUnit[u] ?? [])),
        ),
      };
    }
    case "level": {
      const set = levels(t);
      return {
        test: (i) => {
          const level = ix.levelOf(person(i).unit);
          return level !== undefined && set.has(level);
        },
        candidates: lists(() =>
          [...set].flatMap((l) => (ix.unitsByLevel.get(l) ?? []).map((u) => ix.peopleByUnit[u] ?? [])),
        ),
      };
    }
    case "unit": {
      const units = new Set(resolved(t, env, "unit"));
      return {
        test: (i) => units.has(person(i).unit),
        candidates: lists(() => [...units].map((u) => ix.peopleByUnit[u] ?? [])),
      };
    }
    case "under": {
      const roots = resolved(t, env, "unit");
      const ranges = roots.map(
        (u) => [unitTree.pre[u] as number, (unitTree.pre[u] as number) + (unitTree.size[u] as number)] as const,
      );
      return {
        test: (i) => {
          const u = person(i).unit;
          if (u === NONE) return false;
          const at = unitTree.pre[u] as number;
          return ranges.some(([lo, hi]) => at >= lo && at < hi);
        },
        candidates: {
          count: roots.reduce((a, u) => a + ix.peopleInSubtree(u), 0),
          list: function* () {
            for (const [lo, hi] of ranges)
              for (let k = lo; k < hi; k++) yield* ix.peopleByUnit[unitTree.order[k] as number] ?? [];
          },
        },
      };
    }
    case "reports-to": {
      const managers = resolved(t, env, "person");
      if (env.lines === "solid") {
        const { pre, size, order } = ctx.reporting;
        const ranges = managers.map((m) => [(pre[m] as number) + 1, (pre[m] as number) + (size[m] as number)] as const);
        return {
          test: (i) => ranges.some(([lo, hi]) => (pre[i] as number) >= lo && (pre[i] as number) < hi),
          candidates: {
            count: ranges.reduce((a, [lo, hi]) => a + hi - lo, 0),
            list: function* () {
              for (const [lo, hi] of ranges) for (let k = lo; k < hi; k++) yield order[k] as number;
            },
          },
        };
      }
      const below = new Set<number>();
      for (const m of managers) for (const p of ctx.reportsBelow(m, env.lines)) below.add(p);
      return { test: (i) => below.has(i), candidates: { count: below.size, list: () => below } };
    }
    case "name":
    case "id": {
      const { test, literals } = textTest(t);
      const field = t.name;
      return {
        test: (i) => test(person(i)[field]),
        ...(literals
          ? {
              candidates: lists(() =>
                literals.map((l) => {
                  if (field === "name") return ix.peopleByName.get(l) ?? [];
                  const i = ctx.model.personById.get(l);
                  return i === undefined ? [] : [i];
                }),
              ),
            }
          : {}),
      };
    }
    case "meta":
      return metaTest(t, env);
    case "has": {
      const tests = hasValues(t, "people").map((h): ((p: PersonData) => boolean) => {
        switch (h) {
          case "also":
            return (p) => p.posts.some((post) => !post.primary);
          case "reports-to":
            return (p) => p.record.data.reportsTo !== undefined;
          case "dotted":
            return (p) => p.dotted.length > 0;
          default:
            return (p) => Object.keys(p.meta).length > 0;
        }
      });
      return { test: (i) => tests.some((f) => f(person(i))) };
    }
    case "head": {
      const heads = ix.heads;
      return { test: (i) => heads[i] === 1 };
    }
    default:
      return fail(t, undefined, `"${spelled(t)}" does not select people`);
  }
}

// --- units ----------------------------------------------------------------------------------------

function unitsTerm(t: Term, env: Env): Partial {
  const { ctx, ix } = env;
  const units = ctx.model.units;
  const unit = (i: number) => units[i] as UnitData;
  const tree = ctx.unitTree;
  switch (t.name) {
    case "type": {
      const set = types(t, env);
      return {
        test: (i) => set.has(unit(i).type),
        candidates: lists(() => [...set].map((ty) => ix.unitsByType.get(ty) ?? [])),
      };
    }
    case "level": {
      const set = levels(t);
      return {
        test: (i) => {
          const level = ix.levelOf(i);
          return level !== undefined && set.has(level);
        },
        candidates: lists(() => [...set].map((l) => ix.unitsByLevel.get(l) ?? [])),
      };
    }
    case "unit": {
      const set = new Set(resolved(t, env, "unit"));
      return { test: (i) => set.has(i), candidates: { count: set.size, list: () => set } };
    }
    case "under": {
      const ranges = resolved(t, env, "unit").map(
        (u) => [tree.pre[u] as number, (tree.pre[u] as number) + (tree.size[u] as number)] as const,
      );
      return {
        test: (i) => ranges.some(([lo, hi]) => (tree.pre[i] as number) >= lo && (tree.pre[i] as number) < hi),
        candidates: {
          count: ranges.reduce((a, [lo, hi]) => a + hi - lo, 0),
          list: function* () {
            for (const [lo, hi] of ranges) for (let k = lo; k < hi; k++) yield tree.order[k] as number;
          },
        },
      };
    }
    case "name":
    case "id": {
      const { test, literals } = textTest(t);
      const field = t.name;
      return {
        test: (i) => test(unit(i)[field]),
        ...(literals
          ? {
              candidates: lists(() =>
                literals.map((l) => {
                  if (field === "name") return ix.unitsByName.get(l) ?? [];
                  const i = ctx.model.unitById.get(l);
                  return i === undefined ? [] : [i];
                }),
              ),
            }
          : {}),
      };
    }
    case "meta":
      return metaTest(t, env);
    case "has": {
      const tests = hasValues(t, "units").map((h): ((u: UnitData) => boolean) => {
        switch (h) {
          case "plan":
            return (u) => u.plan.size > 0;
          case "drivers":
            return (u) => Object.keys(u.record.data.drivers ?? {}).length > 0;
          default:
            return (u) => Object.keys(u.meta).length > 0;
        }
      });
      return { test: (i) => tests.some((f) => f(unit(i))) };
    }
    case "lacks": {
      const set = roles(t, env);
      return {
        test: (i) => {
          const u = unit(i);
          const allowed = ctx.blueprint?.unitTypes.get(u.type)?.roles ?? [];
          for (const r of set) if (allowed.includes(r) && !u.posts.some((p) => p.role === r)) return true;
          return false;
        },
      };
    }
    case "vacant":
      return {
        test: (i) => {
          const u = unit(i);
          return ctx.blueprint?.unitTypes.get(u.type)?.headRole !== undefined && u.head === NONE;
        },
      };
    case "over-plan":
    case "under-plan": {
      const over = t.name === "over-plan";
      return {
        test: (i) => {
          const u = unit(i);
          if (u.plan.size === 0) return false;
          const posts = new Map<string, number>();
          for (const p of u.posts) posts.set(p.role, (posts.get(p.role) ?? 0) + 1);
          for (const [role, planned] of u.plan) {
            const held = posts.get(role) ?? 0;
            if (over ? held > planned : held < planned) return true;
          }
          return false;
        },
      };
    }
    default:
      return fail(t, undefined, `"${spelled(t)}" does not select units`);
  }
}
