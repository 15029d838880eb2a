/**
 * `glossa export ID --format md|html|json [--out FILE]`: writes an article out. `md` of an unedited article is the
 * imported file byte for byte; the bytes go to the file or to stdout unchanged.
 */
import fs from 'node:fs';
import type { ExportFormat } from '../../../services/exportService';
import { UsageError, parseId, stringOption, type CliCommand } from '../command';

const FORMATS: readonly ExportFormat[] = ['md', 'html', 'json'];

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export ID --format md|html|json [--out FILE] [--revision N]',
  summary: 'export an article as Markdown, a self-contained HTML page, or JSON',
  details: [
    '  --format, -f   md (the imported file byte for byte, or the edited text), html, or json (default md)',
    '  --out, -o      write to FILE instead of standard output',
    '  --revision N   export revision N instead of the current one',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, revision: { type: 'string' } },
  async run({ args, options, io, services }) {
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`export takes one ID (got also "${args[1]}")`);
    const format = stringOption(options, 'format') ?? 'md';
    if (!FORMATS.includes(format as ExportFormat)) throw new UsageError(`--format must be md, html or json, not "${format}"`);
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
