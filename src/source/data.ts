/**
 * Plain objects for parsed mappings. They are ordinary objects (prototype-free ones are
 * dictionary-mode in V8: slow to build and read), so keys that would touch the prototype
 * (`__proto__`) are defined as own properties instead of assigned, and membership is always
 * tested with Object.hasOwn — ids such as `constructor` or `__proto__` stay ordinary data.
 */
export function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
