/**
 * Runs the real `glossa` entry point (electron/hosts/cli/glossa.mjs) as a child process, as a user would: the
 * bundled CLI when it is fresh, else the TypeScript through tsx. Shared by the CLI test files.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The fixture article. */
export const FIXTURE_PATH = path.join(ROOT, 'test/fixtures/qatar-hamas.zh.md');

/** What a run printed and how it exited. */
export interface GlossaRun {
  code: number | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/**
 * Runs `glossa ARGS` from the project root. GLOSSA_DB is removed from the environment (so a developer's setting never
 * leaks in) unless `options.env` sets it.
 */
export function glossa(args: string[], options: { env?: Record<string, string | undefined>; cwd?: string } = {}): GlossaRun {
  const env = { ...process.env, ...options.env };
  delete env.GLOSSA_DB;
  if (options.env?.GLOSSA_DB) env.GLOSSA_DB = options.env.GLOSSA_DB;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'electron/hosts/cli/glossa.mjs'), ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stdoutBytes: result.stdout, stderr: result.stderr.toString('utf8') };
}
