/**
 * What a CLI subcommand is. Each command lives in its own file under `commands/` and is listed in
 * `commands/index.ts`, so later capabilities (claims, annotations, align, check) add a file and a line.
 */
import type { ParseArgsConfig } from 'node:util';
import type { GlossaServices } from '../../services/services';

/** Where a command writes; streams in the real CLI, buffers in tests. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string | Uint8Array): unknown };
  env: Record<string, string | undefined>;
}

/** The option values `node:util` parseArgs gives. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What a command gets to work with. */
export interface CliContext {
  /** Positional arguments after the command name. */
  args: string[];
  options: OptionValues;
  io: CliIo;
  /** The services over the chosen database, opened on first use (so `--help` never touches a database). */
  services(): GlossaServices;
}

/** One subcommand. */
export interface CliCommand {
  name: string;
  /** Synopsis after `glossa [--db FILE]`, e.g. `import PATH... [--json]`. */
  usage: string;
  /** One line for `glossa --help`. */
  summary: string;
  /** More lines for `glossa COMMAND --help`. */
  details?: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command and returns the exit code. */
  run(context: CliContext): Promise<number>;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Reads a positive integer id argument, or throws a UsageError naming it. */
export function parseId(value: string | undefined, what: string): number {
  if (value === undefined) throw new UsageError(`missing ${what}`);
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UsageError(`${what} must be a positive whole number, not "${value}"`);
  return Number(value);
}

/** Reads a string option, or undefined. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}
