/**
 * `glossa claims ID [--suggest] [--json]`: an article's claims, or (with `--suggest`) the check-worthy spans Glossa
 * finds in its current text. `--suggest --json` prints one JSON array of suggestion objects (`toSuggestionJSON`).
 */
import { UsageError, parseId, type CliCommand } from '../command';
import { table } from '../format';

export const claimsCommand: CliCommand = {
  name: 'claims',
  usage: 'claims ID [--suggest] [--json]',
  summary: "list an article's claims, or suggest check-worthy spans",
  details: [
    '  --suggest      list suggestions (money, counts, percentages, dates, attributed statements) instead of claims',
    '  --json         print one JSON array (suggestions: text, start, end, kind, value, valueMax, currency, unit, per,',
    '                 approx, date; claims: the stored annotation records)',
  ].join('\n'),
  options: { suggest: { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ args, options, io, services: open }) {
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`claims takes one ID (got also "${args[1]}")`);
    const services = open();
    if (options.suggest) {
      const { suggestions } = services.annotations.suggest(id);
      if (options.json) {
        io.stdout.write(`${JSON.stringify(suggestions)}\n`);
        return 0;
      }
      const rows = suggestions.map((s) => [`${s.start}-${s.end}`, s.kind, s.text, describeValue(s)]);
      io.stdout.write(rows.length ? table([['span', 'kind', 'text', 'value'], ...rows]) : 'No suggestions.\n');
      return 0;
    }
    const claims = services.annotations.list(id).annotations.filter((a) => a.claim !== undefined);
    if (options.json) {
      io.stdout.write(`${JSON.stringify(claims)}\n`);
      return 0;
    }
    const rows = claims.map((a) => [
      `${a.target.selectors.position.start}-${a.target.selectors.position.end}`,
      a.claim?.verdict ?? '',
      a.claim?.status ?? '',
      a.anchor.state,
      a.target.selectors.quote.exact,
    ]);
    io.stdout.write(rows.length ? table([['span', 'verdict', 'status', 'anchor', 'claim'], ...rows]) : 'No claims.\n');
    return 0;
  },
};

function describeValue(s: { value: number | null; valueMax: number | null; currency: string | null; unit: string | null; per: string | null; approx: string | null; date: string | null }): string {
  const parts: string[] = [];
  if (s.approx) parts.push(s.approx);
  if (s.value !== null) parts.push(s.valueMax !== null ? `${s.value}-${s.valueMax}` : String(s.value));
  if (s.currency) parts.push(s.currency);
  if (s.unit) parts.push(s.unit);
  if (s.per) parts.push(`per ${s.per}`);
  if (s.date) parts.push(s.date);
  return parts.join(' ');
}
