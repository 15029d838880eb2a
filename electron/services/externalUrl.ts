/**
 * The one check before Glossa asks the system to open a URL: only `https:` URLs that parse. Anything else (`file:`,
 * `javascript:`, custom schemes that launch programs, unparsable text) is refused, whichever door asked.
 */
import { GlossaError } from '../../shared/ipc/errors';

/** Returns the normalised URL if it may be opened externally; throws GlossaError BAD_INPUT otherwise. */
export function checkExternalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new GlossaError('BAD_INPUT', `"${url.slice(0, 200)}" is not a valid URL; nothing was opened.`);
  }
  if (parsed.protocol !== 'https:') {
    throw new GlossaError('BAD_INPUT', `Only https links are opened outside Glossa; "${parsed.protocol}" links are not (${url.slice(0, 200)}).`);
  }
  if (!parsed.hostname) throw new GlossaError('BAD_INPUT', `${url.slice(0, 200)} names no host; nothing was opened.`);
  return parsed.href;
}
