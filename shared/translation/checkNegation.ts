/**
 * The negation check of a translation pair: one side negates (没有, 并未, 不会, "did not", "never") and the other
 * has no word of negation at all, so the translation may say the opposite of the original (从未见过 rendered "have
 * seen"). Precise rather than complete: a finding only when the negated side's negation is clear (not 不仅 "not
 * only", 无论 "no matter", 非常 "very", 不断 "continually", a double negation such as 不得不 or "not without", or an
 * A-不-A question) and the other side has no negative word a translator could have used for it (不满 for
 * "dissatisfied", "refused", "unable", "lack"). Questions are left alone: a rhetorical question (难道不…吗, "isn't
 * it…?") affirms what it seems to deny.
 */
import type { CheckFinding } from '../model/translation';
import { readEnNegation, readZhNegation } from './negationCues';

/** A question in either language, where negation and affirmation trade places too freely to compare. */
const QUESTION = /[?？]|[吗嗎][\s。！!]*$|难道|難道/u;

const REVERSED = 'check that the meaning was not reversed';

/** The negation finding of one pair, or none. */
export function checkNegation(zh: string, en: string, pairIndex: number): CheckFinding[] {
  if (!zh.trim() || !en.trim() || QUESTION.test(zh) || QUESTION.test(en)) return [];
  const z = readZhNegation(zh);
  const e = readEnNegation(en);
  const base = { kind: 'negation' as const, zh, en, pairIndex };
  if (z.clear && !e.cue) {
    const detail = `The Chinese says ${z.clear.text} (${z.clear.gloss}) but the English has no negation: ${REVERSED}`;
    return [{ ...base, detail, zhSpan: { start: z.clear.start, end: z.clear.end } }];
  }
  if (e.clear && !z.cue) {
    const detail = `The English says "${e.clear.text}" but the Chinese has no negation (不, 没有, 未…): ${REVERSED}`;
    return [{ ...base, detail, enSpan: { start: e.clear.start, end: e.clear.end } }];
  }
  return [];
}
