/** `glossa search TEXT`: full-text search of the library, each article with its number of hits and the first in context. */
import { UsageError, stringOption, type CliCommand } from '../command';

const DEFAULT_LIMIT = 50;

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search TEXT... [--json] [--limit N]',
  summary: 'find the articles whose title or text contains TEXT',
  details: [
    '  TEXT           the phrase to find (several words are one phrase); case is ignored',
    '  --json         one JSON object per article per line: id, revisionId, title, published, count (occurrences in',
    '                 the text) and matches (the first three: start and end offsets in the canonical text, with',
    '                 before/match/after context)',
    `  --limit N      at most N articles (default ${DEFAULT_LIMIT})`,
  ].join('\n'),
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  async run({ args, options, io, services }) {
    const query = args.join(' ').trim();
    if (query.length === 0) throw new UsageError('search needs the text to find, e.g. glossa search 3000 万美元');
    const limitText = stringOption(options, 'limit');
    const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
    const hits = services().articles.searchText(query, limit);
    if (options.json) {
      for (const hit of hits) io.stdout.write(`${JSON.stringify(hit)}\n`);
      return 0;
    }
    if (hits.length === 0) {
      io.stderr.write(`No article contains "${query}".\n`);
      return 0;
    }
    for (const hit of hits) {
      const where = hit.count === 0 ? 'in the title' : `${hit.count} ${hit.count === 1 ? 'hit' : 'hits'}`;
      io.stdout.write(`#${hit.id}  ${hit.title}  (${where}${hit.published ? `, ${hit.published.slice(0, 10)}` : ''})\n`);
      for (const m of hit.matches) io.stdout.write(`    …${oneLine(m.before)}[${oneLine(m.match)}]${oneLine(m.after)}…  @${m.start}\n`);
    }
    return 0;
  },
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
