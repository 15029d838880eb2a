/**
 * Where Glossa keeps its data. The CLI, the preview host and Electron's main process all call this one function, so a
 * `glossa import` on the command line lands in the same database the desktop app opens.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** The application name Electron derives the user-data folder from (`app.getPath('userData')`). */
export const APP_NAME = 'Glossa';

/** The database file name inside the user-data folder. */
export const DATABASE_FILE_NAME = 'glossa.sqlite';

/** What the path computation depends on; injectable so tests can check every platform on any machine. */
export interface PathEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

function currentEnvironment(): PathEnvironment {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/**
 * The user-data folder exactly as Electron computes it for app name "Glossa": Electron's `appData` (Linux
 * `$XDG_CONFIG_HOME` or `~/.config`, macOS `~/Library/Application Support`, Windows `%APPDATA%`) plus the app name.
 * Computed here rather than asked from Electron because the CLI and preview host run without Electron.
 */
export function userDataFolder(environment: PathEnvironment = currentEnvironment()): string {
  const { platform, env, home } = environment;
  if (platform === 'win32') {
    const appData = env.APPDATA && env.APPDATA.length > 0 ? env.APPDATA : path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  // Chromium's GetXDGDirectory takes any non-empty XDG_CONFIG_HOME as is.
  const xdg = env.XDG_CONFIG_HOME;
  const config = xdg && xdg.length > 0 ? xdg : path.posix.join(home, '.config');
  return path.posix.join(config, APP_NAME);
}

/**
 * The database file every door opens when not told otherwise. `GLOSSA_DB` overrides it, which is how tests and
 * scripted uses keep away from a person's real library.
 */
export function defaultDatabasePath(environment: PathEnvironment = currentEnvironment()): string {
  const override = environment.env.GLOSSA_DB;
  if (override && override.length > 0) return override;
  const folder = userDataFolder(environment);
  return environment.platform === 'win32' ? path.win32.join(folder, DATABASE_FILE_NAME) : path.posix.join(folder, DATABASE_FILE_NAME);
}
