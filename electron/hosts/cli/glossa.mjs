#!/usr/bin/env node
// The `glossa` command (package.json "bin"). The CLI is TypeScript, run through tsx's loader so that it is the very
// code the tests and the app use, without a separate build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
