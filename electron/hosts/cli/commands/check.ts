/** `glossa check ID [--json]`: the translation checks over an article's aligned pairs (numbers, terms, untranslated...). */
import { UsageError, parseId, type CliCommand } from '../command';
import { CHECK_KINDS } from '../../../../shared/model/translation';
import { warnIfAlignmentStale } from './staleAlignment';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check ID [--json]',
  summary: "check an article's translation: numbers, glossary terms, untranslated or copied segments, brackets, negation",
  details: `  --json   print [{"kind","zh","en","detail"}], kind one of ${CHECK_KINDS.join(', ')}`,
  options: { json: { type: 'boolean' } },
  async run({ args, options, io, services }) {
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`check takes one ID (got also "${args[1]}")`);
    const findings = services().translation.review.checks(id);
    warnIfAlignmentStale(id, 'these findings', io, services());
    if (options.json) {
      io.stdout.write(`${JSON.stringify(findings.map((f) => ({ kind: f.kind, zh: f.zh, en: f.en, detail: f.detail, pair: f.pairIndex })))}\n`);
      return 0;
    }
    for (const f of findings) io.stdout.write(`pair ${f.pairIndex + 1}  ${f.kind}: ${f.detail}\n  zh: ${f.zh}\n  en: ${f.en || '-'}\n`);
    io.stderr.write(`glossa: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`);
    return 0;
  },
};
