/**
 * The translation checks the checks panel and `glossa check` show: each finding points at its pair and says in words
 * what disagrees. Six kinds:
 * - `number`: figures and dates that disagree after normalisation (`checkNumbers.ts`);
 * - `term`: a glossary term whose English is missing (`checkTerms.ts`), or a name the English renders two ways in one
 *   article (`checkNames.ts`);
 * - `untranslated`: an empty English side, or Chinese left in the English;
 * - `same-as-source`: an English side identical to a Chinese one that has Han characters (copied, not translated);
 * - `brackets`: brackets or quotes unbalanced in the English, or a different number of them (`checkBrackets.ts`);
 * - `negation`: one side clearly negates and the other has no word of negation (`checkNegation.ts`).
 *
 * A pair with an empty Chinese side (an English addition, a caption or a translator's note) is not checked: it has
 * nothing to compare its figures, terms or brackets with. A pair with an empty English side only reports
 * `untranslated`.
 */
import { CHECK_KINDS } from '../model/translation';
import type { CheckFinding, CheckKind, GlossaryTerm } from '../model/translation';
import { checkBrackets } from './checkBrackets';
import { checkNameRenderings } from './checkNames';
import { checkNegation } from './checkNegation';
import { checkNumbers } from './checkNumbers';
import { checkTerms, compileGlossary } from './checkTerms';

/** What the checks need beside the pairs. */
export interface CheckOptions {
  glossary: readonly GlossaryTerm[];
  /** The article's publication date, which anchors relative dates (周三 = "Wednesday" of that week). */
  published?: string | null;
  /** Run only these kinds (default all). */
  kinds?: readonly CheckKind[];
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Runs every check on every pair; findings come in pair order, then in the order of the kinds above. */
export function checkPairs(pairs: readonly { zh: string; en: string }[], options: CheckOptions): CheckFinding[] {
  const kinds = new Set<CheckKind>(options.kinds ?? CHECK_KINDS);
  const glossary = kinds.has('term') ? compileGlossary(options.glossary) : [];
  const findings: CheckFinding[] = [];
  const names = kinds.has('term') ? checkNameRenderings(pairs) : [];
  pairs.forEach(({ zh, en }, pairIndex) => {
    const hasZh = zh.trim().length > 0;
    const hasEn = en.trim().length > 0;
    if (!hasZh && !hasEn) return;
    if (hasZh && !hasEn) {
      if (kinds.has('untranslated')) findings.push({ kind: 'untranslated', zh, en, pairIndex, detail: 'The Chinese has no English translation' });
      return;
    }
    const same = hasZh && HAN.test(zh) && compact(zh) === compact(en);
    if (same) {
      if (kinds.has('same-as-source')) findings.push({ kind: 'same-as-source', zh, en, pairIndex, detail: 'The English is identical to the Chinese: it was copied, not translated' });
      return;
    }
    // English with no Chinese (a sentence the translator added, or one the alignment left alone) has nothing to
    // compare its numbers and brackets with: every one of them would be flagged.
    if (!hasZh) return;
    if (kinds.has('number')) findings.push(...checkNumbers(zh, en, pairIndex, options.published));
    if (kinds.has('term')) findings.push(...checkTerms(zh, en, pairIndex, glossary), ...names.filter((f) => f.pairIndex === pairIndex));
    if (kinds.has('untranslated')) {
      const left = [...en.matchAll(HAN_RUN)];
      if (left.length > 0) {
        const first = left[0];
        const shown = left.map((m) => m[0]).join('、');
        findings.push({
          kind: 'untranslated',
          zh,
          en,
          pairIndex,
          detail: `The English still contains Chinese: ${shown}`,
          enSpan: { start: first.index, end: first.index + first[0].length },
        });
      }
    }
    if (kinds.has('brackets')) findings.push(...checkBrackets(zh, en, pairIndex));
    if (kinds.has('negation')) findings.push(...checkNegation(zh, en, pairIndex));
  });
  return findings;
}
