import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const config = JSON.parse(
  fs.readFileSync(path.join(root, 'build/electron-builder.json'), 'utf8'),
) as Record<string, unknown>;

interface BuilderConfigModule {
  validateConfiguration: (config: unknown, debugLogger: unknown) => Promise<void>;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    const modulePath = path.join(root, 'node_modules/app-builder-lib/out/util/config/config.js');
    const { validateConfiguration } = (await import(modulePath)) as BuilderConfigModule;
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('ships the N-API better-sqlite3 prebuilds as they are, outside the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/prebuilds/**');
  });

  it('packages the built app and registers .longmai projects and .longmai-packet packets', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**']));
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'longmai' }),
      expect.objectContaining({ ext: 'longmai-packet' }),
    ]);
    expect(config.productName).toBe('Longmai 龍脈');
  });
});
