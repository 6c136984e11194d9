import { describe, expect, it } from 'vitest';
import { ESLint, Linter } from 'eslint';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/**
 * Lint a snippet as if it lived at `file`, with the import rules the real config applies to
 * that path (type-aware rules need a real file on disk, so only the boundary rules run here).
 */
async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const messages = await boundaryFindings(file, code);
  // One import may break two rules (a path and a pattern); count each flagged line once.
  const byLine = new Map(messages.map((m) => [m.line, m.text]));
  return [...byLine.values()];
}

async function boundaryFindings(
  file: string,
  code: string,
): Promise<{ line: number; text: string }[]> {
  const config = (await eslint.calculateConfigForFile(path.join(root, file))) as Linter.Config;
  const rules: Linter.RulesRecord = {};
  for (const name of ['no-restricted-imports', 'no-restricted-properties'] as const) {
    const setting = config.rules?.[name];
    if (setting !== undefined) rules[name] = setting;
  }
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.ts', '**/*.tsx'],
          languageOptions: { parserOptions: { sourceType: 'module' } },
          rules,
        },
      ],
      {
        filename: path.join(root, file),
      },
    )
    .map((m) => ({ line: m.line, text: `${m.ruleId ?? 'parse'}: ${m.message}` }));
}

describe('dependency rules of ARCHITECTURE.md', () => {
  it('fail when shared/ imports Node', async () => {
    const messages = await boundaryMessages(
      'shared/graph/probe.ts',
      "import { readFileSync } from 'node:fs';\nimport path from 'path';\n",
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('no-restricted-imports');
  });

  it('fail when shared/ imports electron, react or another layer', async () => {
    const messages = await boundaryMessages(
      'shared/model/probe.ts',
      [
        "import { app } from 'electron';",
        "import { useState } from 'react';",
        "import { x } from '../../electron/services/index.js';",
        "import { y } from '../../renderer/api.js';",
      ].join('\n'),
    );
    expect(messages).toHaveLength(4);
  });

  it('fail when renderer/ imports electron or Node', async () => {
    const messages = await boundaryMessages(
      'renderer/features/probe.ts',
      "import { ipcRenderer } from 'electron';\nimport fs from 'node:fs';\nimport Database from 'better-sqlite3';\n",
    );
    expect(messages).toHaveLength(3);
  });

  it('fail when renderer code other than api.ts reads window.api', async () => {
    const messages = await boundaryMessages(
      'renderer/features/probe.ts',
      'export const a = window.api;\n',
    );
    expect(messages).toEqual([expect.stringContaining('no-restricted-properties')]);
    expect(await boundaryMessages('renderer/api.ts', 'export const a = window.api;\n')).toEqual([]);
  });

  it('fail when services or the CLI import electron or main', async () => {
    expect(
      await boundaryMessages('electron/services/probe.ts', "import { app } from 'electron';\n"),
    ).toHaveLength(1);
    expect(
      await boundaryMessages('electron/cli/probe.ts', "import { menu } from '../main/menu.js';\n"),
    ).toHaveLength(1);
  });

  it('fail when preload imports anything but electron and shared/ipc', async () => {
    const messages = await boundaryMessages(
      'electron/preload/probe.ts',
      [
        "import { contextBridge } from 'electron';",
        "import { METHOD_NAMES } from '../../shared/ipc/methods.js';",
        "import { z } from 'zod';",
        "import { ENTITY_FIELDS } from '../../shared/model/fields.js';",
      ].join('\n'),
    );
    expect(messages).toHaveLength(2);
  });

  it('allow the imports each layer is meant to use', async () => {
    expect(
      await boundaryMessages(
        'electron/main/probe.ts',
        "import { app } from 'electron';\nimport { createServices } from '../services/index.js';\nimport { CONTRACT } from '../../shared/ipc/contract.js';\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryMessages(
        'renderer/features/probe.ts',
        "import { useState } from 'react';\nimport { NEED_KINDS } from '../../shared/model/kinds.js';\n",
      ),
    ).toEqual([]);
  });

  it('fail when the renderer builds schemas at start-up, but not where it loads them on demand', async () => {
    const eager = [
      "import { z } from 'zod';",
      "import { idSchema } from '../../shared/model/schemas.js';",
      "import { ENTITY_FIELDS } from '../../shared/model/fields.js';",
      "import { CONTRACT } from '../../shared/ipc/contract.js';",
      "import { pastedNodeSchema } from '../../shared/ipc/contract/graph-batch.js';",
      "import { MAX_PASTE_NODES } from '../../shared/ipc/contract/limits.js';",
    ].join('\n');
    const messages = await boundaryMessages('renderer/features/probe.ts', eager);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toContain('Building schemas at start-up');
    expect(
      await boundaryMessages(
        'renderer/features/graph/clipboard/payload-parse.ts',
        "import { z } from 'zod';\nimport { pastedNodeSchema } from '../../../../shared/ipc/contract/graph-batch.js';\n",
      ),
    ).toEqual([]);
  });
});
