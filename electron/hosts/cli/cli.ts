/**
 * The `glossa` command line: global options (`--db`, `--help`, `--version`), then one subcommand from the registry.
 * Exit codes: 0 success, 1 something failed (a file not imported, an article not found), 2 the command was misused.
 */
import fs from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GlossaError } from '../../../shared/ipc/errors';
import { defaultDatabasePath } from '../../services/paths';
import type { GlossaServices } from '../../services/services';
import { UsageError, type CliCommand, type CliIo, type OptionValues } from './command';
import { commands } from './commands/index';

const GLOBAL_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
};

/**
 * The version in Glossa's package.json, for `--version`: the nearest package.json named `glossa` above this module,
 * which is three folders up from the source file and one up from the bundle (dist-cli/).
 */
export function cliVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'glossa') return pkg.version ?? '0.0.0';
    } catch {
      // No package.json here; look further up.
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}

function mainHelp(): string {
  return [
    'Glossa: import, read and export wiki-linked news articles.',
    '',
    'Usage: glossa [--db FILE] COMMAND [ARGS]',
    '',
    'Commands:',
    ...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Options:',
    `  --db FILE      the database to use (default: $GLOSSA_DB, else the desktop app's: ${defaultDatabasePath()})`,
    '  -h, --help     show help (glossa COMMAND --help for a command)',
    '  -V, --version  show the version',
    '',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [`Usage: glossa [--db FILE] ${command.usage}`, '', command.summary, ...(command.details ? ['', command.details] : []), ''].join('\n');
}

/** Resolves the database path: `--db` as given (its folder must exist; a folder itself is refused), else the app's file (folders created). */
function databaseFile(option: string | undefined, env: Record<string, string | undefined>): string {
  if (option !== undefined) {
    if (option.trim() === '') throw new UsageError('--db needs a file name');
    const file = path.resolve(option);
    const dir = path.dirname(file);
    if (!fs.existsSync(dir)) throw new GlossaError('UNREADABLE', `The folder of the database, ${dir}, does not exist; create it or choose another --db file.`);
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new GlossaError('BAD_INPUT', `${file} is a folder; give --db the name of a database file (an existing one, or a new name in that folder to start one). Nothing was written.`);
    }
    return file;
  }
  const file = defaultDatabasePath({ platform: process.platform, env, home: homedir() });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

function findCommandName(argv: string[]): string | undefined {
  const { tokens } = parseArgs({ args: argv, options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  return tokens?.find((t) => t.kind === 'positional')?.value;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let services: GlossaServices | null = null;
  let command: CliCommand | undefined;
  try {
    const name = findCommandName(argv);
    command = commands.find((c) => c.name === name);
    if (name !== undefined && !command) throw new UsageError(`unknown command "${name}"`);
    const parsed = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) },
      strict: true,
      allowPositionals: true,
    });
    const options = parsed.values as OptionValues;
    if (options.version) {
      io.stdout.write(`glossa ${cliVersion()}\n`);
      return 0;
    }
    if (!command || options.help) {
      io.stdout.write(command ? commandHelp(command) : mainHelp());
      return command || options.help ? 0 : 2;
    }
    const dbOption = typeof options.db === 'string' ? options.db : undefined;
    // Loaded only when a command runs, so --help, --version and usage errors answer without parsing machinery.
    const { openServices } = await import('../../services/services');
    return await command.run({
      args: parsed.positionals.slice(1),
      options,
      io,
      services: () => {
        services ??= openServices(databaseFile(dbOption, io.env));
        return services;
      },
    });
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`glossa: ${(error as Error).message}\n${command ? `Usage: glossa [--db FILE] ${command.usage}\n` : 'Run "glossa --help" for the commands.\n'}`);
      return 2;
    }
    if (error instanceof GlossaError) {
      io.stderr.write(`glossa: ${error.message}\n`);
      return 1;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`glossa: internal error: ${err.message}\n${io.env.GLOSSA_DEBUG ? `${err.stack ?? ''}\n` : ''}`);
    return 1;
  } finally {
    (services as GlossaServices | null)?.close();
  }
}
