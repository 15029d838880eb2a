/**
 * How dates, sources and languages are shown. Dates stay in UTC, as the articles state them, so the library shows
 * the same time the header of the file says.
 */

/** `2023-11-03 06:22 UTC` from an ISO 8601 timestamp; the raw text when it does not parse; an em dash for none. */
export function formatPublished(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** The host of a source link (`gnews.org`), or the text itself when it is not a URL. */
export function sourceLabel(source: string | null): string {
  if (!source) return '—';
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

let languageNames: Intl.DisplayNames | null = null;

/**
 * Names of the languages these articles link to most, as `Intl.DisplayNames` gives them: the first DisplayNames of a
 * page sets up ICU's language data (~15 ms in a profile of opening an article), which the header would pay on every
 * open for "Chinese".
 */
const COMMON_LANGUAGES: Record<string, string> = {
  zh: 'Chinese', en: 'English', ja: 'Japanese', ko: 'Korean', fr: 'French', de: 'German', es: 'Spanish', ru: 'Russian',
  ar: 'Arabic', he: 'Hebrew', fa: 'Persian', tr: 'Turkish', it: 'Italian', pt: 'Portuguese', uk: 'Ukrainian',
  vi: 'Vietnamese', id: 'Indonesian', th: 'Thai', nl: 'Dutch', pl: 'Polish',
};

/** A language code's name in English (`zh` -> `Chinese`), or the code when unknown. */
export function languageName(code: string): string {
  const common = COMMON_LANGUAGES[code.toLowerCase()];
  if (common) return common;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A count with its noun, singular or plural. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

/**
 * `12345` -> `12,345`, as `toLocaleString('en')` writes it. Whole numbers are grouped here: the first
 * `toLocaleString` of a page sets up ICU number formatting (~20 ms in a profile of opening an article).
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
