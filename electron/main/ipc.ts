/**
 * Puts the services on IPC: one `ipcMain.handle` per contract channel, each checking the sender before anything else
 * and then handing the raw input to `dispatch`, which validates it against the contract and wraps the outcome in a
 * `CallResult`. There is no generic channel: a name not in the contract has no handler.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, type GlossaApi } from '../../shared/ipc/contract';
import { dispatch } from '../services/dispatch';
import { isTrustedSender } from './security';

function senderFacts(event: IpcMainInvokeEvent): { senderId: number; frameUrl: string | null; isMainFrame: boolean } {
  const frame = event.senderFrame;
  return {
    senderId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/**
 * Registers every channel. `mainContentsId` is read on each call, so a window re-created later (macOS re-activation)
 * is trusted and a closed one is not. Returns a function that removes the handlers again.
 */
export function registerIpc(handlers: GlossaApi, mainContentsId: () => number | null): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, rawInput: unknown) => {
      if (!isTrustedSender(senderFacts(event), mainContentsId())) {
        // Rejects the invoke; an untrusted page learns nothing about the services, not even an error code.
        throw new Error(`Refused ${channel}: the call did not come from Glossa's window.`);
      }
      return dispatch(handlers, channel, rawInput);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
