import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to. The renderer's CSP forbids
// eval and reports even zod's probe for it, so switch that off before any schema is built:
// this module is imported first by every renderer module that validates with zod.
z.config({ jitless: true });
