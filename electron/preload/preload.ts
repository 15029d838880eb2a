/**
 * The sandboxed preload: turns the IPC contract into `window.glossa` and exposes nothing else (no generic `invoke`, no
 * `ipcRenderer`, no Node). The build replaces the contract import with the bare channel list, so the schemas (and zod)
 * stay out of the page; the main process validates every input against them instead.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { BRIDGE_GLOBAL } from '../../shared/ipc/bridge';
import { createBridge } from './createBridge';

const bridge = createBridge(
  channels,
  {
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => ipcRenderer.on(channel, listener),
    removeListener: (channel, listener) => ipcRenderer.removeListener(channel, listener),
  },
  // A `File` from the page is the only thing that reaches here in practice; webUtils answers '' for other objects.
  (file) => webUtils.getPathForFile(file as File),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
