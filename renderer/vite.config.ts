/**
 * Builds the renderer into `dist/renderer/` with relative asset paths (`base: './'`), so the same files load under
 * Electron's custom protocol and under the loopback preview host, which serves them from any path.
 * No Node imports here: Vite gives the config file its own folder as `import.meta.dirname`.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
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
