/**
 * Process entry of the preview host: `node electron/hosts/preview/run.mjs [--db FILE] [--port N] [--renderer DIR]`.
 * Prints the URL and keeps serving until Ctrl+C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GlossaError } from '../../../shared/ipc/errors';
import { defaultDatabasePath } from '../../services/paths';
import { startPreviewServer } from './server';

const HELP = `Usage: npm run preview -- [--db FILE] [--port N] [--renderer DIR]

Serves Glossa's built renderer and services on http://127.0.0.1 for any Chromium.
  --db FILE       the database (default: $GLOSSA_DB, else the desktop app's)
  --port N        the port (default: a free one)
  --renderer DIR  the built renderer (default: dist/renderer)
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`glossa preview: --port must be a number from 0 to 65535, not "${values.port}"\n`);
    return 2;
  }
  const dbFile = values.db ? path.resolve(values.db) : defaultDatabasePath();
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const rendererDir = values.renderer ? path.resolve(values.renderer) : fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));
  const server = await startPreviewServer({ dbFile, port, rendererDir });
  process.stdout.write(`Glossa preview: ${server.url}\n  database: ${dbFile}\n  API calls need the token the page carries; Ctrl+C stops.\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const message = error instanceof GlossaError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`glossa preview: ${message}\n`);
  process.exitCode = 1;
}
