/**
 * The bilingual table: an article's aligned pairs side by side in one self-contained HTML page, for a reviewer who
 * has no Glossa, for printing, and for pasting into a word processor. Each row is a pair: its number, the Chinese,
 * the English, its status, the aligner's confidence, and the claims and notes on it.
 *
 * The page is pure data in, string out: every text is escaped, nothing is fetched or run (no script, no remote
 * resource, a Content-Security-Policy that forbids both), styles are inline, and print styles repeat the header row
 * on every page and keep a pair on one page. Line breaks inside a sentence are kept (`white-space: pre-wrap`). The
 * markup is also well-formed XML, so tests and tools can read the table back with an XML parser.
 */
import type { AlignedPair, TranslationNote } from '../model/translation';
import { escapeHtml } from './html';

/** What the page shows besides the pairs. */
export interface BilingualHtmlOptions {
  title: string;
  /** Shown under the title: the article's link, its date, when the table was made. */
  source?: string | null;
  published?: string | null;
  exported?: string | null;
  /** Language tags of the two columns (default `zh` and `en`). */
  sourceLang?: string;
  targetLang?: string;
  /** Pairs below this confidence are highlighted (default 0.5). */
  lowConfidence?: number;
}

function langAttr(lang: string | undefined, fallback: string): string {
  return lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : fallback;
}

const STYLE = `
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; margin: 0 0 0.3em; }
.meta { color: #555; margin: 0 0 1em; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 0.4em 0.5em; vertical-align: top; text-align: left; }
th { background: #eee; }
col.n { width: 3em; } col.text { width: 34%; } col.status { width: 7em; } col.conf { width: 5em; }
td.zh, td.en { white-space: pre-wrap; overflow-wrap: anywhere; }
td.n, td.conf { text-align: right; font-variant-numeric: tabular-nums; }
tr.low td.conf { background: #fde8b0; font-weight: bold; }
tr.confirmed td.status { color: #1a6b1a; }
td.notes ul { margin: 0; padding-left: 1.1em; }
.cat { font-size: 0.8em; text-transform: uppercase; color: #666; margin-right: 0.3em; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th, tr.low td.conf { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function notesCell(notes: readonly TranslationNote[] | undefined): string {
  if (!notes || notes.length === 0) return '';
  const items = notes.map((n) => {
    const side = n.appliesTo === 'source' ? ' (中文)' : n.appliesTo === 'target' ? ' (English)' : '';
    return `<li><span class="cat">${escapeHtml(n.category + side)}</span>${escapeHtml(n.text)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** Writes the bilingual table of an article's pairs as one HTML page. */
export function toBilingualHtml(pairs: readonly AlignedPair[], options: BilingualHtmlOptions): string {
  const src = langAttr(options.sourceLang, 'zh');
  const trg = langAttr(options.targetLang, 'en');
  const low = options.lowConfidence ?? 0.5;
  const meta = [options.source, options.published ? `Published ${options.published}` : null, options.exported ? `Exported ${options.exported}` : null]
    .filter((x): x is string => !!x)
    .map(escapeHtml)
    .join(' · ');
  const rows = pairs.map((p, i) => {
    const classes = ['pair', p.status, p.confidence < low ? 'low' : ''].filter(Boolean).join(' ');
    const status = [p.status, p.targetStatus].filter(Boolean).map((s) => escapeHtml(String(s))).join('<br/>');
    const confidence = Number.isFinite(p.confidence) ? `${Math.round(p.confidence * 100)}%` : '';
    return (
      `<tr class="${escapeHtml(classes)}" id="pair-${i + 1}">` +
      `<td class="n">${i + 1}</td>` +
      `<td class="zh" lang="${escapeHtml(src)}">${escapeHtml(p.zhText)}</td>` +
      `<td class="en" lang="${escapeHtml(trg)}">${escapeHtml(p.enText)}</td>` +
      `<td class="status">${status}</td>` +
      `<td class="conf">${confidence}</td>` +
      `<td class="notes">${notesCell(p.notes)}</td>` +
      `</tr>`
    );
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(src)}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="generator" content="Glossa"/>',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(options.title)}</h1>`,
    meta ? `<p class="meta">${meta}</p>` : '',
    '<table>',
    '<colgroup><col class="n"/><col class="text"/><col class="text"/><col class="status"/><col class="conf"/><col class="notes"/></colgroup>',
    '<thead><tr><th scope="col">#</th><th scope="col">中文</th><th scope="col">English</th><th scope="col">Status</th><th scope="col">Confidence</th><th scope="col">Notes</th></tr></thead>',
    `<tbody>`,
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((l, i, all) => l !== '' || i === all.length - 1)
    .join('\n');
}
