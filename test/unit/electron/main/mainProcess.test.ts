/**
 * The main process end to end, with a recording stand-in for Electron (the real binary cannot be downloaded here) and
 * the real services on a real SQLite file: what it registers before and after `ready`, the window's security options,
 * IPC answers and refusals, the app protocol, the hardening of other web contents, the menu, and failing at start.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../../shared/ipc/contract';
import { MENU_CHANNEL } from '../../../../shared/ipc/bridge';
import { NATIVE_BINDING_ENV } from '../../../../electron/main/nativeBinding';
import { PRINT_OPTIONS, PRINT_PARTITION } from '../../../../electron/main/printPdf';
import { openServices } from '../../../../electron/services/services';
import { createFakeElectron, runMain, type FakeElectron, FakeWebContents } from './fakeElectron';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const NODE_BINDING = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const INDEX_HTML = '<!doctype html><title>Glossa test page</title>';

let dir: string;
const savedEnv = new Map<string, string | undefined>();

function appFolder(): string {
  const app = path.join(dir, 'app');
  mkdirSync(path.join(app, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(app, 'dist', 'renderer', 'index.html'), INDEX_HTML);
  writeFileSync(path.join(app, 'dist', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(app, 'secret.txt'), 'not for pages');
  return app;
}

async function started(env: Record<string, string | undefined>, dialogPaths: string[] = []): Promise<FakeElectron> {
  for (const [key, value] of Object.entries(env)) {
    if (!savedEnv.has(key)) savedEnv.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const fake = createFakeElectron(appFolder(), dialogPaths);
  await runMain(fake);
  return fake;
}

function trustedEvent(fake: FakeElectron): unknown {
  const id = fake.windows[0].webContents.id;
  return { sender: { id }, senderFrame: { url: 'glossa://app/index.html', parent: null } };
}

async function invoke(fake: FakeElectron, channel: string, event: unknown, input: unknown): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glossa-main-'));
});

afterEach(() => {
  for (const [key, value] of savedEnv) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  savedEnv.clear();
  rmSync(dir, { recursive: true, force: true });
});

describe('main process under a stand-in Electron', () => {
  it('sets up name, sandbox, single-instance lock and the privileged scheme before ready', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING });
    const before = fake.calls.filter((c) => c.beforeReady).map((c) => c.name);
    expect(before).toEqual(
      expect.arrayContaining(['app.setName', 'app.setPath', 'app.enableSandbox', 'app.commandLine.appendSwitch', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']),
    );
    // The renderers' V8 flags (a larger young generation from the start) and disabled features (no navigation
    // predictor): see rendererFlags.ts; the benches use the same.
    expect(fake.calls.filter((c) => c.name === 'app.commandLine.appendSwitch').map((c) => c.args)).toEqual([
      ['js-flags', '--min-semi-space-size=16'],
      ['disable-features', 'NavigationPredictor'],
    ]);
    const schemes = fake.calls.find((c) => c.name === 'protocol.registerSchemesAsPrivileged')?.args[0];
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'glossa', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(fake.calls.find((c) => c.name === 'app.setName')?.args).toEqual(['Glossa']);
    expect(fake.windows).toHaveLength(0);
    await fake.ready();
    expect(fake.windows).toHaveLength(1);
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });

  it('opens one locked-down window on the app protocol and registers exactly the contract channels', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    const [window] = fake.windows;
    expect(window.url).toBe('glossa://app/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(ROOT, 'dist-electron', 'preload.cjs'),
    });
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });

  it('answers the page through dispatch: values, validation errors, and the https-only external opener', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING }, ['/home/me/a.md']);
    await fake.ready();
    const event = trustedEvent(fake);
    await expect(invoke(fake, 'articles.list', event, {})).resolves.toEqual({ ok: true, value: [] });
    await expect(invoke(fake, 'articles.get', event, { id: 'one' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    await expect(invoke(fake, 'articles.get', event, { id: 99 })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(invoke(fake, 'dialog.pickImportPaths', event, { folders: false })).resolves.toEqual({
      ok: true,
      value: { supported: true, paths: ['/home/me/a.md'] },
    });
    await expect(invoke(fake, 'shell.openExternal', event, { url: 'https://zh.wikipedia.org/wiki/卡塔尔' })).resolves.toEqual({
      ok: true,
      value: { opened: true },
    });
    await expect(invoke(fake, 'shell.openExternal', event, { url: 'file:///etc/passwd' })).resolves.toMatchObject({ ok: false });
    await expect(invoke(fake, 'shell.openExternal', event, { url: 'https://user:pw@evil.example/' })).resolves.toMatchObject({ ok: false });
    expect(fake.opened).toEqual(['https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94']);
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });

  it('refuses calls from anything but the main window’s top frame on an app page', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    const id = fake.windows[0].webContents.id;
    const frames = [
      { sender: { id: id + 100 }, senderFrame: { url: 'glossa://app/index.html', parent: null } },
      { sender: { id }, senderFrame: { url: 'glossa://app/index.html', parent: {} } },
      { sender: { id }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id }, senderFrame: null },
    ];
    for (const event of frames) {
      await expect(invoke(fake, 'articles.list', event, {})).rejects.toThrow(/Refused articles.list/);
    }
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });

  it('serves the built renderer with the CSP header and nothing outside it', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    const serve = fake.protocolHandlers.get('glossa');
    if (!serve) throw new Error('glossa: protocol not handled');
    const page = await serve(new Request('glossa://app/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(INDEX_HTML);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await serve(new Request('glossa://app/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const url of ['glossa://app/%2e%2e/%2e%2e/secret.txt', 'glossa://app/..%2f..%2fsecret.txt', 'glossa://app/missing.js', 'glossa://other/index.html']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
    }
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });

  it('hardens every web contents: no navigation, no new windows, no permissions, no remote requests', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    const contents = new FakeWebContents(42);
    fake.appListeners.get('web-contents-created')?.forEach((l) => l({}, contents));
    let prevented = 0;
    contents.emit('will-navigate', { url: 'https://example.org/x', isMainFrame: true, preventDefault: () => prevented++ });
    contents.emit('will-navigate', { url: 'javascript:alert(1)', isMainFrame: true, preventDefault: () => prevented++ });
    contents.emit('will-attach-webview', { preventDefault: () => prevented++ });
    expect(prevented).toBe(3);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/y' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.opened).toEqual(['https://example.org/x', 'https://example.org/y']);

    const granted: boolean[] = [];
    fake.permissionRequestHandler?.({}, 'media', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false]);
    const decisions: Record<string, boolean> = {};
    for (const url of ['glossa://app/index.html', 'https://tracker.example/pixel.gif', 'http://127.0.0.1:9/', 'file:///etc/passwd', 'data:image/png;base64,AA']) {
      fake.beforeRequest?.({ url }, (answer: { cancel: boolean }) => {
        decisions[url] = answer.cancel;
      });
    }
    expect(decisions).toEqual({
      'glossa://app/index.html': false,
      'https://tracker.example/pixel.gif': true,
      'http://127.0.0.1:9/': true,
      'file:///etc/passwd': true,
      'data:image/png;base64,AA': false,
    });
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });

  it('sends menu commands to the page', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(i.submenu ? all(i.submenu) : [])]);
    all(fake.menuTemplate as Item[]).find((i) => i.label === 'Import Folder…')?.click?.();
    expect(fake.windows[0].webContents.sent).toEqual([[MENU_CHANNEL, 'import-folder']]);
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });
});

describe('PDF reports in the app', () => {
  it('prints with Electron in a hidden, script-less window of its own session, and removes the temporary page', async () => {
    const db = path.join(dir, 'lib.sqlite');
    const services = openServices(db);
    const [outcome] = await services.imports.run(services.imports.sources({ paths: [path.join(ROOT, 'test', 'fixtures', 'qatar-hamas.zh.md')] }));
    services.close();
    const fake = await started({ GLOSSA_DB: db, [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    const reply = (await invoke(fake, 'annotations.exportReport', trustedEvent(fake), { id: outcome.articleId, format: 'report-pdf' })) as {
      ok: boolean;
      value: { encoding: string; content: string; mediaType: string };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ encoding: 'base64', mediaType: 'application/pdf' });
    const printed = Buffer.from(reply.value.content, 'base64').toString('utf8');
    // The stand-in's printToPDF echoes the page it was given: the report of this article, not a Chromium PDF.
    expect(printed.startsWith('%PDF-stand-in\n<!doctype html>')).toBe(true);
    expect(printed).toContain('卡塔尔');

    const printWindow = fake.windows[1];
    expect(printWindow.options).toMatchObject({
      show: false,
      webPreferences: expect.objectContaining({ partition: PRINT_PARTITION, javascript: false, sandbox: true, contextIsolation: true }),
    });
    expect(printWindow.webContents.printed).toEqual([PRINT_OPTIONS]);
    const pageFile = fileURLToPath(printWindow.url ?? '');
    expect(existsSync(pageFile)).toBe(false);
    expect(existsSync(path.dirname(pageFile))).toBe(false);

    const filter = fake.partitions.get(PRINT_PARTITION)?.beforeRequest;
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      filter?.({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
      return cancel;
    };
    // After the print, not even the printed page may be requested again; remote and other local files never.
    expect(decide(printWindow.url ?? '')).toBe(true);
    expect(decide('https://upload.wikimedia.org/x.png')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    fake.appListeners.get('will-quit')?.forEach((l) => l());
  });
});

describe('main process failing at start', () => {
  it('shows a database from a newer Glossa in an error box, leaves it untouched and quits without a window', async () => {
    const file = path.join(dir, 'future.sqlite');
    const Database = createRequire(import.meta.url)('better-sqlite3') as new (f: string) => { pragma(s: string): unknown; close(): void };
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);
    const fake = await started({ GLOSSA_DB: file, [NATIVE_BINDING_ENV]: NODE_BINDING });
    await fake.ready();
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0].title).toBe('Glossa cannot start');
    expect(fake.errorBoxes[0].message).toMatch(/newer Glossa/);
    expect(fake.exitCode).toBe(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('tells the person to use npm start when the Electron database driver was not prepared', async () => {
    const fake = await started({ GLOSSA_DB: path.join(dir, 'lib.sqlite'), [NATIVE_BINDING_ENV]: undefined });
    await fake.ready();
    expect(fake.errorBoxes[0]?.message).toContain('npm start');
    expect(fake.exitCode).toBe(1);
    expect(fake.windows).toHaveLength(0);
  });
});
