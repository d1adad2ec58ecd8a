/**
 * A value now, or a promise of it. The warm path of a read (the key, the caller's level, the
 * organization's bytes, all in memory) stays synchronous through it: an `await` on every step
 * costs each request a promise and a microtask per step, a large part of what a cached answer
 * costs. Only the request pipeline's hooks and the read paths they call use it.
 */
export type Eventually<T> = T | Promise<T>;

/** `next(value)`, at once when the value is there, after it when it is a promise. */
export function andThen<T, U>(value: Eventually<T>, next: (value: T) => Eventually<U>): Eventually<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
