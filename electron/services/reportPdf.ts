/**
 * PDF from report HTML with Debian's Chromium through playwright-core: what the CLI and tests use. Electron's main
 * process should inject `webContents.printToPDF` instead (same HTML, no second browser); see `RenderPdf`.
 */
import { GlossaError } from '../../shared/ipc/errors';

/** Turns a self-contained HTML page into PDF bytes. Injected, so each door uses the engine it has. */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

/** Flags that keep a headless Chromium from reaching for the network (updates, sync, metrics). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary: `GLOSSA_CHROMIUM` if set, else Debian's. */
export function chromiumPath(): string {
  return process.env.GLOSSA_CHROMIUM || '/usr/bin/chromium';
}

/**
 * playwright-core, loaded only when a PDF is made. The name is a variable so that bundlers (the Electron main bundle)
 * leave it out: the app prints with Electron's own printToPDF and must not carry a second browser driver.
 */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  const name = 'playwright-core';
  return (await import(name)) as typeof import('playwright-core');
}

/** Renders `html` to an A4 PDF with backgrounds (highlights) in a fresh headless Chromium. */
export const renderPdfWithChromium: RenderPdf = async (html) => {
  const { chromium } = await loadPlaywright();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new GlossaError(
      'UNSUPPORTED',
      `PDF needs Chromium at ${chromiumPath()} (set GLOSSA_CHROMIUM to another path, or install it: apt-get install chromium fonts-wqy-zenhei): ${why}`,
    );
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};
