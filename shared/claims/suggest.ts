/**
 * Claim suggestions: the spans Glossa proposes to a fact-checker as worth checking. They are the figures of a text
 * (money, counts, percentages, dates, measurements) and its attributed statements. The CLI prints them as JSON
 * lines and the editor underlines them; both use {@link toSuggestionJSON} so the shape is defined once.
 */
import type { Quantity } from '../model/quantity';
import { type QuantityOptions, detectLang, findQuantities } from './quantities';
import { findStatements } from './statements';

/** The exact JSON shape of one suggestion, keys in this order, null where a field does not apply. */
export interface SuggestionJSON {
  text: string;
  start: number;
  end: number;
  kind: Quantity['kind'];
  value: number | null;
  valueMax: number | null;
  currency: string | null;
  unit: string | null;
  per: Quantity['per'];
  approx: Quantity['approx'];
  date: string | null;
}

/** A number written with a scale word or thousands separators: 8.1 million, 800 万, 1,200,000. */
const LARGE_FIGURE = /[万萬亿億]|\d\s*(?:thousand|million|billion|trillion|bn|mn)\b|\d,\d{3}/i;

/**
 * Whether a quantity is a figure worth a claim: small bare numbers are not; measurements (50 km) and large figures
 * written as such ("the population grew from 8.1 million", 人口 800 万, "hundreds of thousands") are, and so is a range
 * of bare numbers that the reading kept as one ("between 60 and 80", 六十至八十: see `isBareRange`).
 *
 * A bare figure with a bound is not worth a claim by its bound alone ("scored more than 20", "more than 3 times" is
 * counted by its noun): where the sentence makes it a toll ("more than 240 were taken hostage", "the death toll rose to
 * more than 240", 死亡人数升至逾240) the reader has already made it a count (bareTolls.ts), which is check-worthy here
 * as every count is.
 */
export function isCheckworthy(q: Quantity): boolean {
  return (
    q.kind !== 'number' ||
    q.unit !== null ||
    LARGE_FIGURE.test(q.text) ||
    (q.vague === true && (q.value ?? 0) >= 20_000) ||
    (q.approx === 'range' && q.valueMax !== null)
  );
}

/**
 * A rate, ratio or index named right before a bare number: 总生育率约 0.87, 基尼系数为 0.47, "a fertility rate of 0.72",
 * "the R number stood at 1.1". The number is that measure's value, a figure to check however small.
 */
const ZH_NAMED_MEASURE_BEFORE = /(?:率|系数|係數|指数|指數)\s*(?:为|為|是|仅|僅|只有|降至|跌至|升至|达到|達到|达|達|维持在|維持在|报|報)?\s*$/u;
const EN_NAMED_MEASURE_BEFORE =
  /\b(?:rate|ratio|coefficient|index|R number|R value)\s+(?:of|at|was|is|stood at|fell to|rose to|dropped to|reached)\s+$/i;

function isNamedMeasure(text: string, q: Quantity): boolean {
  if (q.kind !== 'number' || q.unit !== null) return false;
  const head = text.slice(Math.max(0, q.start - 24), q.start);
  return ZH_NAMED_MEASURE_BEFORE.test(head) || EN_NAMED_MEASURE_BEFORE.test(head);
}

/**
 * "the two leaders", "these three countries": a small number after a definite word points back at what the article
 * has named; it is the grammar of the sentence, as 两国 is, not a figure to check. Unless what follows says what
 * happened to them ("the two soldiers killed on Monday", "the three hostages released"): that is a toll, a fact.
 */
const EN_DEFINITE_BEFORE = /\b(?:the|these|those)\s+$/i;
const EN_TOLL_AFTER =
  /^[\s,]*(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+|(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|dead|died|injured|wounded|hurt|arrested|detained|released|freed|held|kidnapped|abducted|missing|rescued|evacuated|charged|convicted|sentenced|executed|hospitali[sz]ed)\b/i;
const isDefiniteReference = (text: string, q: Quantity): boolean =>
  q.kind === 'count' &&
  /^(?:two|three)\s/i.test(q.text) &&
  EN_DEFINITE_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
  !EN_TOLL_AFTER.test(text.slice(q.end, q.end + 40));

/**
 * The check-worthy spans of `text`, sorted by start (a statement before the figures inside it). Figures never
 * overlap one another; a statement may contain figures, which are separate suggestions.
 */
export function suggestClaims(text: string, options: QuantityOptions = {}): Quantity[] {
  const lang = options.lang ?? detectLang(text);
  const figures = findQuantities(text, { ...options, lang }).filter((q) => (isCheckworthy(q) || isNamedMeasure(text, q)) && !isDefiniteReference(text, q));
  const statements = findStatements(text, lang);
  return [...statements, ...figures].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** One suggestion as the CLI and the IPC contract serialise it: exactly these keys, in this order. */
export function toSuggestionJSON(q: Quantity): SuggestionJSON {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    value: q.value ?? null,
    valueMax: q.valueMax ?? null,
    currency: q.currency ?? null,
    unit: q.unit ?? null,
    per: q.per ?? null,
    approx: q.approx ?? null,
    date: q.date ?? null,
  };
}
