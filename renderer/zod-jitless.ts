import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to. The renderer's CSP forbids
// eval and reports even zod's probe for it, so switch that off before any schema is built:
// main.tsx imports this module first, before any module that builds a schema.
z.config({ jitless: true });
