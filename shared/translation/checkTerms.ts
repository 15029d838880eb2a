/**
 * The glossary check of a translation pair: a glossary term found in the Chinese sentence must have its English in
 * the English sentence.
 *
 * Decisions:
 * - Chinese terms are found leftmost-longest, so 美国国务卿 is checked as itself and not also as 美国.
 * - A term shorter than four characters counts only where its ends fall on word boundaries (`Intl.Segmenter`), so
 *   国家 inside 国家安全顾问 or 以色列 inside 以色列人 (an "Israeli") does not demand "country" or "Israel".
 * - English matching ignores case and white-space/hyphen differences, and accepts the simple inflections a sentence
 *   forces on a term: plural -s/-es, -y -> -ies, possessive 's / s' (curly or straight apostrophe). A capitalised
 *   name also accepts the endings of its adjective and people (Israel -> Israeli, America -> American, Egypt ->
 *   Egyptian, Qatar -> Qatari), since 以色列军队 is "Israeli forces". Irregular ones (China -> Chinese) need their
 *   own glossary entry.
 * - Several glossary entries for the same Chinese term are alternatives: any one of their English forms will do.
 * - Chinese is matched across scripts: the glossary is one for every article, so a term entered or seeded in simplified
 *   characters (立法会) is found in a traditional article (立法會) and the other way round, and 立法會 / 立法会 entries
 *   are alternatives of one term (see shared/text/scriptFold.ts; same offsets, so spans point into the original).
 */
import type { CheckFinding, GlossaryTerm } from '../model/translation';
import { foldToSimplified } from '../text/scriptFold';

interface CompiledTerm {
  zh: string;
  /** `zh` folded to simplified characters, as it is searched for. */
  key: string;
  en: string[];
  patterns: RegExp[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive pattern for an English term that tolerates plural and possessive endings. */
export function englishTermPattern(term: string): RegExp {
  const words = term.trim().split(/[\s\u00a0-]+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return /(?!)/;
  const last = words[words.length - 1];
  const lastForms = /[^aeiou]y$/i.test(last) ? `(?:${last}|${last.slice(0, -1)}ies)` : last;
  const head = words.slice(0, -1).map((w) => `${w}[\\s\\u00a0-]+`).join('');
  // A proper name also stands for its adjective or people: 以色列军队 -> "Israeli forces", 美国技术 -> "American".
  const demonym = /^\p{Lu}[\p{Ll}]+$/u.test(words[words.length - 1]) && words.every((w) => /^\p{Lu}/u.test(w)) ? '(?:n|an|ian|i)?' : '';
  const tail = `${demonym}(?:s|es)?(?:['’]s?)?`;
  const start = /^[\p{L}\p{N}]/u.test(term.trim()) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(term.trim()) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${head}${lastForms}${tail}${end}`, 'iu');
}

/** Compiles a glossary for repeated checking: terms grouped by Chinese, longest first. */
export function compileGlossary(glossary: readonly GlossaryTerm[]): CompiledTerm[] {
  const byZh = new Map<string, CompiledTerm>();
  for (const t of glossary) {
    const zh = t.zh.trim();
    const en = t.en.trim();
    if (!zh || !en) continue;
    const key = foldToSimplified(zh);
    let c = byZh.get(key);
    if (!c) {
      c = { zh, key, en: [], patterns: [] };
      byZh.set(key, c);
    }
    if (!c.en.includes(en)) {
      c.en.push(en);
      c.patterns.push(englishTermPattern(en));
    }
  }
  return [...byZh.values()].sort((a, b) => b.zh.length - a.zh.length);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function wordBoundaries(text: string): Set<number> {
  const cuts = new Set<number>([0, text.length]);
  for (const s of segmenter.segment(text)) {
    cuts.add(s.index);
    cuts.add(s.index + s.segment.length);
  }
  return cuts;
}

/** Leftmost-longest occurrences of the glossary's Chinese terms that stand as words. */
function occurrences(zh: string, terms: readonly CompiledTerm[]): { term: CompiledTerm; start: number; end: number }[] {
  const taken = new Uint8Array(zh.length);
  let cuts: Set<number> | null = null;
  const found: { term: CompiledTerm; start: number; end: number }[] = [];
  const folded = foldToSimplified(zh);
  for (const term of terms) {
    for (let at = folded.indexOf(term.key); at >= 0; at = folded.indexOf(term.key, at + 1)) {
      const end = at + term.key.length;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      if (term.key.length < 4) {
        cuts ??= wordBoundaries(zh);
        if (!cuts.has(at) || !cuts.has(end)) continue;
      }
      taken.fill(1, at, end);
      found.push({ term, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The term findings of one pair: one per glossary term whose English is missing. */
export function checkTerms(zh: string, en: string, pairIndex: number, terms: readonly CompiledTerm[]): CheckFinding[] {
  if (terms.length === 0 || !en.trim()) return [];
  const findings: CheckFinding[] = [];
  const reported = new Set<string>();
  for (const { term, start, end } of occurrences(zh, terms)) {
    if (reported.has(term.key)) continue;
    if (term.patterns.some((p) => p.test(en))) continue;
    reported.add(term.key);
    const wanted = term.en.map((e) => `"${e}"`).join(' or ');
    findings.push({ kind: 'term', zh, en, pairIndex, zhSpan: { start, end }, detail: `${zh.slice(start, end)} should be translated as ${wanted}, which the English does not contain` });
  }
  return findings;
}
