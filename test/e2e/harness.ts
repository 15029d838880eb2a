/**
 * The e2e harness: Debian's Chromium (through playwright-core) against the preview host serving the built renderer
 * over a fresh temporary database. It records what a user would notice going wrong: page errors, console errors,
 * CSP violations, dialogs and navigations, and saves screenshots under `test-results/`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPreviewServer, type PreviewServerOptions } from '../../electron/hosts/preview/server';
import { CHROMIUM_ARGS } from '../../electron/services/reportPdf';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where screenshots go. */
export const RESULTS_DIR = path.join(root, 'test-results');

/** The fixture article. */
export const FIXTURE = path.join(root, 'test/fixtures/qatar-hamas.zh.md');

type PreviewServer = Awaited<ReturnType<typeof startPreviewServer>>;

/** One running app: server, browser, page, and what was observed. */
export interface Harness {
  server: PreviewServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dir: string;
  pageErrors: string[];
  consoleErrors: string[];
  dialogs: string[];
  /** Main-frame navigations after the first load (hash changes included). */
  navigations: string[];
  shot(name: string): Promise<string>;
  /** CSP violations the page reported (`securitypolicyviolation` events). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts the preview host on a temporary database and opens the app in Chromium. */
export async function openHarness(options: { imports?: PreviewServerOptions['imports'] } = {}): Promise<Harness> {
  const rendererDir = path.join(root, 'dist/renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('dist/renderer/index.html is missing: run `npm run build:renderer` before the e2e tests.');
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-e2e-'));
  const server = await startPreviewServer({ dbFile: path.join(dir, 'glossa.db'), port: 0, rendererDir, imports: options.imports });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, acceptDownloads: true, locale: 'en-US' });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const harness: Harness = {
    server,
    browser,
    context,
    page,
    dir,
    pageErrors: [],
    consoleErrors: [],
    dialogs: [],
    navigations: [],
    async shot(name) {
      const file = path.join(RESULTS_DIR, `e2e-${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  page.on('pageerror', (error) => harness.pageErrors.push(error.message));
  page.on('console', (message) => {
    // A meta-delivered CSP cannot carry frame-ancestors; Chromium says so once. The header version is the host's job.
    if (message.type() === 'error' && !message.text().includes('frame-ancestors')) harness.consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    harness.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) harness.navigations.push(frame.url());
  });
  await page.getByTestId('library').waitFor();
  return harness;
}

/** A file for the file input, from text. */
export function textFile(name: string, text: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') };
}

/** A file for the file input, from disk. */
export function diskFile(file: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name: path.basename(file), mimeType: 'text/markdown', buffer: fs.readFileSync(file) };
}

/** Imports files (paths on disk or in-memory files) through the UI's file input and waits for the import to finish. */
export async function importThroughUi(page: Page, files: (string | ReturnType<typeof textFile>)[]): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(files.map((f) => (typeof f === 'string' ? diskFile(f) : f)));
  await page.locator('[data-testid="import-panel"][data-state="finished"]').waitFor();
}

/** An article in the conventions of the fixture: back-link line, `##` title, metadata line, source link. */
export function article(opts: { title: string; date: string; author: string; source: string; body: string }): string {
  return [
    '###  [:house:返回](README.md)',
    '---',
    '',
    '',
    `## ${opts.title}`,
    `\`${opts.date} ${opts.author}\` [轉載自GNews](${opts.source})`,
    '',
    opts.body,
    '',
  ].join('\n');
}
