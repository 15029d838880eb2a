/** Process entry of the CLI: real argv, real streams, and the exit code as `process.exitCode` (so output is flushed). */
import { runCli } from './cli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
