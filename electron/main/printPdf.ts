/**
 * PDF reports in the desktop app, printed by Electron's own Chromium (`webContents.printToPDF`) instead of a second
 * browser: the CLI and tests use playwright-core with Debian's Chromium (`electron/services/reportPdf.ts`), a
 * devDependency the packaged app does not carry.
 *
 * The report page is written to a private temporary file and loaded in a hidden window that lives in its own in-memory
 * session: JavaScript off, sandboxed, no permissions, and no request allowed except that one file (and inline
 * `data:` images). The app-wide rules (`hardening.ts`) would refuse `file:` loads, and a `data:` URL cannot carry a
 * long report (Chromium caps URLs at 2 MB). Prints run one at a time, so the session's request filter always names the
 * file being printed.
 */
import type { BrowserWindow as ElectronBrowserWindow, Session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderPdf } from '../services/reportPdf';

/** The parts of Electron this needs, passed in so the logic runs under a stand-in in tests. */
export interface PrintPdfElectron {
  BrowserWindow: new (options: Electron.BrowserWindowConstructorOptions) => Pick<
    ElectronBrowserWindow,
    'loadURL' | 'destroy' | 'isDestroyed'
  > & { webContents: Pick<ElectronBrowserWindow['webContents'], 'printToPDF'> };
  session: { fromPartition(partition: string): Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> };
}

/** The in-memory session of the print window (no `persist:` prefix: nothing is written to the profile). */
export const PRINT_PARTITION = 'glossa-print';

const MM_PER_INCH = 25.4;

/** A4 with the same margins as the Chromium path, so both doors print the same pages. */
export const PRINT_OPTIONS: Electron.PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  margins: { top: 16 / MM_PER_INCH, bottom: 16 / MM_PER_INCH, left: 14 / MM_PER_INCH, right: 14 / MM_PER_INCH },
};

/** A `RenderPdf` that prints with Electron; call once after `app` is ready and pass it to the handlers. */
export function createElectronPdfRenderer(electron: PrintPdfElectron): RenderPdf {
  const session = electron.session.fromPartition(PRINT_PARTITION);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  let allowedUrl = '';
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url === allowedUrl || details.url.startsWith('data:')) });
  });

  let queue: Promise<unknown> = Promise.resolve();

  const printOnce = async (html: string): Promise<Uint8Array> => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'glossa-report-'));
    const window = new electron.BrowserWindow({
      show: false,
      width: 1024,
      height: 1400,
      webPreferences: {
        partition: PRINT_PARTITION,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    try {
      const file = path.join(folder, 'report.html');
      await writeFile(file, html, 'utf8');
      allowedUrl = pathToFileURL(file).href;
      await window.loadURL(allowedUrl);
      const pdf = await window.webContents.printToPDF(PRINT_OPTIONS);
      return new Uint8Array(pdf);
    } finally {
      allowedUrl = '';
      if (!window.isDestroyed()) window.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  };

  return (html) => {
    const result = queue.then(() => printOnce(html));
    queue = result.catch(() => undefined);
    return result;
  };
}
