import { describe, expect, it } from 'vitest';
import { channels } from '../../../../shared/ipc/contract';
import { MENU_CHANNEL } from '../../../../shared/ipc/bridge';
import { createBridge, type BridgeIpc } from '../../../../electron/preload/createBridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: BridgeIpc = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return { ok: true, value: { echoed: channel } };
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'secret', ports: [] }, ...args);
  };
  return { ipc, invoked, emit, listeners };
}

describe('window.glossa as built by the preload', () => {
  it('has exactly one function per contract channel, plus onMenu and pathForFile', () => {
    const bridge = createBridge(channels, fakeIpc().ipc, () => '');
    expect(Object.keys(bridge).sort()).toEqual([...channels, 'onMenu', 'pathForFile'].sort());
    for (const key of Object.keys(bridge)) expect(typeof (bridge as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('forwards a call as one invoke on its own channel with only the first argument, and returns the envelope', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(channels, ipc, () => '');
    const call = bridge['articles.get'] as unknown as (...args: unknown[]) => Promise<unknown>;
    await expect(call({ id: 3 }, 'smuggled')).resolves.toEqual({ ok: true, value: { echoed: 'articles.get' } });
    expect(invoked).toEqual([['articles.get', { id: 3 }]]);
  });

  it('passes known menu commands without the event object, drops unknown ones, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(channels, ipc, () => '');
    const seen: unknown[][] = [];
    const stop = bridge.onMenu((...args: unknown[]) => seen.push(args));
    emit(MENU_CHANNEL, 'import-files');
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { command: 'import-files' });
    emit('other-channel', 'toggle-edit');
    expect(seen).toEqual([['import-files']]);
    stop();
    emit(MENU_CHANNEL, 'toggle-edit');
    expect(seen).toHaveLength(1);
    expect(listeners.get(MENU_CHANNEL)?.size).toBe(0);
  });

  it('asks Electron for a dropped file path', () => {
    const bridge = createBridge(channels, fakeIpc().ipc, (file) => `/home/me/${file.name}`);
    expect(bridge.pathForFile({ name: 'qatar.md', size: 10 })).toBe('/home/me/qatar.md');
  });
});
