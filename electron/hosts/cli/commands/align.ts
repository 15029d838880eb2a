/**
 * `glossa align ID --en FILE [--json]`: attaches FILE as the article's English side (the previous one is kept as a
 * revision), aligns it with the Chinese and stores the alignment; prints the pairs.
 * `glossa align --zh FILE --en FILE --presegmented --json`: aligns two one-sentence-per-line files without a
 * database and prints 0-based line indices, the format sentence-alignment research scores against gold alignments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { alignPresegmented } from '../../../../shared/align/align';
import { GlossaError } from '../../../../shared/ipc/errors';
import { cedictDictionary } from '../../../services/dictionary';
import { UsageError, parseId, stringOption, type CliCommand } from '../command';

function readFile(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new GlossaError('UNREADABLE', `Cannot read the ${what} file ${file} (${why}); check the path.`);
  }
}

function lines(buffer: Buffer): string[] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const out = text.split(/\r?\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return [...flat].length > width ? `${[...flat].slice(0, width - 1).join('')}…` : flat;
}

export const alignCommand: CliCommand = {
  name: 'align',
  usage: 'align ID --en FILE [--json] | align --zh FILE --en FILE --presegmented --json',
  summary: "attach an English text to an article and align it sentence by sentence (or align two sentence-per-line files)",
  details: [
    '  --en FILE        the English text (Markdown, or plain text for .txt); attaching again replaces it, keeping the old one as a revision',
    '  --json           print the pairs as a JSON array of {"zh","en","confidence"} (sentence texts, markup removed)',
    '  --zh FILE        with --presegmented: the Chinese file, one sentence per line',
    '  --presegmented   align two one-sentence-per-line files (no database); prints [{"zh":[i...],"en":[j...],"confidence"}] with 0-based line numbers',
  ].join('\n'),
  options: { en: { type: 'string' }, zh: { type: 'string' }, json: { type: 'boolean' }, presegmented: { type: 'boolean' } },
  async run({ args, options, io, services }) {
    const enFile = stringOption(options, 'en');
    if (!enFile) throw new UsageError('--en FILE is required');
    if (options.presegmented) {
      const zhFile = stringOption(options, 'zh');
      if (!zhFile) throw new UsageError('--presegmented needs --zh FILE');
      if (args.length > 0) throw new UsageError('--presegmented aligns files and takes no article ID');
      const zh = lines(readFile(zhFile, 'Chinese'));
      const en = lines(readFile(enFile, 'English'));
      const dictionary = cedictDictionary();
      const beads = alignPresegmented(zh, en, dictionary ? { dictionary } : {});
      const out = beads.map((b) => ({ zh: b.zh, en: b.en, confidence: b.confidence }));
      if (options.json) io.stdout.write(`${JSON.stringify(out)}\n`);
      else for (const b of out) io.stdout.write(`${b.zh.join(',') || '-'}\t${b.en.join(',') || '-'}\t${b.confidence.toFixed(3)}\n`);
      return 0;
    }
    if (stringOption(options, 'zh')) throw new UsageError('--zh FILE is only for --presegmented; for an article give its ID');
    const id = parseId(args[0], 'article ID');
    if (args.length > 1) throw new UsageError(`align takes one ID (got also "${args[1]}")`);
    const bytes = readFile(enFile, 'English');
    const ws = services().translation.workspace.attachEnglish(id, { kind: 'file', name: path.basename(enFile), dataBase64: bytes.toString('base64') });
    const pairs = ws.pairs.map((p) => ({ zh: p.zhText, en: p.enText, confidence: p.confidence }));
    // Replacing the English carries confirmed pairs and typed targets over; what could not follow is said, not dropped.
    if (ws.carry) {
      const c = ws.carry;
      io.stderr.write(`glossa: the English was replaced: ${c.carried} confirmed pairs and ${c.targetsCarried} targets carried over, ${c.lost.length} could not be\n`);
      for (const l of c.lost) {
        io.stderr.write(`glossa:   not carried (${l.reason}): ${clip(l.zhText, 30) || '-'} | ${clip(l.enText, 60) || '-'}${l.target !== null ? ` | target: ${l.target}` : ''}\n`);
      }
      // Carried though their text changed (found by similarity, not equality): still confirmed, so say which to re-read.
      for (const e of c.edited) {
        io.stderr.write(`glossa:   carried, text changed, check it: pair ${e.pair + 1}: ${clip(e.zhText, 30) || '-'} | ${clip(e.enText, 60) || '-'}\n`);
      }
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify(pairs)}\n`);
      return 0;
    }
    pairs.forEach((p, i) => io.stdout.write(`${String(i + 1).padStart(4)}  ${p.confidence.toFixed(2)}  ${clip(p.zh, 30) || '-'}  |  ${clip(p.en, 60) || '-'}\n`));
    io.stderr.write(`glossa: ${pairs.length} pairs stored for article #${id} (${ws.zhSentences.length} Chinese, ${ws.enSentences.length} English sentences)\n`);
    return 0;
  },
};
