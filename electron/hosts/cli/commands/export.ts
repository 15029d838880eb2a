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
import { checkOutPath, emit } from '../outFile';
import { warnIfAlignmentStale } from './staleAlignment';

const FORMATS: readonly ExportFormat[] = ['md', 'html', 'json'];
/** Formats whose bytes would garble a terminal. */
const BINARY_FORMATS: ReadonlySet<string> = new Set(['report-pdf', 'docx']);

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
    '  --out, -o      write to FILE instead of standard output (its folder must exist; the file is written whole or not at all)',
    '  --revision N   export revision N instead of the current one (md, html and json)',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, revision: { type: 'string' } },
  async run({ args, options, io, services }) {
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`export takes one ID (got also "${args[1]}")`);
    const format = stringOption(options, 'format') ?? 'md';
    const out = stringOption(options, 'out');
    const revisionOption = stringOption(options, 'revision');
    const articleFormat = FORMATS.includes(format as ExportFormat);
    if (!articleFormat && !isAnnotationFormat(format) && !TRANSLATION_EXPORT_FORMATS.includes(format as TranslationExportFormat)) {
      throw new UsageError(`--format must be md, html, json, report-html, report-pdf, report-md, claims-csv, jsonld, claimreview, tmx, xliff, xliff12, tbx, bilingual-html, tsv or docx, not "${format}"`);
    }
    // Reports and translations are of the current revision (the one the annotations and the alignment are on).
    if (revisionOption !== undefined && !articleFormat) throw new UsageError(`--revision is for md, html and json; ${format} is made from the current revision`);
    const revisionId = revisionOption !== undefined ? parseId(revisionOption, '--revision') : undefined;
    // Checked before any work, so a wrong path fails at once (not after a PDF is rendered) and nothing is half-written.
    if (out !== undefined) {
      const file = checkOutPath(out);
      // Renaming an export over the open database (or its write-ahead log) would destroy the library.
      const dbFile = fs.realpathSync(services().db.name);
      if ([dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`].includes(file)) throw new UsageError(`--out ${out} is Glossa's database; choose another file`);
    } else if (BINARY_FORMATS.has(format) && (io.stdout as { isTTY?: boolean }).isTTY) {
      throw new UsageError(`${format} is a binary file; write it with --out FILE (or redirect standard output to a file)`);
    }
    if (isAnnotationFormat(format)) return exportAnnotationFormat(id, format, out, io, services());
    if (!articleFormat) return exportTranslation(id, format as TranslationExportFormat, out, io, services());
    const exported = services().exports.exportArticle(id, format as ExportFormat, revisionId);
    emit(exported.bytes, out, io);
    return 0;
  },
};

/** The translation formats: the article's aligned pairs (or the glossary, for tbx) through the translation review service. */
async function exportTranslation(id: number, format: TranslationExportFormat, out: string | undefined, io: CliContext['io'], services: GlossaServices): Promise<number> {
  const exported = await services.translation.review.exportFile(id, format);
  if (format !== 'tbx') warnIfAlignmentStale(id, `the ${format} pairs`, io, services);
  const bytes = exported.encoding === 'base64' ? Buffer.from(exported.content, 'base64') : Buffer.from(exported.content, 'utf8');
  emit(bytes, out, io);
  return 0;
}
