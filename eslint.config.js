// Lint config: the dependency rules of ARCHITECTURE.md are written here as data, so a breach
// fails `npm run lint`. Start strict, never exempt.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeNativePackages = ['better-sqlite3'];
const uiPackages = ['react', 'react-dom', 'zustand', '@xyflow/react'];

/** Relative imports that climb into a top-level folder of the given names. */
const into = (...dirs) => ({
  regex: `^(\\.\\./)+(${dirs.join('|')})(/|$)`,
  message: `ARCHITECTURE.md: this layer may not import ${dirs.join(' or ')}/.`,
});
const intoElectronPart = (...parts) => ({
  regex: `^(\\.\\./)+(electron/)?(${parts.join('|')})(/|$)`,
  message: `ARCHITECTURE.md: this layer may not import electron/${parts.join(' or electron/')}.`,
});
const packages = (names, why) => names.map((name) => ({ name, message: why }));

/** The renderer's import rules; `extra` adds patterns for all but a few files. */
const rendererImports = (extra) => ({
  paths: packages(
    ['electron', ...nodeNativePackages, ...nodeBuiltins],
    'ARCHITECTURE.md: renderer/ never imports Node or electron.',
  ),
  patterns: [
    { group: ['node:*'], message: 'ARCHITECTURE.md: renderer/ may not import Node.' },
    into('electron', 'test', 'build'),
    ...extra,
  ],
});

/**
 * Schemas are built when their module is first imported, and building them was most of the
 * renderer's start-up; load them on demand (as the clipboard parser does). Types are free.
 */
const eagerSchemas = {
  group: [
    'zod',
    '**/shared/model/schemas.js',
    '**/shared/model/fields.js',
    '**/shared/ipc/contract.js',
    '**/shared/ipc/contract/*.js',
    '!**/shared/ipc/contract/limits.js',
  ],
  allowTypeImports: true,
  message: 'Building schemas at start-up slows opening a project: import types, or load on demand.',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test/fixtures/lint/**', 'bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports.',
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No .only in tests.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['eslint.config.js', 'renderer/vite.config.ts', 'test/vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(
            ['electron', ...nodeNativePackages, ...uiPackages, ...nodeBuiltins],
            'ARCHITECTURE.md: shared/ is pure TypeScript (no DOM, no Node, no electron, no react).',
          ),
          patterns: [
            { group: ['node:*'], message: 'ARCHITECTURE.md: shared/ may not import Node.' },
            into('electron', 'renderer', 'test', 'build'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(
            ['electron', ...uiPackages],
            'ARCHITECTURE.md: services and cli never import electron or UI packages.',
          ),
          patterns: [into('renderer', 'test'), intoElectronPart('main', 'preload')],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(uiPackages, 'ARCHITECTURE.md: main does not import UI packages.'),
          patterns: [into('renderer', 'test'), intoElectronPart('preload', 'cli')],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/|\\./)',
              message: 'ARCHITECTURE.md: preload imports only electron and shared/ipc.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', rendererImports([eagerSchemas])],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Only renderer/api.ts reads window.api.' },
      ],
    },
  },
  {
    // Loaded on demand: the clipboard parser builds its schema on the first paste.
    files: ['renderer/features/graph/clipboard/payload-parse.ts'],
    rules: { 'no-restricted-imports': ['error', rendererImports([])] },
  },
  {
    files: ['renderer/api.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
