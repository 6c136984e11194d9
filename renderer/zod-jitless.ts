// Zod compiles fast parsers with `new Function` unless told not to, and probes for eval when
// the first object schema is built. The renderer's CSP forbids eval and reports even that
// probe. Zod keeps its configuration in `globalThis.__zod_globalConfig` and adopts an object
// already there, so it is set here, in the entry, before any chunk holding zod is fetched:
// the order in which the bundler's chunks run can then not matter.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
