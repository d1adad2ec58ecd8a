import Type, { type TNumberOptions } from 'typebox';

/** Organization membership levels, as PostHog numbers them on the wire. */
export const Level = {
  Member: 1,
  Admin: 8,
  Owner: 15,
} as const;

export type Level = (typeof Level)[keyof typeof Level];

export const LEVELS: readonly Level[] = [Level.Member, Level.Admin, Level.Owner];

export function isLevel(value: unknown): value is Level {
  return LEVELS.includes(value as Level);
}

/** A membership level on the wire: an integer, one of LEVELS. */
export function LevelSchema(options: TNumberOptions = {}) {
  return Type.Integer({ enum: [...LEVELS], ...options });
}
