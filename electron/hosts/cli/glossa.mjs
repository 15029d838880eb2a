#!/usr/bin/env node
// The `glossa` command (package.json "bin"). It runs the bundle `npm install` built (dist-cli/, see
// build/scripts/buildCli.mjs) when that is newer than every source file, and otherwise the TypeScript itself through
// tsx's loader, so it is always the very code the tests and the app use. GLOSSA_CLI_FROM_SOURCE=1 forces the sources.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshCliBundle } from './cliFreshness.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bundle = process.env.GLOSSA_CLI_FROM_SOURCE ? null : freshCliBundle(root);
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
