import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimestamptz } from './type-parsers.ts';

describe('parseTimestamptz', () => {
  it('keeps microseconds and writes UTC with a Z, as PostHog does', () => {
    assert.equal(parseTimestamptz('2024-01-01 10:00:00.123456+00'), '2024-01-01T10:00:00.123456Z');
  });

  it('pads a shorter fraction and a whole second to six digits', () => {
    assert.equal(parseTimestamptz('2024-01-01 10:00:00.5+00'), '2024-01-01T10:00:00.500000Z');
    assert.equal(parseTimestamptz('2024-01-01 10:00:00+00'), '2024-01-01T10:00:00.000000Z');
  });

  it('folds a session offset into UTC', () => {
    assert.equal(parseTimestamptz('2024-01-01 01:30:00.000001+05:30'), '2023-12-31T20:00:00.000001Z');
    assert.equal(parseTimestamptz('2024-01-01 23:00:00-02'), '2024-01-02T01:00:00.000000Z');
  });
});
