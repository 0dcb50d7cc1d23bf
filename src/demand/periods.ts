/**
 * Periods of driver values: a unit's amount is one number (every period) or one per period
 * (`{ "2013": 1500, "2014": 2143 }`). The periods of an org are every key any unit gives;
 * the default period is the latest of them.
 */
import type { UnitData } from "../model/data.js";

type DriverValue = number | Readonly<Record<string, number>>;

/** Periods in order: numerically when both are numbers (2013 < 2014 < 2014Q1 by text), else by text. */
export function comparePeriods(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== "" && b !== "" && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every period any unit gives a driver amount for, in order. */
export function driverPeriods(units: readonly UnitData[]): string[] {
  const seen = new Set<string>();
  for (const u of units) {
    for (const value of Object.values(u.record.data.drivers ?? {})) {
      if (typeof value === "object") for (const period of Object.keys(value)) seen.add(period);
    }
  }
  return [...seen].sort(comparePeriods);
}

/** Whether any unit carries a driver value at all (the demand checks run only then). */
export function hasDrivers(units: readonly UnitData[]): boolean {
  return units.some((u) => Object.keys(u.record.data.drivers ?? {}).length > 0);
}

/** A unit's amount of a driver in `period` (a plain amount counts for every period), or undefined. */
export function amountIn(value: DriverValue | undefined, period: string | null): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (period === null || !Object.hasOwn(value, period)) return undefined;
  return value[period];
}
