/**
 * The bilingual table as a Word document (DOCX), for reviewers and editors who work in a word processor: one table
 * row per aligned pair with the Chinese and the English side by side, the pair's status and the aligner's confidence,
 * and the claims and notes on the pair. Wiki-linked entities in the Chinese are bold, so a reviewer sees which names
 * the glossary governs; low-confidence pairs have a shaded confidence cell. The header row repeats on every page and
 * a row never breaks across pages.
 *
 * Written with the `docx` package (pure JS, no Node API needed), which writes well-formed OOXML and escapes text;
 * characters XML 1.0 cannot hold (control characters) are dropped first, since Word refuses a file that has them.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AlignedPair, TranslationNote } from '../model/translation';
import { characterBoundary, readableText } from './characters';

/** A pair to write, with the wiki-linked stretches of its Chinese text (offsets into `zhText`) to set in bold. */
export interface DocxPair extends AlignedPair {
  zhLinks?: readonly { start: number; end: number }[];
}

/** What the document shows besides the pairs. */
export interface BilingualDocxOptions {
  title: string;
  source?: string | null;
  published?: string | null;
  exported?: string | null;
  /** Pairs below this confidence get a shaded confidence cell (default 0.5, as in the HTML table). */
  lowConfidence?: number;
}

/** Column widths in twentieths of a point, landscape A4 text width (about 25.7 cm). */
const WIDTHS = [600, 5000, 5000, 1300, 2600];
const ZH_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun', cs: 'Calibri' };

/**
 * Text Word can read: the invisible characters XML 1.0 cannot carry (C0 controls other than tab and newline,
 * U+FFFE/FFFF) dropped, an unpaired surrogate (half a character) shown as U+FFFD.
 */
export function xmlSafe(text: string): string {
  return readableText(text);
}

/** Runs of one text, a line break for every newline it holds, `bold` over the given stretches. */
function runs(text: string, options: { zh?: boolean; bold?: readonly { start: number; end: number }[]; size?: number } = {}): TextRun[] {
  // A bold stretch covers whole characters, so an emoji is never cut into two halves Word cannot show.
  const bolds = (options.bold ?? [])
    .filter((b) => b.end > b.start && b.start >= 0 && b.end <= text.length)
    .map((b) => ({ start: characterBoundary(text, b.start, false), end: characterBoundary(text, b.end, true) }));
  const stops = new Set<number>([0, text.length]);
  for (const b of bolds) {
    stops.add(b.start);
    stops.add(b.end);
  }
  const sorted = [...stops].sort((a, b) => a - b);
  const out: TextRun[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const from = sorted[k];
    const to = sorted[k + 1];
    const bold = bolds.some((b) => b.start <= from && b.end >= to);
    xmlSafe(text.slice(from, to))
      .split(/\r\n|\r|\n/)
      .forEach((line, n) => {
        out.push(
          new TextRun({
            text: line,
            ...(bold ? { bold: true } : {}),
            ...(n > 0 ? { break: 1 } : {}),
            ...(options.size ? { size: options.size } : {}),
            ...(options.zh ? { font: ZH_FONT, language: { eastAsia: 'zh-CN' } } : { language: { value: 'en-US' } }),
          }),
        );
      });
  }
  return out;
}

function cell(children: Paragraph[], width: number, shade?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(shade ? { shading: { type: ShadingType.CLEAR, fill: shade, color: 'auto' } } : {}),
  });
}

function notesParagraphs(notes: readonly TranslationNote[] | undefined): Paragraph[] {
  if (!notes || notes.length === 0) return [new Paragraph({})];
  return notes.map((n) => {
    const side = n.appliesTo === 'source' ? ' (中文)' : n.appliesTo === 'target' ? ' (English)' : '';
    return new Paragraph({ children: [new TextRun({ text: xmlSafe(`${n.category}${side}: `), bold: true, size: 18 }), ...runs(n.text, { size: 18 })] });
  });
}

/** Writes the bilingual table of an article's pairs as DOCX bytes. */
export async function toBilingualDocx(pairs: readonly DocxPair[], options: BilingualDocxOptions): Promise<Uint8Array> {
  const low = options.lowConfidence ?? 0.5;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['#', '中文', 'English', 'Status', 'Notes'].map((h, k) =>
      cell([new Paragraph({ children: [new TextRun({ text: h, bold: true })] })], WIDTHS[k], 'E8E8E8'),
    ),
  });
  const rows = pairs.map((p, i) => {
    const confidence = Number.isFinite(p.confidence) ? `${Math.round(p.confidence * 100)}%` : '';
    const status = [p.status, p.targetStatus].filter((x): x is NonNullable<typeof x> => !!x).join(' · ');
    return new TableRow({
      cantSplit: true,
      children: [
        cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(String(i + 1))] })], WIDTHS[0]),
        cell([new Paragraph({ children: runs(p.zhText, { zh: true, bold: p.zhLinks }) })], WIDTHS[1]),
        cell([new Paragraph({ children: runs(p.enText) })], WIDTHS[2]),
        cell(
          [new Paragraph({ children: [new TextRun(status)] }), new Paragraph({ children: [new TextRun({ text: confidence, bold: p.confidence < low })] })],
          WIDTHS[3],
          p.confidence < low && p.status !== 'confirmed' ? 'FDE8B0' : undefined,
        ),
        cell(notesParagraphs(p.notes), WIDTHS[4]),
      ],
    });
  });
  const meta = [options.source, options.published ? `Published ${options.published}` : null, options.exported ? `Exported ${options.exported}` : null]
    .filter((x): x is string => !!x)
    .join(' · ');
  const doc = new Document({
    creator: 'Glossa',
    title: xmlSafe(options.title),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(options.title, { zh: true }) }),
          ...(meta ? [new Paragraph({ children: runs(meta, { size: 18 }) })] : []),
          new Table({ rows: [header, ...rows], layout: TableLayoutType.FIXED, columnWidths: WIDTHS, width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
