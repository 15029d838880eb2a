/**
 * The renderer's one door to the services, and the only file that touches `window.glossa`.
 *
 * In Electron the preload exposes `window.glossa` (one async function per contract channel, each resolving to a
 * `CallResult`). In a plain browser against the preview host there is no `window.glossa`, so the same calls go to
 * `POST /api/<channel>` with the per-run token from the page's `<meta name="glossa-token">`. Both paths unwrap the
 * envelope and throw a `GlossaError` with the service's code and message, so the UI can show what went wrong.
 */
import { BRIDGE_GLOBAL, type GlossaBridge, type MenuCommand } from '../shared/ipc/bridge';
import type { Channel, ChannelInput, ChannelOutput, GlossaApi } from '../shared/ipc/contract';
import { GlossaError, type GlossaErrorCode } from '../shared/ipc/errors';
import type { CallResult } from '../shared/ipc/result';
import type { DocJSON } from '../shared/model/article';
import { unpackDoc } from '../shared/ipc/packedDoc';
import { outlineAnnotations } from '../shared/ipc/annotationOutline';
import type { Annotation } from '../shared/model/annotation';

export type { MenuCommand } from '../shared/ipc/bridge';

/**
 * What the preload puts on `window.glossa`, read defensively: an older or newer preload may lack a function, and the
 * page should say so rather than crash.
 */
type Bridge = Partial<GlossaBridge>;

const KNOWN_CODES: ReadonlySet<string> = new Set<GlossaErrorCode>([
  'BAD_INPUT',
  'NOT_FOUND',
  'EMPTY_FILE',
  'BINARY_FILE',
  'INVALID_UTF8',
  'TOO_LARGE',
  'UNREADABLE',
  'CONFLICT',
  'DB_TOO_NEW',
  'UNSUPPORTED',
  'CANCELLED',
  'INTERNAL',
]);

function bridge(): Bridge | null {
  const candidate = (window as unknown as Record<typeof BRIDGE_GLOBAL, unknown>)[BRIDGE_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as Bridge) : null;
}

function token(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="glossa-token"]');
  return meta?.content ?? '';
}

function isCallResult(value: unknown): value is CallResult<unknown> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && !!v.error && typeof v.error === 'object';
}

function unwrap<T>(channel: Channel, result: unknown): T {
  if (!isCallResult(result)) {
    throw new GlossaError('INTERNAL', `The service sent an unreadable answer to ${channel}.`);
  }
  if (result.ok) return result.value as T;
  const code = KNOWN_CODES.has(result.error.code) ? result.error.code : 'INTERNAL';
  throw new GlossaError(code, String(result.error.message || `${channel} failed.`));
}

async function overHttp(channel: Channel, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-glossa-token': token() },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GlossaError('INTERNAL', `Could not reach the Glossa service (${reason}). Is the preview server still running?`);
  }
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new GlossaError(
      response.status === 403 ? 'BAD_INPUT' : 'INTERNAL',
      `The service answered ${channel} with HTTP ${response.status}: ${body.slice(0, 200) || response.statusText}`,
    );
  }
}

/** Calls one contract channel and returns its value, or throws a `GlossaError` carrying the service's code and message. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const glossa = bridge();
  let result: unknown;
  if (glossa) {
    const fn = glossa[channel] as unknown;
    if (typeof fn !== 'function') throw new GlossaError('UNSUPPORTED', `This version of Glossa has no ${channel} channel.`);
    try {
      result = await (fn as (i: ChannelInput<C>) => Promise<unknown>)(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new GlossaError('INTERNAL', `${channel} failed in the main process: ${reason}`);
    }
  } else {
    result = await overHttp(channel, input);
  }
  return unwrap<ChannelOutput<C>>(channel, result);
}

const calls = new Map<string, (input: unknown) => Promise<unknown>>();

/**
 * `articles.open` as the page asks for it: through `articles.openRaw`, whose document arrives packed (or, rarely, as
 * the JSON text it is stored as) and is unpacked here. Callers get exactly what `articles.open` answers; a long
 * article's answer is a quarter of the size and parses several times faster, and the host skips encoding the tree.
 */
async function openArticle(input: ChannelInput<'articles.open'>): Promise<ChannelOutput<'articles.open'>> {
  const { packed, docJson, ...reader } = await call('articles.openRaw', input);
  let doc: DocJSON;
  try {
    doc = packed ? unpackDoc(packed) : (JSON.parse(docJson ?? '') as DocJSON);
  } catch {
    throw new GlossaError('INTERNAL', `The service sent an unreadable document for article #${input.id}.`);
  }
  return { ...reader, doc };
}

const routes: Partial<Record<Channel, (input: never) => Promise<unknown>>> = { 'articles.open': openArticle };

/**
 * Every channel as a typed async function (the type lists them all, with their inputs and outputs). Made from the
 * channel's name when first used rather than from the contract's runtime objects: those carry the zod validators the
 * main process checks inputs with, which the page does not need, and leaving them out keeps the code a page must load
 * before it can ask for an article small (see `main.tsx`).
 */
export const api: GlossaApi = new Proxy({} as GlossaApi, {
  get(_target, channel) {
    if (typeof channel !== 'string') return undefined;
    let fn = calls.get(channel);
    if (fn === undefined) {
      const route = routes[channel as Channel] as ((input: unknown) => Promise<unknown>) | undefined;
      fn = route ?? ((input: unknown) => call(channel as Channel, input as never));
      calls.set(channel, fn);
    }
    return fn;
  },
});

/**
 * The annotations of an article for opening it and listing them: `annotations.outline`, unpacked into records shaped
 * like `annotations.list`'s. The answer is a third of the list's size and parses several times faster; the records
 * lack quote context, creators and most claim details and are marked (`isOutline` in `shared/ipc/annotationOutline`):
 * fetch the whole record (`annotations.some`) before showing one in detail or sending its fields back.
 */
export async function annotationOutline(articleId: number): Promise<{ revisionId: number; annotations: Annotation[] }> {
  const outline = await call('annotations.outline', { articleId });
  return { revisionId: outline.revisionId, annotations: outlineAnnotations(articleId, outline) };
}

/** True inside the desktop app, where file paths, native dialogs and the menu exist. */
export function isDesktop(): boolean {
  return bridge() !== null;
}

/**
 * The file-system path of a dropped or picked file, when the desktop app can tell (Electron's webUtils); null in a
 * browser, where the caller sends the file's bytes instead.
 */
export function pathForFile(file: File): string | null {
  const fn = bridge()?.pathForFile;
  if (typeof fn !== 'function') return null;
  try {
    const path = fn(file);
    return typeof path === 'string' && path.length > 0 ? path : null;
  } catch {
    // Files that do not live on disk (pasted, generated) have no path; the caller then sends their bytes.
    return null;
  }
}

/** Subscribes to application-menu commands; returns an unsubscribe function (a no-op in a browser). */
export function onMenu(callback: (command: MenuCommand) => void): () => void {
  const fn = bridge()?.onMenu;
  if (typeof fn !== 'function') return () => undefined;
  let active = true;
  const stop: unknown = fn((command) => {
    if (active) callback(command);
  });
  return () => {
    active = false;
    if (typeof stop === 'function') (stop as () => void)();
  };
}

/** A message fit for a person, from anything thrown by a call. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof GlossaError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return { code: 'INTERNAL', message: String(error) };
}
