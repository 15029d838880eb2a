/**
 * `glossa import PATH...`: imports files and folders (recursively). A file that cannot be imported is named on stderr
 * with the reason and the others still import; the exit code is 1 if any failed.
 */
import type { ImportOutcome } from '../../../services/importService';
import type { GlossaServices } from '../../../services/services';
import { UsageError, type CliCommand } from '../command';

/** The `--json` line of one imported article (field order is part of the interface). */
export interface ImportJsonLine {
  id: number;
  title: string;
  author: string | null;
  published: string | null;
  source: string | null;
  lang: string;
  wikiLinks: number;
  wikiTargets: number;
  status: 'imported' | 'unchanged' | 'revised';
}

function jsonLine(services: GlossaServices, outcome: ImportOutcome): ImportJsonLine | null {
  if (outcome.status === 'failed' || outcome.articleId === null || outcome.revisionId === null) return null;
  // Metadata and counts only: reading the whole revision back (document, text) was a sixth of a large import's time.
  const revision = services.articles.revisionFacts(outcome.revisionId);
  if (!revision) return null;
  const { title, author, published, source, lang } = revision.meta;
  return {
    id: outcome.articleId,
    title,
    author,
    published,
    source,
    lang,
    wikiLinks: revision.wikiLinkCount,
    wikiTargets: revision.wikiTargetCount,
    status: outcome.status,
  };
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import PATH... [--json]',
  summary: 'import Markdown articles from files and folders (folders recursively: .md, .markdown, .txt)',
  details: [
    'Importing the same file again changes nothing (unchanged); a changed version of an article (same source link,',
    'or without one the same file name and title) is added as a new revision (revised).',
    '',
    '  --json   one JSON object per article per line:',
    '           {"id","title","author","published","source","lang","wikiLinks","wikiTargets","status"}',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  async run({ args, options, io, services: open }) {
    if (args.length === 0) throw new UsageError('name at least one file or folder to import');
    const services = open();
    let failures = 0;
    await services.imports.run(services.imports.sources({ paths: args }), {
      onResult: (outcome) => {
        for (const warning of outcome.warnings) io.stderr.write(`glossa: warning: ${outcome.file}: ${warning}\n`);
        const line = jsonLine(services, outcome);
        if (!line) {
          failures++;
          io.stderr.write(`glossa: cannot import ${outcome.file}: ${outcome.error?.message ?? 'unknown error'} [${outcome.error?.code ?? 'INTERNAL'}]\n`);
          return;
        }
        if (options.json) io.stdout.write(`${JSON.stringify(line)}\n`);
        else io.stdout.write(`${line.status.padEnd(9)} #${line.id}  ${line.title}  (${line.wikiLinks} wiki-links, ${line.wikiTargets} targets)  ${outcome.file}\n`);
      },
    });
    return failures > 0 ? 1 : 0;
  },
};
