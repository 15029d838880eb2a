/**
 * The application menu as data. Imports only Electron's types (erased at build time), so tests can check in plain Node
 * what a person will find in the menu: the import commands, edit mode, and no developer tools in a shipped app.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/bridge';

/** What the menu depends on. */
export interface MenuOptions {
  /** `process.platform`: macOS gets its application menu and keeps Quit there. */
  platform: NodeJS.Platform;
  /** Development build (`npm start`): adds reload and developer tools. */
  isDev: boolean;
  /** Forwards a command to the page, which owns the import and edit-mode flows. */
  send: (command: MenuCommand) => void;
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const isMac = options.platform === 'darwin';
  return {
    label: '&File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => options.send('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => options.send('import-folder') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
}

function editMenu(options: MenuOptions): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      // The roles reach ProseMirror as `historyUndo`/`historyRedo` input events, so its own history answers them.
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Toggle Edit Mode', accelerator: 'CmdOrCtrl+E', click: () => options.send('toggle-edit') },
    ],
  };
}

function viewMenu(options: MenuOptions): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: '&View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** The whole menu bar, in platform order. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(fileMenu(options), editMenu(options), viewMenu(options));
  template.push({ role: 'help', submenu: [{ role: 'about', label: 'About Glossa' }] });
  return template;
}
