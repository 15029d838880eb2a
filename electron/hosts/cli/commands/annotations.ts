/**
 * `glossa annotations import ID FILE.jsonld`: reads W3C Web Annotation JSON-LD (Glossa's own `jsonld` export or
 * another tool's) into an article and re-anchors it against the current text; `glossa annotations list ID [--json]`.
 */
import fs from 'node:fs';
import { GlossaError } from '../../../../shared/ipc/errors';
import { REPORT_FORMATS, exportAnnotationReport, type ReportFormat } from '../../../services/annotationReports';
import type { GlossaServices } from '../../../services/services';
import { UsageError, parseId, type CliCommand, type CliContext } from '../command';
import { table } from '../format';
import { emit } from '../outFile';

export const annotationsCommand: CliCommand = {
  name: 'annotations',
  usage: 'annotations import ID FILE.jsonld | annotations list ID [--json]',
  summary: 'import W3C Web Annotation JSON-LD into an article, or list its annotations',
  details: ['  import ID FILE   import and re-anchor; prints counts (anchored, moved, orphaned; re-anchored: not where the file put them)', '  list ID          the live annotations; --json prints the records'].join('\n'),
  options: { json: { type: 'boolean' } },
  async run({ args, options, io, services: open }) {
    const [sub, idArg, file, extra] = args;
    if (sub === 'import') {
      const id = parseId(idArg, 'article ID');
      if (file === undefined) throw new UsageError('missing FILE.jsonld');
      if (extra !== undefined) throw new UsageError(`annotations import takes one file (got also "${extra}")`);
      let json: string;
      try {
        json = fs.readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new GlossaError('UNREADABLE', `${file} does not exist; check the path of the JSON-LD file.`);
        if (code === 'EISDIR') throw new GlossaError('BAD_INPUT', `${file} is a folder; give the JSON-LD file itself (glossa export ID --format jsonld writes one).`);
        const why = error instanceof Error ? error.message : String(error);
        throw new GlossaError('UNREADABLE', `Cannot read ${file} (${why}); check the file and its permissions.`);
      }
      const result = open().annotations.importJsonLd(id, json);
      if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
      else io.stdout.write(`imported ${result.imported} annotations: ${result.anchored} anchored, ${result.moved} moved, ${result.orphaned} orphaned${reanchoredNote(result.reanchored)}\n`);
      return 0;
    }
    if (sub === 'list') {
      const id = parseId(idArg, 'article ID');
      if (file !== undefined) throw new UsageError(`annotations list takes one ID (got also "${file}")`);
      const list = open().annotations.list(id).annotations;
      if (options.json) {
        io.stdout.write(`${JSON.stringify(list)}\n`);
        return 0;
      }
      const rows = list.map((a) => [a.id.slice(0, 8), a.motivation, a.anchor.state, `${a.target.selectors.position.start}-${a.target.selectors.position.end}`, a.target.selectors.quote.exact]);
      io.stdout.write(rows.length ? table([['id', 'motivation', 'anchor', 'span', 'quote'], ...rows]) : 'No annotations.\n');
      return 0;
    }
    throw new UsageError(sub === undefined ? 'missing subcommand: import or list' : `unknown subcommand "${sub}": use import or list`);
  },
};

/** Says how many imported annotations were not where the file put them in this article's text; nothing when none. */
function reanchoredNote(reanchored: number): string {
  if (reanchored === 0) return '';
  const one = reanchored === 1;
  return ` (${reanchored} ${one ? 'was' : 'were'} not where the file put ${one ? 'it' : 'them'} in this article's text and ${one ? 'was' : 'were'} re-anchored)`;
}

/**
 * The annotation formats of `glossa export` (report-html, report-pdf, report-md, claims-csv, jsonld, claimreview):
 * `export.ts` hands them here. PDF is rendered by Chromium (`GLOSSA_CHROMIUM` or /usr/bin/chromium).
 */
export async function exportAnnotationFormat(id: number, format: ReportFormat, out: string | undefined, io: CliContext['io'], services: GlossaServices): Promise<number> {
  const report = await exportAnnotationReport(services, id, format);
  emit(report.bytes, out, io);
  return 0;
}

/** True for the formats `exportAnnotationFormat` writes. */
export function isAnnotationFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}
