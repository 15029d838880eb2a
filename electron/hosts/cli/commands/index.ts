/** The registry of CLI subcommands, in the order `glossa --help` lists them. Add a command: add its file and a line. */
import type { CliCommand } from '../command';
import { annotationsCommand } from './annotations';
import { claimsCommand } from './claims';
import { alignCommand } from './align';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { searchCommand } from './search';
import { showCommand } from './show';

/** Every subcommand of `glossa`. */
export const commands: readonly CliCommand[] = [importCommand, listCommand, searchCommand, showCommand, exportCommand, alignCommand, checkCommand, claimsCommand, annotationsCommand];
