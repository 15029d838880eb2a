/**
 * The one main window. Its web preferences are the security baseline of the whole app: the page is isolated from the
 * preload (contextIsolation), runs in Chromium's sandbox, has no Node, and keeps the same-origin policy.
 */
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './security';

/** Where the window gets its code from. */
export interface MainWindowOptions {
  /** Absolute path of the bundled preload (`dist-electron/preload.cjs`). */
  preloadPath: string;
  /** Window icon on Linux and Windows (macOS takes it from the app bundle). */
  iconPath?: string;
}

/** Creates the main window, loads the app page and shows the window once it has painted (no white flash). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    title: 'Glossa',
    show: false,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
