/** `glossa list`: the library, as a table or as JSON lines (one article summary per line). */
import type { ArticleSort } from '../../../services/articleRepository';
import { UsageError, stringOption, type CliCommand } from '../command';
import { table } from '../format';

const SORTS: readonly ArticleSort[] = ['title', 'published', 'importedAt', 'wikiLinks', 'author'];

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--json] [--query TEXT] [--sort KEY]',
  summary: 'list the imported articles',
  details: [
    '  --json         one JSON object per article per line (id, title, author, published, source, lang,',
    '                 wikiLinks, wikiTargets, revisionId, revisions, importedAt)',
    '  --query TEXT   only articles whose title contains TEXT',
    `  --sort KEY     ${SORTS.join(', ')} (default importedAt, newest first)`,
  ].join('\n'),
  options: { json: { type: 'boolean' }, query: { type: 'string' }, sort: { type: 'string' } },
  async run({ args, options, io, services }) {
    if (args.length > 0) throw new UsageError(`list takes no arguments (got "${args[0]}")`);
    const sort = stringOption(options, 'sort');
    if (sort !== undefined && !SORTS.includes(sort as ArticleSort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
    const articles = services().articles.list({ query: stringOption(options, 'query'), sort: sort as ArticleSort | undefined });
    if (options.json) {
      for (const article of articles) io.stdout.write(`${JSON.stringify(article)}\n`);
      return 0;
    }
    if (articles.length === 0) {
      io.stderr.write('No articles. Import some with: glossa import PATH...\n');
      return 0;
    }
    io.stdout.write(
      table([
        ['ID', 'PUBLISHED', 'LINKS', 'AUTHOR', 'TITLE'],
        ...articles.map((a) => [String(a.id), a.published?.slice(0, 10) ?? '-', String(a.wikiLinks), a.author ?? '-', a.title]),
      ]),
    );
    return 0;
  },
};
