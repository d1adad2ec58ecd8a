import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateKeyId } from './key-format.ts';

describe('key ids', () => {
  it('are always 32 base62 characters', () => {
    // base62 of 24 random bytes is shorter than 32 characters about once in 170 draws.
    for (let i = 0; i < 10_000; i++) assert.match(generateKeyId(), /^[0-9A-Za-z]{32}$/);
  });
});
