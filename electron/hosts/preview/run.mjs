#!/usr/bin/env node
// `npm run preview`: serves the built renderer and the services on loopback. TypeScript runs through tsx's loader, as
// for the CLI, so the preview host is the very code the tests exercise.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
