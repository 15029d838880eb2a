/**
 * Rules every web page in the app lives under, whatever created it: no navigation away from the app, no new windows,
 * no `<webview>`, no permissions (camera, notifications, geolocation...), and no network requests except to the app's
 * own scheme. A link a person clicks goes to the system browser instead, and only if it is an https URL.
 */
import { app, session, type WebContents } from 'electron';
import { APP_SCHEME } from './security';

/** Opens a URL in the system browser if (and only if) it passes `externalUrl`; true when it was handed over. */
export type OpenExternal = (url: string) => Promise<boolean>;

/** Schemes a page may load from: the app itself, inline data, and the developer tools' own pages. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

function requestAllowed(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Applies the navigation, window and webview rules to one web contents. */
export function hardenWebContents(contents: WebContents, openExternalChecked: OpenExternal): void {
  // Fire and forget from event handlers: a browser that fails to start must not become an unhandled rejection.
  const openExternal = (url: string): void => {
    openExternalChecked(url).catch((error: unknown) => console.error(`Could not open ${url} in the browser:`, error));
  };
  contents.on('will-navigate', (event) => {
    // Reloads do not come through here; every real navigation would leave the app, so a clicked https link opens
    // in the browser and the page stays put.
    event.preventDefault();
    if (event.isMainFrame) openExternal(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Installs the rules app-wide: for every web contents ever created, and on the default session (permissions and
 * network). Call once, when the app is ready.
 */
export function hardenApp(openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url) }));
}
