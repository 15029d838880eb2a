/**
 * `glossa export ID --format FORMAT [--out FILE]`: writes an article, its annotated report or its translation out. `md` of an unedited article is the
 * imported file byte for byte; the bytes go to the file or to stdout unchanged.
 */
import fs from 'node:fs';
import type { ExportFormat } from '../../../services/exportService';
import { TRANSLATION_EXPORT_FORMATS, type TranslationExportFormat } from '../../../services/translationReview';
import type { GlossaServices } from '../../../services/services';
import { exportAnnotationFormat, isAnnotationFormat } from './annotations';
import { UsageError, parseId, stringOption, type CliCommand, type CliContext } from '../command';

const FORMATS: readonly ExportFormat[] = ['md', 'html', 'json'];

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export ID --format md|html|json|report-html|report-pdf|report-md|claims-csv|jsonld|claimreview|tmx|xliff|xliff12|tbx|bilingual-html|tsv|docx [--out FILE] [--revision N]',
  summary: 'export an article (Markdown, HTML, JSON), its annotated report and claims, or its translation',
  details: [
    '  --format, -f   md (the imported file byte for byte, or the edited text), html, or json (default md);',
    '                 annotations: report-html (annotated report), report-pdf (the same as PDF), report-md (the source with',
    '                 footnote markers and a claims appendix), claims-csv, jsonld (W3C Web Annotation; `annotations import`',
    '                 reads it back), claimreview (schema.org ClaimReview for each claim with a verdict);',
    '                 translation: tmx, xliff (2.1), xliff12, tbx (glossary), bilingual-html, tsv (aligned pairs),\n                 docx (the bilingual table as a Word document)',
    '  --out, -o      write to FILE instead of standard output',
    '  --revision N   export revision N instead of the current one',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, revision: { type: 'string' } },
  async run({ args, options, io, services }) {
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`export takes one ID (got also "${args[1]}")`);
    const format = stringOption(options, 'format') ?? 'md';
    if (isAnnotationFormat(format)) return exportAnnotationFormat(id, format, stringOption(options, 'out'), io, services());
    if (TRANSLATION_EXPORT_FORMATS.includes(format as TranslationExportFormat)) return exportTranslation(id, format as TranslationExportFormat, stringOption(options, 'out'), io, services());
    if (!FORMATS.includes(format as ExportFormat)) throw new UsageError(`--format must be md, html, json, report-html, report-pdf, report-md, claims-csv, jsonld, claimreview, tmx, xliff, xliff12, tbx, bilingual-html, tsv or docx, not "${format}"`);
    const revisionId = typeof options.revision === 'string' ? parseId(options.revision, '--revision') : undefined;
    const out = stringOption(options, 'out');
    const exported = services().exports.exportArticle(id, format as ExportFormat, revisionId);
    if (out !== undefined) {
      fs.writeFileSync(out, exported.bytes);
      io.stderr.write(`glossa: wrote ${out} (${exported.bytes.byteLength} bytes)\n`);
    } else {
      io.stdout.write(exported.bytes);
    }
    return 0;
  },
};

/** The translation formats: the article's aligned pairs (or the glossary, for tbx) through the translation review service. */
async function exportTranslation(id: number, format: TranslationExportFormat, out: string | undefined, io: CliContext['io'], services: GlossaServices): Promise<number> {
  const exported = await services.translation.review.exportFile(id, format);
  const bytes = exported.encoding === 'base64' ? Buffer.from(exported.content, 'base64') : Buffer.from(exported.content, 'utf8');
  if (out !== undefined) {
    fs.writeFileSync(out, bytes);
    io.stderr.write(`glossa: wrote ${out} (${bytes.byteLength} bytes)\n`);
  } else {
    io.stdout.write(bytes);
  }
  return 0;
}
