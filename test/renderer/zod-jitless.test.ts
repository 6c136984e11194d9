import { afterEach, describe, expect, it } from 'vitest';

const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
const before = holder.__zod_globalConfig?.jitless;

describe("the renderer's zod configuration", () => {
  afterEach(() => {
    // Other test files in this worker may use zod with its compiled parsers.
    if (holder.__zod_globalConfig) holder.__zod_globalConfig.jitless = before;
  });

  it('tells zod, whether loaded before or after it, not to compile parsers with eval', async () => {
    await import('../../renderer/zod-jitless.js');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
