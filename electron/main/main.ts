/**
 * Electron's main process: app lifecycle, one window, the menu, the app protocol and IPC registration. Everything it
 * serves lives in `electron/services` (plain Node, tested without Electron); this file only wires those services to
 * Electron's doors and keeps the security rules in force.
 */
import { app, BrowserWindow, dialog, Menu, session, shell, type OpenDialogOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/bridge';
import { GlossaError, toErrorPayload } from '../../shared/ipc/errors';
import { PACKAGED_CEDICT_RESOURCE, useCedictDataFile } from '../services/dictionary';
import { createHandlers } from '../services/handlers';
import { fetchImage } from '../services/imageFetch';
import { APP_NAME, defaultDatabasePath, userDataFolder } from '../services/paths';
import { openServices, type GlossaServices } from '../services/services';
import { hardenApp } from './hardening';
import { registerIpc } from './ipc';
import { menuTemplate } from './menuTemplate';
import { chooseNativeBinding } from './nativeBinding';
import { createElectronPdfRenderer } from './printPdf';
import { registerAppScheme, serveApp } from './protocol';
import { disabledFeaturesSwitch, RENDERER_JS_FLAGS } from './rendererFlags';
import { externalUrl } from './security';
import { createMainWindow } from './window';

// Before `ready`: the name and data folder the CLI computes too (package.json's lowercase name would give another
// folder), the sandbox for every renderer, the renderers' V8 flags and disabled features, and the privileged scheme.
app.setName(APP_NAME);
app.setPath('userData', userDataFolder());
app.enableSandbox();
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);
app.commandLine.appendSwitch('disable-features', disabledFeaturesSwitch(app.commandLine.getSwitchValue('disable-features')));
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let services: GlossaServices | null = null;

function mainContentsId(): number | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : null;
}

/** Opens a URL in the system browser after the https check; false (and nothing opened) otherwise. */
async function openExternalChecked(url: string): Promise<boolean> {
  const safe = externalUrl(url);
  if (safe === null) return false;
  await shell.openExternal(safe);
  return true;
}

async function openExternalForPage(url: string): Promise<void> {
  if (!(await openExternalChecked(url))) {
    throw new GlossaError('BAD_INPUT', `Only https links without user names are opened outside Glossa; nothing was opened.`);
  }
}

async function pickImportPaths({ folders }: { folders: boolean }): Promise<{ supported: boolean; paths: string[] }> {
  const options: OpenDialogOptions = folders
    ? { title: 'Import folders', buttonLabel: 'Import', properties: ['openDirectory', 'multiSelections'] }
    : {
        title: 'Import articles',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: ['md', 'markdown', 'txt'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
  const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return { supported: true, paths: result.canceled ? [] : result.filePaths };
}

function sendMenu(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, command);
}

function closeServices(): void {
  const open = services;
  services = null;
  try {
    open?.close();
  } catch (error) {
    console.error('Closing the database failed:', error);
  }
}

/** Shows why Glossa cannot go on (a database from a newer version, a missing driver...) and quits without a window. */
function failAtStart(error: unknown): void {
  const { message } = toErrorPayload(error);
  console.error(`Glossa cannot start: ${message}`);
  dialog.showErrorBox('Glossa cannot start', message);
  closeServices();
  app.exit(1);
}

function openWindow(): void {
  const devIcon = path.join(app.getAppPath(), 'build', 'icon.png');
  mainWindow = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    iconPath: !app.isPackaged && fs.existsSync(devIcon) ? devIcon : undefined,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function start(): void {
  hardenApp(openExternalChecked);

  const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
    throw new GlossaError('UNSUPPORTED', `The app's pages are missing from ${rendererRoot}. Run "npm start", which builds them first.`);
  }
  const binding = chooseNativeBinding({ isPackaged: app.isPackaged, env: process.env, fileExists: (f) => fs.existsSync(f) });
  if (binding.kind === 'missing') throw new GlossaError('UNSUPPORTED', binding.message);

  // The packaged app carries the alignment dictionary as a resource, not in node_modules (see dictionary.ts).
  if (app.isPackaged) useCedictDataFile(path.join(process.resourcesPath, ...PACKAGED_CEDICT_RESOURCE.split('/')));

  const file = defaultDatabasePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  services = openServices(file, binding.kind === 'path' ? { nativeBinding: binding.path } : {});

  const renderPdf = createElectronPdfRenderer({ BrowserWindow, session });
  // Images the reader asks for go through Chromium's network stack (system proxy settings apply) in a session of
  // their own: in memory only, no pages in it, and outside the default session, which refuses all remote requests.
  const imageSession = session.fromPartition('glossa-images', { cache: false });
  const handlers = createHandlers(services, {
    pickImportPaths,
    openExternal: openExternalForPage,
    renderPdf,
    fetchImage: (url) => fetchImage(url, { fetch: imageSession.fetch.bind(imageSession) as typeof fetch }),
  });
  registerIpc(handlers, mainContentsId);
  serveApp(rendererRoot);

  app.setAboutPanelOptions({
    applicationName: 'Glossa',
    applicationVersion: app.getVersion(),
    copyright: 'Annotation, fact-checking and alignment for wiki-linked news articles',
  });
  const template = menuTemplate({ platform: process.platform, isDev: !app.isPackaged, send: sendMenu });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Glossa is running; it gets focus through 'second-instance' and this process ends.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', closeServices);
  app
    .whenReady()
    .then(start)
    .catch(failAtStart);
}
