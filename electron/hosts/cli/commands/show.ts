/** `glossa show ID`: an article's metadata, revisions and entities (wiki-link targets with counts). */
import { GlossaError } from '../../../../shared/ipc/errors';
import { UsageError, parseId, type CliCommand } from '../command';
import { table } from '../format';

export const showCommand: CliCommand = {
  name: 'show',
  usage: 'show ID [--json] [--revision N]',
  summary: "show an article's metadata and entities",
  details: ['  --json         one JSON object: the summary plus revision, revisions, entities and warnings', '  --revision N   show revision N of the article instead of the current one'].join('\n'),
  options: { json: { type: 'boolean' }, revision: { type: 'string' } },
  async run({ args, options, io, services: open }) {
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`show takes one ID (got also "${args[1]}")`);
    const revisionId = typeof options.revision === 'string' ? parseId(options.revision, '--revision') : undefined;
    const services = open();
    const summary = services.articles.summary(id);
    if (!summary) throw new GlossaError('NOT_FOUND', `There is no article #${id}; run "glossa list" to see the articles.`);
    const revision = services.articles.revisionOf(id, revisionId);
    const entities = services.articles.entities(revision.id);
    const revisions = services.articles.revisions(id);
    if (options.json) {
      const value = {
        ...summary,
        revision: { id: revision.id, kind: revision.kind, createdAt: revision.createdAt, contentHash: revision.contentHash, meta: revision.meta },
        revisions,
        entities,
        warnings: revision.warnings,
      };
      io.stdout.write(`${JSON.stringify(value)}\n`);
      return 0;
    }
    const meta = revision.meta;
    io.stdout.write(
      [
        `#${id}  ${meta.title}`,
        table([
          ['author', meta.author ?? '-'],
          ['published', meta.published ?? '-'],
          ['source', meta.source ?? '-'],
          ['language', meta.lang],
          ['imported', summary.importedAt],
          ['revision', `#${revision.id} (${revision.kind}, ${revision.createdAt})${revision.id === summary.revisionId ? ', current' : ''}; ${revisions.length} in all`],
          // The ids --revision takes, oldest first.
          ...(revisions.length > 1 ? [['revisions', revisions.map((r) => `#${r.id} (${r.kind}, ${r.createdAt})`).join(', ')]] : []),
          ['wiki-links', `${revision.wikiLinkCount} occurrences, ${revision.wikiTargetCount} targets`],
        ]).trimEnd(),
        '',
        'Entities:',
        entities.length
          ? table(entities.map((e) => [String(e.count).padStart(5), `${e.lang}:${e.target}${e.variants ? ` (also ${e.variants.join(', ')})` : ''}`])).trimEnd()
          : '  (none)',
        ...(revision.warnings.length ? ['', 'Warnings:', ...revision.warnings.map((w) => `  ${w}`)] : []),
        '',
      ].join('\n'),
    );
    return 0;
  },
};
