// What the OpenAPI document calls its components. The names are given by the composition
// (src/app/openapi-components.ts), which knows the features; openapi/ builds on none of them.
import type { TSchema } from 'typebox';

/**
 * Schema -> component name, by identity: such a schema, wherever a route uses it, becomes
 * `#/components/schemas/<Name>` in /api/schema/, so client generators produce named types.
 */
export const COMPONENT_NAMES = new Map<TSchema, string>();

/** The error body's component name; every error response refers to it. */
export const ERROR_COMPONENT = 'Error';
/** `Paginated<Name>List`, as PostHog's own document names its lists. */
export const paginatedName = (item: string) => `Paginated${item}List`;
