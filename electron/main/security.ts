/**
 * The security decisions of the desktop shell, as plain functions: which URLs may leave the app for the system
 * browser, which IPC senders are Glossa's own page, and the Content-Security-Policy the app's pages are served with.
 * Kept free of Electron imports so unit tests in plain Node can hold these lines.
 */

/** The privileged scheme the app's own pages are served from (never `file://`, which would expose the disk). */
export const APP_SCHEME = 'glossa';

/** The one host under the app scheme; anything else is refused. */
export const APP_HOST = 'app';

/** Every URL of the app's own pages starts with this. */
export const APP_ORIGIN_PREFIX = `${APP_SCHEME}://${APP_HOST}/`;

/** The page the main window opens. */
export const APP_START_URL = `${APP_ORIGIN_PREFIX}index.html`;

/**
 * Sent as a header with every app page, on top of the `<meta>` policy in `renderer/index.html` (the stricter of the
 * two wins): scripts, styles and fonts only from the app itself, images from the app or `data:`, nothing framed,
 * no plugins, no form posts, no `<base>` tricks. Remote images in articles stay placeholders.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Longest URL handed to the system browser; a longer one is not a link a person clicked. */
const MAX_EXTERNAL_URL_LENGTH = 8192;

/**
 * The URL to give `shell.openExternal`, or null when it must not leave the app. Only `https:` URLs that parse with
 * `new URL()`, have a host and carry no user name or password (a classic way to disguise where a link goes) pass;
 * `file:`, `javascript:`, custom schemes that launch other programs, and plain `http:` are refused. The normalised
 * `href` is returned so the browser opens exactly what was checked.
 */
export function externalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.hostname.length === 0) return null;
  if (url.username.length > 0 || url.password.length > 0) return null;
  return url.href;
}

/** True when `url` is one of the app's own pages (`glossa://app/...`). */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(APP_ORIGIN_PREFIX)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** What the IPC layer knows about a call's origin (from Electron's `IpcMainInvokeEvent`). */
export interface SenderFacts {
  /** `event.sender.id`: the web contents that sent the call. */
  senderId: number;
  /** `event.senderFrame?.url`, or null when the frame is already gone. */
  frameUrl: string | null;
  /** Whether the sending frame is the top-level frame (not an iframe). */
  isMainFrame: boolean;
}

/**
 * True only for calls from the main window's top-level frame while it shows an app page. Everything else (another
 * window, an iframe, a page that somehow navigated elsewhere, a frame that has gone) is refused before any input is
 * even looked at, so a stray page can never reach the database.
 */
export function isTrustedSender(facts: SenderFacts, mainWindowContentsId: number | null): boolean {
  if (mainWindowContentsId === null || facts.senderId !== mainWindowContentsId) return false;
  if (!facts.isMainFrame || facts.frameUrl === null) return false;
  return isAppUrl(facts.frameUrl);
}
