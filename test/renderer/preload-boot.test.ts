import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite';
import { bootFiles, preloadBoot } from '../../renderer/preload-boot.js';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[]) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set<string>() },
});

const entry = chunk('assets/index.js', '/app/renderer/index.html', ['assets/stages.js']);
const bundle = {
  'assets/index.js': entry,
  'assets/stages.js': chunk('assets/stages.js', null, []),
  'assets/boot.js': {
    ...chunk('assets/boot.js', '/app/renderer/boot.tsx', ['assets/use-t.js', 'assets/stages.js']),
    viteMetadata: { importedCss: new Set(['assets/boot.css']) },
  },
  'assets/use-t.js': chunk('assets/use-t.js', null, ['assets/stages.js', 'assets/runtime.js']),
  'assets/runtime.js': chunk('assets/runtime.js', null, []),
  'assets/Board.js': chunk('assets/Board.js', '/app/renderer/features/Board.tsx', [
    'assets/use-t.js',
  ]),
  'assets/boot.css': { type: 'asset' as const },
};

describe('bootFiles', () => {
  it('lists the boot chunk and its static imports that the entry does not load, and its styles', () => {
    expect(bootFiles(bundle, entry, 'boot.tsx')).toEqual({
      scripts: ['assets/boot.js', 'assets/use-t.js', 'assets/runtime.js'],
      styles: ['assets/boot.css'],
    });
  });

  it('finds the module from a Windows path', () => {
    const windows = {
      ...bundle,
      'assets/boot.js': {
        ...bundle['assets/boot.js'],
        facadeModuleId: 'C:\\app\\renderer\\boot.tsx',
      },
    };
    expect(bootFiles(windows, entry, 'boot.tsx')?.scripts[0]).toBe('assets/boot.js');
  });

  it('gives null when no chunk comes from the module', () => {
    expect(bootFiles(bundle, entry, 'start.tsx')).toBeNull();
  });
});

describe('preloadBoot', () => {
  const transform = (module: string, context: Partial<IndexHtmlTransformContext>) => {
    const hook = preloadBoot(module).transformIndexHtml;
    if (typeof hook !== 'object' || !hook) throw new Error('expected an ordered hook');
    const handler = hook.handler as (
      html: string,
      ctx: Partial<IndexHtmlTransformContext>,
    ) => unknown;
    return handler('<html></html>', context) as HtmlTagDescriptor[];
  };

  it('links the scripts as module preloads and the styles as preloads, relative to the page', () => {
    const context = { bundle, chunk: entry } as unknown as Partial<IndexHtmlTransformContext>;
    expect(transform('boot.tsx', context).map((tag) => tag.attrs)).toEqual([
      { rel: 'modulepreload', crossorigin: true, href: './assets/boot.js' },
      { rel: 'modulepreload', crossorigin: true, href: './assets/use-t.js' },
      { rel: 'modulepreload', crossorigin: true, href: './assets/runtime.js' },
      { rel: 'preload', as: 'style', crossorigin: true, href: './assets/boot.css' },
    ]);
  });

  it('fails the build when the module is not in the bundle', () => {
    const context = { bundle, chunk: entry } as unknown as Partial<IndexHtmlTransformContext>;
    expect(() => transform('start.tsx', context)).toThrow(/no chunk for start\.tsx/);
  });
});
