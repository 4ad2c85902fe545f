/**
 * A schema built the first time it is used, not when its module loads.
 *
 * Building zod schemas is not free (zod 4 sets up each schema's traits and checks when it is
 * constructed), and most programs never use most of contraband's schemas: classifying with the shipped
 * lexicons validates nothing at all (they were validated when the build wrote the snapshot). Declaring
 * every module-level schema through `lazySchema` keeps that cost out of `import` (it was about a third of
 * the import time). The value behaves as the schema itself: property reads, method calls, `instanceof`
 * and use inside other schemas all reach the real schema, built once on the first of them.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const get = (): T => (real ??= build());
  return new Proxy(Object.create(null) as T, {
    get: (_t, key) => Reflect.get(get(), key),
    has: (_t, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      // a proxy may only call a property non-configurable when its target has it so; ours is empty
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
    set: (_t, key, value) => Reflect.set(get(), key, value),
    defineProperty: (_t, key, desc) => Reflect.defineProperty(get(), key, desc),
    deleteProperty: (_t, key) => Reflect.deleteProperty(get(), key),
  });
}
