import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

/** A built chunk as far as preloading reads it (vite's OutputChunk). */
type Chunk = Pick<Rolldown.OutputChunk, 'type' | 'fileName' | 'imports' | 'facadeModuleId'> & {
  viteMetadata?: { importedCss: Set<string> };
};
type Bundle = Record<string, Chunk | { type: 'asset' }>;

export interface BootFiles {
  /** The boot chunk and every chunk it imports statically, that the entry does not. */
  scripts: string[];
  styles: string[];
}

/**
 * The files a dynamic entry (the module `main.tsx` imports once the page starts) needs, minus
 * what `entry` already loads. Null when the bundle has no chunk for that module.
 */
export function bootFiles(bundle: Bundle, entry: Chunk, module: string): BootFiles | null {
  const chunks = new Map<string, Chunk>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') chunks.set(output.fileName, output);
  }
  const boot = [...chunks.values()].find((chunk) =>
    chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`),
  );
  if (!boot) return null;
  const loaded = new Set<string>();
  const visit = (fileName: string, into: Set<string>) => {
    if (into.has(fileName)) return;
    into.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported, into);
  };
  visit(entry.fileName, loaded);
  const needed = new Set<string>();
  visit(boot.fileName, needed);
  const scripts = [...needed].filter((fileName) => !loaded.has(fileName));
  const styles = scripts.flatMap((fileName) => [
    ...(chunks.get(fileName)?.viteMetadata?.importedCss ?? []),
  ]);
  return { scripts, styles };
}

/**
 * Preload links in index.html for the app's code that main.tsx imports dynamically. main.tsx
 * asks for the session and graph first and then imports that code, so the browser learnt of
 * it only once main.tsx had run; listed in the page, it is fetched and compiled meanwhile.
 * Styles are preloaded, not linked: main.tsx, a module script, would wait for a style sheet
 * that is still loading.
 */
export function preloadBoot(module: string): Plugin {
  return {
    name: 'longmai-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }): HtmlTagDescriptor[] {
        if (!bundle || !chunk) return [];
        const files = bootFiles(bundle, chunk, module);
        if (!files) throw new Error(`preloadBoot: no chunk for ${module}`);
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
          tag: 'link',
          attrs,
          injectTo: 'head',
        });
        return [
          ...files.scripts.map((file) =>
            link({ rel: 'modulepreload', crossorigin: true, href: `./${file}` }),
          ),
          ...files.styles.map((file) =>
            link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }),
          ),
        ];
      },
    },
  };
}
