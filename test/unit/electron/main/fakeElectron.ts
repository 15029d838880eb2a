/**
 * A stand-in for the parts of Electron's main-process API that `electron/main` uses, recording every call. The real
 * Electron binary cannot be downloaded on the build machines, so the main process's wiring (what it registers, with
 * which options, how it answers IPC and protocol requests, how it fails at start) is exercised against this instead.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

type Handler = (...args: unknown[]) => unknown;

/** A fake web contents: records `send`, keeps its listeners and window-open handler so tests can fire them. */
export class FakeWebContents {
  readonly sent: unknown[][] = [];
  readonly listeners = new Map<string, Handler[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** The page `printToPDF` prints: set by the window's `loadURL` from the file it was pointed at. */
  loadedHtml: string | null = null;
  readonly printed: unknown[] = [];
  constructor(readonly id: number) {}
  /** Answers `%PDF-stand-in` plus the loaded page, so a test can tell what was printed. */
  async printToPDF(options: unknown): Promise<Buffer> {
    this.printed.push(options);
    return Buffer.from(`%PDF-stand-in\n${this.loadedHtml ?? ''}`, 'utf8');
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  on(event: string, listener: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** Everything the fake saw, plus hooks to drive it. */
export interface FakeElectron {
  module: Record<string, unknown>;
  calls: { name: string; args: unknown[]; beforeReady: boolean }[];
  ipcHandlers: Map<string, Handler>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  appListeners: Map<string, Handler[]>;
  windows: { options: Record<string, unknown>; url: string | null; webContents: FakeWebContents }[];
  menuTemplate: unknown[] | null;
  errorBoxes: { title: string; message: string }[];
  exitCode: number | null;
  opened: string[];
  permissionRequestHandler: Handler | null;
  beforeRequest: Handler | null;
  /** Sessions made with `session.fromPartition`, by partition name. */
  partitions: Map<string, { beforeRequest: Handler | null; permissionRequestHandler: Handler | null }>;
  ready(): Promise<void>;
}

/** Builds a fresh fake; `appPath` is what `app.getAppPath()` answers (where `dist/renderer` is looked for). */
export function createFakeElectron(appPath: string, dialogPaths: string[] = []): FakeElectron {
  let isReady = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  let nextId = 1;
  const fake: FakeElectron = {
    module: {},
    calls: [],
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    appListeners: new Map(),
    windows: [],
    menuTemplate: null,
    errorBoxes: [],
    exitCode: null,
    opened: [],
    permissionRequestHandler: null,
    beforeRequest: null,
    partitions: new Map(),
    ready: async () => {
      isReady = true;
      resolveReady();
      // Let `whenReady().then(start)` and its follow-ups run.
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
  const record = (name: string, args: unknown[]): void => {
    fake.calls.push({ name, args, beforeReady: !isReady });
  };

  class BrowserWindow {
    readonly webContents = new FakeWebContents(nextId++);
    private readonly entry: FakeElectron['windows'][number];
    private destroyed = false;
    constructor(options: Record<string, unknown>) {
      this.entry = { options, url: null, webContents: this.webContents };
      fake.windows.push(this.entry);
    }
    static getAllWindows(): unknown[] {
      return fake.windows;
    }
    once(): this {
      return this;
    }
    on(): this {
      return this;
    }
    async loadURL(url: string): Promise<void> {
      this.entry.url = url;
      if (url.startsWith('file:')) this.webContents.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isMinimized(): boolean {
      return false;
    }
    show(): void {}
    restore(): void {}
    focus(): void {}
  }

  fake.module = {
    app: {
      isPackaged: false,
      setName: (...a: unknown[]) => record('app.setName', a),
      setPath: (...a: unknown[]) => record('app.setPath', a),
      enableSandbox: () => record('app.enableSandbox', []),
      commandLine: { appendSwitch: (...a: unknown[]) => record('app.commandLine.appendSwitch', a), getSwitchValue: () => '' },
      requestSingleInstanceLock: () => {
        record('app.requestSingleInstanceLock', []);
        return true;
      },
      on: (event: string, listener: Handler) => {
        fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => readyPromise,
      getAppPath: () => appPath,
      getVersion: () => '0.1.0',
      setAboutPanelOptions: (...a: unknown[]) => record('app.setAboutPanelOptions', a),
      quit: () => record('app.quit', []),
      exit: (code: number) => {
        fake.exitCode = code;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (...a: unknown[]) => record('protocol.registerSchemesAsPrivileged', a),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        record('protocol.handle', [scheme]);
        fake.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      fromPartition: (partition: string) => {
        const entry = { beforeRequest: null as Handler | null, permissionRequestHandler: null as Handler | null };
        fake.partitions.set(partition, entry);
        return {
          setPermissionRequestHandler: (handler: Handler) => {
            entry.permissionRequestHandler = handler;
          },
          setPermissionCheckHandler: () => undefined,
          webRequest: {
            onBeforeRequest: (handler: Handler) => {
              entry.beforeRequest = handler;
            },
          },
        };
      },
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => {
          fake.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (...a: unknown[]) => record('session.setPermissionCheckHandler', a),
        setDevicePermissionHandler: (...a: unknown[]) => record('session.setDevicePermissionHandler', a),
        webRequest: {
          onBeforeRequest: (handler: Handler) => {
            fake.beforeRequest = handler;
          },
        },
      },
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (template: unknown[]) => {
        fake.menuTemplate = template;
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        fake.ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => {
        fake.ipcHandlers.delete(channel);
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => {
        fake.errorBoxes.push({ title, message });
      },
      showOpenDialog: async () => ({ canceled: false, filePaths: dialogPaths }),
    },
    shell: {
      openExternal: async (url: string) => {
        fake.opened.push(url);
      },
    },
  };
  return fake;
}

let bundled: Promise<string> | null = null;

/** The main process bundled as `npm run build:electron` does (CommonJS, electron and better-sqlite3 external). */
function mainBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(ROOT, 'electron', 'main', 'main.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron', 'better-sqlite3'],
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/**
 * Runs a fresh copy of the main process against `fake`, as if Electron had loaded `dist-electron/main.cjs`. The
 * bundle's `require('electron')` gets the fake; everything else is the real module.
 */
export async function runMain(fake: FakeElectron): Promise<void> {
  const code = await mainBundle();
  const realRequire = createRequire(path.join(ROOT, 'package.json'));
  const fakeRequire = (id: string): unknown => (id === 'electron' ? fake.module : realRequire(id));
  const module = { exports: {} };
  const dirname = path.join(ROOT, 'dist-electron');
  const evaluate = new Function('require', 'module', 'exports', '__dirname', '__filename', code) as (...args: unknown[]) => void;
  evaluate(fakeRequire, module, module.exports, dirname, path.join(dirname, 'main.cjs'));
}
