/**
 * Maps a `glossa://app/...` request to a file of the built renderer. The app protocol is the only way pages reach the
 * disk, so this is where a crafted URL (`..`, encoded slashes, backslashes, NUL bytes, drive letters) must be stopped:
 * a request either names a file inside the renderer folder or gets nothing. Pure (no Electron) so tests can probe it.
 */
import path from 'node:path';
import { mediaTypeOf } from '../services/mediaTypes';
import { APP_HOST, APP_SCHEME } from './security';

/** A request the protocol handler may answer: the file to read and the media type to send it with. */
export interface AppFile {
  file: string;
  contentType: string;
}

/** The media type for a file name (the table is shared with the preview host). */
export const contentTypeFor = mediaTypeOf;

function isSafeSegment(segment: string): boolean {
  if (segment === '.' || segment === '..') return false;
  // After decoding, a slash or backslash would smuggle in another level; a colon could name a drive or stream on
  // Windows; control characters have no business in a file name.
  return !/[/\\:\u0000-\u001f]/.test(segment);
}

/**
 * The renderer file a request URL names, or null to answer 404. `/` and `/index.html` are the page; other paths must
 * name a file below `rendererRoot` segment by segment. The check is lexical (the folder is our own build output and
 * may live inside an asar archive, where real paths do not exist).
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): AppFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // The WHATWG parser already folded literal `.`/`..`; encoded ones (%2e%2e) survive it and are caught per segment.
  const rawSegments = url.pathname.split('/').filter((segment) => segment.length > 0);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isSafeSegment(decoded)) return null;
    segments.push(decoded);
  }
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative.length === 0 || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return { file, contentType: contentTypeFor(file) };
}
