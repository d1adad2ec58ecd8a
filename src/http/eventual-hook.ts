import type { Eventually } from '../domain/eventually.ts';

type Done = (error?: Error) => void;

/**
 * The body of a callback-style hook whose work may finish now (from memory) or later (from the
 * database): `use` takes the result, and `done` is called once, with the first error thrown or
 * rejected. A warm request goes through without a promise or a microtask.
 */
export function eventualHook<T>(
  work: () => Eventually<T>,
  use: (value: T) => void,
  done: Done,
  fail: (error: unknown) => void = (error) => done(error as Error),
): void {
  let value: Eventually<T>;
  try {
    value = work();
    if (!(value instanceof Promise)) use(value);
  } catch (error) {
    return fail(error);
  }
  if (!(value instanceof Promise)) return done();
  value.then((resolved) => {
    try {
      use(resolved);
    } catch (error) {
      return fail(error);
    }
    done();
  }, fail);
}
