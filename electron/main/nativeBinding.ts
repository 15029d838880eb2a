/**
 * Which better-sqlite3 binary the main process loads. Node (tests, CLI) and Electron need the same module compiled for
 * two different ABIs; `npm start` prepares an Electron build beside the Node one and names it in an environment
 * variable, while a packaged app carries its own rebuilt copy. Pure, so the decision is testable without Electron.
 */

/** The environment variable `build/scripts/start.mjs` sets to the Electron-ABI `better_sqlite3.node`. */
export const NATIVE_BINDING_ENV = 'GLOSSA_SQLITE_BINDING';

/** What the main process should do about the native module. */
export type NativeBindingChoice =
  | { kind: 'default' }
  | { kind: 'path'; path: string }
  | { kind: 'missing'; message: string };

/** What the choice depends on. */
export interface NativeBindingFacts {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  fileExists: (file: string) => boolean;
}

/**
 * A packaged app always uses the binary electron-builder rebuilt into it and ignores the variable: an environment
 * variable that makes a shipped app load a native library would be a way to inject code into it. During development the
 * variable must name an existing file; without it, better-sqlite3 would find the Node build, which Electron cannot load,
 * so the person is told how to start the app instead of seeing a cryptic ABI error.
 */
export function chooseNativeBinding(facts: NativeBindingFacts): NativeBindingChoice {
  if (facts.isPackaged) return { kind: 'default' };
  const named = facts.env[NATIVE_BINDING_ENV];
  if (!named || named.length === 0) {
    return {
      kind: 'missing',
      message:
        'Glossa was started without its Electron database driver. Start it with "npm start", which builds the app and ' +
        'prepares a better-sqlite3 binary for Electron beside the one the tests use.',
    };
  }
  if (!facts.fileExists(named)) {
    return {
      kind: 'missing',
      message: `The Electron database driver named by ${NATIVE_BINDING_ENV} does not exist: ${named}. Run "npm start" again to rebuild it.`,
    };
  }
  return { kind: 'path', path: named };
}
