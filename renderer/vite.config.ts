/**
 * Builds the renderer into `dist/renderer/` with relative asset paths (`base: './'`), so the same files load under
 * Electron's custom protocol and under the loopback preview host, which serves them from any path.
 * No Node imports here: Vite gives the config file its own folder as `import.meta.dirname`.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The entry module is tiny (it starts the article request, see `main.tsx`) and imports the application (`boot.tsx`)
 * dynamically; `modulepreload` links let the browser fetch and compile that chunk, and the chunks it imports (the
 * article's document builder, which the entry also imports, see `articleRequest`), in parallel with the entry rather
 * than after it has run.
 */
function preloadBoot(): Plugin {
  return {
    name: 'glossa-preload-boot',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'boot');
        if (!chunk || chunk.type !== 'chunk') return [];
        const entries = new Set(Object.values(context.bundle ?? {}).flatMap((c) => (c.type === 'chunk' && c.isEntry ? [c.fileName] : [])));
        // The chunks the application needs before it runs, largest last: the small ones are compiled first.
        const files = [...chunk.imports.filter((file) => !entries.has(file)), chunk.fileName];
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), preloadBoot()],
  build: {
    // Relative to `root`.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // Everything must come from 'self' under the CSP: no inlined module-preload polyfill, no data: scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
