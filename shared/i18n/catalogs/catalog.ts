import type { MessageKey } from './en.js';

/** Every language's catalog has exactly the English keys: a missing or stray key fails to compile. */
export type Catalog = { readonly [K in MessageKey]: string };
