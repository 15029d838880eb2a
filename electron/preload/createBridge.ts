/**
 * Builds the `window.glossa` object from the contract's channel list. Takes the two Electron pieces it needs as
 * arguments (no Electron import), so a unit test can hand it a fake `ipcRenderer` and check exactly what the page gets:
 * one function per channel that forwards a single input, a menu feed that passes only known commands, and file paths.
 */
import type { Channel } from '../../shared/ipc/contract';
import { MENU_CHANNEL, isMenuCommand, type BridgeChannels, type FileLike, type GlossaBridge, type MenuCommand } from '../../shared/ipc/bridge';

/** The slice of Electron's `ipcRenderer` the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The bridge for `channels`. Each channel function sends exactly one argument, so the page cannot slip extra values
 * past the contract; the menu listener drops Electron's event object (it carries the sender and ports) and anything
 * that is not a known command.
 */
export function createBridge(
  channels: readonly Channel[],
  ipc: BridgeIpc,
  getPathForFile: (file: FileLike) => string,
): GlossaBridge {
  const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    calls[channel] = (input: unknown) => ipc.invoke(channel, input);
  }
  return {
    // The invoke results are the main process's CallResult envelopes; their shape is the contract's promise.
    ...(calls as unknown as BridgeChannels),
    onMenu(callback: (command: MenuCommand) => void): () => void {
      const listener = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) callback(command);
      };
      ipc.on(MENU_CHANNEL, listener);
      return () => {
        ipc.removeListener(MENU_CHANNEL, listener);
      };
    },
    pathForFile(file: FileLike): string {
      return getPathForFile(file);
    },
  };
}
