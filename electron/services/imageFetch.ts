/**
 * Fetches one remote image an article names, when the reader asks for it ("Load image" on a placeholder). Articles
 * are shown offline: nothing remote is fetched on its own, and the page itself can reach no other host (its CSP
 * allows images from 'self' and data: only). So the service fetches, checks that what came back is an image by its
 * first bytes (not by the server's Content-Type, which is often wrong), and hands it back as a data: URL, which the
 * page shows without ever talking to the network.
 *
 * Limits: http and https only; at most `MAX_IMAGE_BYTES`; `FETCH_TIMEOUT_MS` for the whole transfer; redirects are
 * followed (at most 20, fetch's own limit). Every refusal says what went wrong and what the reader can do instead.
 */
import { GlossaError } from '../../shared/ipc/errors';

/** Larger images are refused: a news photo is well under this, and the data: URL travels over IPC as text. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;

/** A transfer taking longer than this is abandoned. */
export const FETCH_TIMEOUT_MS = 20_000;

/** An image as the page shows it. */
export interface FetchedImage {
  dataUrl: string;
  mediaType: string;
  bytes: number;
}

/** Options for tests and for doors with their own network stack. */
export interface ImageFetchOptions {
  fetch?: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/**
 * The media type of image bytes, from their signature, or null when they are not an image a page can show. SVG is
 * recognised by its first tag (after an XML declaration, comments or a doctype); as an <img> it cannot run script.
 */
export function sniffImageType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4) && (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8))) return 'image/avif';
  if (startsWith(bytes, ascii('BM'))) return 'image/bmp';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'image/x-icon';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const firstTag = head.replace(/^\s*(<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE\s+svg[^>]*>\s*)*/i, '');
  if (/^<svg[\s>]/i.test(firstTag)) return 'image/svg+xml';
  return null;
}

/** The URL to fetch, or a BAD_INPUT error saying why not. */
export function checkImageUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new GlossaError('BAD_INPUT', `"${url.slice(0, 200)}" is not a web address, so the image cannot be loaded.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new GlossaError('BAD_INPUT', `Only http and https images are loaded; this one is a "${parsed.protocol}" address (${url.slice(0, 200)}).`);
  }
  if (!parsed.hostname) throw new GlossaError('BAD_INPUT', `${url.slice(0, 200)} names no host, so the image cannot be loaded.`);
  return parsed;
}

/** Reads a response body up to `maxBytes`, refusing (and stopping the transfer) beyond it. */
async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(url, maxBytes);
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: string, maxBytes: number): GlossaError {
  return new GlossaError('TOO_LARGE', `The image at ${url.slice(0, 200)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB and was not loaded; open it in the browser instead.`);
}

/** Fetches the image at `url` as a data: URL; throws GlossaError with what went wrong. */
export async function fetchImage(url: string, options: ImageFetchOptions = {}): Promise<FetchedImage> {
  const target = checkImageUrl(url);
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const shown = target.href.slice(0, 200);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(target.href, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml,image/*;q=0.8' },
        // No cookies or credentials of any kind go with it: the article chose this address, not the reader.
        credentials: 'omit',
      });
    } catch (error) {
      if (controller.signal.aborted) throw timedOut(shown, timeoutMs);
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
      throw new GlossaError('UNREADABLE', `Could not reach ${shown} (${cause}). Check the connection, or open the image in the browser.`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new GlossaError('UNREADABLE', `${shown} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: the image is not there any more, or the site refuses it.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, shown, maxBytes);
    } catch (error) {
      if (error instanceof GlossaError) throw error;
      if (controller.signal.aborted) throw timedOut(shown, timeoutMs);
      throw new GlossaError('UNREADABLE', `The transfer of ${shown} broke off (${error instanceof Error ? error.message : String(error)}); try again.`);
    }
    const mediaType = sniffImageType(bytes);
    if (!mediaType) {
      const said = (response.headers.get('content-type') ?? 'no type').split(';')[0];
      throw new GlossaError('UNREADABLE', `${shown} did not send an image (it sent ${bytes.length} bytes of ${said}); open it in the browser to see what is there.`);
    }
    return { dataUrl: `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`, mediaType, bytes: bytes.length };
  } finally {
    clearTimeout(timer);
  }
}

function timedOut(shown: string, timeoutMs: number): GlossaError {
  return new GlossaError('UNREADABLE', `${shown} did not send the image within ${Math.round(timeoutMs / 1000)} s; try again later, or open it in the browser.`);
}
