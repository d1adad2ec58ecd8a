import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventualHook } from './eventual-hook.ts';

/** Runs a hook and records what it did: the values used and each `done` call, in order. */
async function run<T>(work: () => T | Promise<T>, use: (value: T) => void = () => {}) {
  const calls: string[] = [];
  await new Promise<void>((resolve) => {
    eventualHook(
      work,
      (value) => {
        calls.push(`use ${value}`);
        use(value);
      },
      (error) => {
        calls.push(error ? `done ${error.message}` : 'done');
        resolve();
      },
    );
  });
  await new Promise((resolve) => setImmediate(resolve));
  return calls;
}

describe('a hook over a value now or later', () => {
  it('uses a value at once and calls done once, before returning', () => {
    const calls: string[] = [];
    eventualHook(
      () => 1,
      (value) => calls.push(`use ${value}`),
      () => calls.push('done'),
    );
    assert.deepEqual(calls, ['use 1', 'done']);
  });

  it('uses a promised value, then calls done once', async () => {
    assert.deepEqual(await run(async () => 2), ['use 2', 'done']);
  });

  it('hands done the error thrown by the work, by use, or the rejection, never calling done twice', async () => {
    assert.deepEqual(
      await run(() => {
        throw new Error('thrown');
      }),
      ['done thrown'],
    );
    assert.deepEqual(await run(() => Promise.reject(new Error('rejected'))), ['done rejected']);
    const refuse = () => {
      throw new Error('refused');
    };
    assert.deepEqual(await run(() => 3, refuse), ['use 3', 'done refused']);
    assert.deepEqual(await run(async () => 4, refuse), ['use 4', 'done refused']);
  });
});
