/**
 * A bare figure with a stated bound that stands as a toll in its sentence — "more than 240 were taken hostage", "The
 * death toll rose to more than 240", 死亡人数升至逾240, 其中超过240被劫持 — is a count of people or things, though no
 * noun follows it. The writer left the noun out because the sentence says what was counted; the bound (more than, at
 * least, 逾, 至少) says the writer is giving a tally. Read as a count (unit null, the bound kept), it is suggested as
 * one, where a bare number would not be (`isCheckworthy` in suggest.ts).
 *
 * The rule: a whole number of 2 or more, with a bound or an "about" word and nothing counted or measured after it, in
 * one of these places (each says what was counted, so a small toll, "at least five were killed", is one too; "at least
 * one" is left out, as "one" is as often a pronoun):
 * - the subject of a plural verb, at the start of its clause: "More than 240 were taken hostage", "and at least 110
 *   have died", "police said over 100 were killed", 逾240被劫持, 至少110死亡 (a Chinese verb of what befell people);
 *   not "people over 65 were hit hardest" or "children under 12 are eligible", where the figure follows a noun it
 *   qualifies (an age, a threshold);
 * - after a tally named in the clause: "the death toll rose to more than 240", "the number of dead stood at at least
 *   110", 死亡人数已超过240, 遇难者至少110; not "temperatures rose to more than 40";
 * - the object of a verb of killing, taking or freeing: "the attack killed more than 240", "released at least 110".
 * Elsewhere a bounded bare number stays a number and is not suggested ("scored more than 20 in the final", "a score of
 * more than 700", "see more than 240 on page 12"); "more than 3 times" and "more than 240 pages" are counted by their
 * nouns, and "more than once" has no numeral.
 */
import type { Reading } from './amountReading';

const EN_CLAUSE_START_BEFORE =
  /(?:\n\s*|[.!?;:,(“"—–]\s*|\b(?:and|but|while|whereas|with|including|where|when|as|after|although|though|yet|said|say|says|reported|estimated|that|whom|which)\s+)$/i;
const EN_PLURAL_VERB_AFTER =
  /^\s+(?:of\s+(?:them|whom|those)\s+)?(?:were|are|have|had|remain|remained|died|die|fled|perished|drowned|survived|escaped|took|went|fell|lost|taken|held|hurt|shot|[a-z]+ed)\b/i;
const EN_TALLY_BEFORE =
  /\b(?:toll|tally|total|number|count)\b[^.;!?\d]{0,40}?\b(?:to|at|reached|hit|topped|passed|exceeded|surpassed|is|was|of)\s+$/i;
const EN_VICTIM_VERB_BEFORE =
  /\b(?:killing|killed|kidnapped|kidnapping|abducted|abducting|injuring|injured|wounding|wounded|arrested|detained|evacuated|rescued|displaced|freed|freeing|released|releasing)\s+$/i;
const ZH_FATE_AFTER =
  /^\s*(?:人)?(?:被|遭|已|已经|仍)?\s*(?:劫持|绑架|扣押|扣留|杀害|杀死|打死|炸死|死亡|遇难|丧生|罹难|身亡|受伤|伤亡|失踪|获释|被捕|落网|撤离|获救|逃离|流离失所)/u;
const ZH_TALLY_BEFORE = /(?:人数|总数|死亡|伤亡|遇难者|罹难者|死者|伤者|人质)[^，。；！？\d]{0,6}$/u;
const ZH_CLAUSE_START_BEFORE = /(?:\n\s*|[，。；：！？、“（]\s*|其中|另有|还有|并有|而)$/u;

/** Whether the bare bounded figure `r` (no unit, no currency, not a percentage) stands as a toll: see the file comment. */
export function isBareToll(r: Reading): boolean {
  if (r.approx === null || r.approx === 'range' || r.valueMax !== null || r.tok.vagueMax !== undefined) return false;
  if (!Number.isInteger(r.value) || r.value < 2) return false;
  const { text } = r;
  // A line break stands for the start of the text, so the clause-start patterns need no `^` (the slice may begin mid-text).
  const head = (r.start <= 60 ? '\n' : '') + text.slice(Math.max(0, r.start - 60), r.start);
  const tail = text.slice(r.end, r.end + 40);
  const zh = /[\u4e00-\u9fff]/u.test(text.slice(Math.max(0, r.start - 2), r.end + 2));
  if (zh) return (ZH_FATE_AFTER.test(tail) && ZH_CLAUSE_START_BEFORE.test(head)) || ZH_TALLY_BEFORE.test(head);
  return (
    (EN_CLAUSE_START_BEFORE.test(head) && EN_PLURAL_VERB_AFTER.test(tail)) ||
    EN_TALLY_BEFORE.test(head) ||
    EN_VICTIM_VERB_BEFORE.test(head)
  );
}
