import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { ANCHORED_MIN, CHANGED_QUOTE_MAX, reanchor } from '../../../../shared/anchoring/reanchor';

const p1 = 'Qatar has again found itself at the centre of global diplomacy, this time for its efforts to broker a deal.';
const p2 =
  'Officials on the Palestinian side said that at least 110 foreign passport holders left Gaza through the Rafah crossing on Wednesday.';
const p3 = 'Qatar also pays public sector salaries in Gaza, part of a $30 million monthly allowance for families.';
const text = [p1, p2, p3].join('\n\n');

function spanOf(haystack: string, needle: string) {
  const start = haystack.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return describeSpan(haystack, start, start + needle.length);
}

const quote = 'at least 110 foreign passport holders';
const selectors = spanOf(text, quote);

describe('reanchor', () => {
  it('keeps an unchanged span where it is, with full confidence', () => {
    expect(reanchor(selectors, text)).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      state: 'anchored',
      confidence: 1,
    });
  });

  it('follows the span when a paragraph is inserted before it', () => {
    const intro = 'A new introduction was written for this version.\n\n';
    const result = reanchor(selectors, intro + text);
    expect(result).toMatchObject({ state: 'anchored', start: selectors.position.start + intro.length });
    expect(result.confidence).toBe(1);
  });

  it('stays anchored when the words right before the span are rewritten', () => {
    const edited = text.replace('Officials on the Palestinian side said that', 'Egyptian officials told reporters');
    const result = reanchor(selectors, edited);
    expect(result.state).toBe('anchored');
    expect(result.confidence).toBeGreaterThanOrEqual(ANCHORED_MIN);
    expect(edited.slice(result.start, result.end)).toBe(quote);
  });

  it('stays anchored at the same offsets when text after the span changes', () => {
    const edited = text.replace('left Gaza through the Rafah crossing', 'departed via the Rafah border post');
    const result = reanchor(selectors, edited);
    expect(result).toMatchObject({ state: 'anchored', start: selectors.position.start, end: selectors.position.end });
  });

  it('asks for confirmation when the annotated words themselves changed, and covers the new wording', () => {
    const edited = text.replace('at least 110 foreign', 'at least 111 foreign');
    const result = reanchor(selectors, edited);
    expect(result.state).toBe('moved');
    expect(result.confidence).toBeLessThanOrEqual(CHANGED_QUOTE_MAX);
    expect(edited.slice(result.start, result.end)).toBe('at least 111 foreign passport holders');
  });

  it('finds a Chinese claim whose number was corrected, as moved', () => {
    const zh =
      '据路透社报道，卡塔尔还向加沙的公共部门支付工资，这是每月 3000 万美元的家庭津贴和电力燃料津贴的一部分。\n\n它与西方国家保持着密切关系。';
    const claim = spanOf(zh, '每月 3000 万美元的家庭津贴');
    const corrected = zh.replace('3000 万', '4000 万');
    const result = reanchor(claim, corrected);
    expect(result.state).toBe('moved');
    expect(corrected.slice(result.start, result.end)).toBe('每月 4000 万美元的家庭津贴');
  });

  it('does not let a duplicated sentence steal the annotation: both copies fit, so it is only moved', () => {
    const duplicated = [p1, `${p2} ${p2}`, p3].join('\n\n');
    const result = reanchor(selectors, duplicated);
    expect(result.state).toBe('moved');
    expect(result.confidence).toBeLessThan(ANCHORED_MIN);
    // The proposal is the copy nearest the old place.
    expect(result.start).toBe(selectors.position.start);
  });

  it('proposes a look-alike sentence elsewhere only as moved when the original was deleted', () => {
    const lookAlike = 'Separately, reports said at least 110 foreign passport holders were still waiting at the border.';
    const edited = [p1, p3, lookAlike].join('\n\n');
    const result = reanchor(selectors, edited);
    expect(result.state).toBe('moved');
    expect(edited.slice(result.start, result.end)).toBe(quote);
  });

  it('orphans the annotation of a deleted paragraph', () => {
    const result = reanchor(selectors, [p1, p3].join('\n\n'));
    expect(result.state).toBe('orphaned');
    expect(result.start).toBe(result.end);
  });

  it('orphans a short quote rather than pinning it on an unrelated occurrence of the same word', () => {
    const word = describeSpan(text, text.indexOf('Gaza'), text.indexOf('Gaza') + 4);
    // p2 held the first "Gaza"; the one left in p3 has nothing in common with its context.
    const result = reanchor(word, [p1, p3].join('\n\n'));
    expect(result.state).toBe('orphaned');
  });

  it('prefers the lightly edited span near its old place over an exact copy elsewhere with other context', () => {
    const lookAlike = 'Separately, reports said at least 110 foreign passport holders were still waiting at the border.';
    const edited = [p1, p2.replace('110 foreign passport', '110 foreign-passport'), p3, lookAlike].join('\n\n');
    const result = reanchor(selectors, edited);
    expect(result.start).toBe(selectors.position.start);
    expect(result.state).toBe('moved');
  });

  it('finds an edited span far from its old place, searching the whole text after the near window', () => {
    const filler = 'Unrelated reporting on other matters. '.repeat(300);
    const edited = `${filler}\n\n${p1}\n\n${p2.replace('110 foreign', '111 foreign')}`;
    const result = reanchor(selectors, edited, { nearRadius: 100 });
    expect(result.state).toBe('moved');
    expect(edited.slice(result.start, result.end)).toBe('at least 111 foreign passport holders');
  });

  it('orphans a common Chinese word of a deleted paragraph instead of picking one of its many occurrences', () => {
    const paragraphs = [
      '卡塔尔与美国协调，在以色列、哈马斯和埃及之间达成一项协议。',
      '这个富含天然气的君主国一直与哈马斯保持着关系，卡塔尔否认资助。',
      '以色列承认卡塔尔的努力，这个海湾国家已成为重要的当事方。',
      '多哈因其与哈马斯的关系而受到批评，卡塔尔表示感到惊讶。',
    ];
    const old = paragraphs.join('\n\n');
    const at = old.indexOf('卡塔尔否认');
    const word = describeSpan(old, at, at + 3);
    const edited = [paragraphs[0], paragraphs[2], paragraphs[3]].join('\n\n');
    expect(reanchor(word, edited).state).toBe('orphaned');
    // While its paragraph is there, its context finds it among the other occurrences.
    const kept = reanchor(word, `新的导语。\n\n${old}`);
    expect(kept).toMatchObject({ state: 'anchored', start: at + '新的导语。\n\n'.length });
  });

  it('treats an empty quote as orphaned instead of matching everywhere', () => {
    const empty = { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 3, end: 3 } };
    expect(reanchor(empty, text).state).toBe('orphaned');
  });
});

describe('reanchor with characters outside the BMP', () => {
  it('never returns a span that cuts a surrogate pair in half', () => {
    const old = '开头的文字。他们说吉野家的价格是每份 500 日元，比去年贵。结尾。';
    const selectors = describeSpan(old, old.indexOf('吉'), old.indexOf('，'));
    // The cheapest alignment would substitute 吉 by the second half of 𠮷 and leave its first half out.
    const edited = old.replace('吉野家', '𠮷野家');
    const result = reanchor(selectors, edited);
    expect(result.state).toBe('moved');
    expect(edited.slice(result.start, result.end)).toBe('𠮷野家的价格是每份 500 日元');
  });
});
