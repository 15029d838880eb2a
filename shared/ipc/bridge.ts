/**
 * The shape of `window.glossa`, the one global Electron's preload gives the page. Written here, beside the contract,
 * so the preload (which builds it) and `renderer/api.ts` (the only file that uses it) are typed against the same thing
 * and a new contract channel shows up on both sides at once. Pure types plus two constants: no DOM, no Electron.
 */
import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { CallResult } from './result';

/** The IPC channel the main process sends application-menu commands on (main -> page only). */
export const MENU_CHANNEL = 'glossa:menu';

/**
 * What the application menu asks the page to do. The page owns these flows (it shows the import progress and the
 * edit-mode state), so the menu only names them.
 */
export const MENU_COMMANDS = ['import-files', 'import-folder', 'toggle-edit'] as const;

/** One application-menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True for the commands above, so the preload never forwards anything else to the page. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * What `pathForFile` accepts: a DOM `File` satisfies it. Declared structurally because `shared/` does not see the DOM;
 * the preload hands the object straight to Electron's `webUtils.getPathForFile`.
 */
export interface FileLike {
  readonly name: string;
  readonly size: number;
}

/**
 * One async function per contract channel. Each resolves to the `CallResult` envelope rather than rejecting, because
 * Electron's `ipcRenderer.invoke` drops an error's custom fields (its code) on the way across.
 */
export type BridgeChannels = { [C in Channel]: (input: ChannelInput<C>) => Promise<CallResult<ChannelOutput<C>>> };

/** `window.glossa` in the desktop app: the contract's channels, the menu feed and dropped-file paths, nothing else. */
export interface GlossaBridge extends BridgeChannels {
  /** Calls `callback` for every application-menu command; returns a function that stops it. */
  onMenu(callback: (command: MenuCommand) => void): () => void;
  /** The file-system path of a dropped or picked file; an empty string for files that are not on disk. */
  pathForFile(file: FileLike): string;
}

/** The global's name, shared by the preload (`contextBridge.exposeInMainWorld`) and the page. */
export const BRIDGE_GLOBAL = 'glossa';
