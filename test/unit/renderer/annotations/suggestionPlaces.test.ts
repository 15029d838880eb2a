import { describe, expect, it } from 'vitest';
import type { SuggestionJSON } from '../../../../shared/claims/suggest';
import { canonicalText } from '../../../../shared/text/canonical';
import { shownPlaces } from '../../../../renderer/annotations/suggestionPlaces';
import { doc, p } from '../editor/docs';

function suggestion(text: string, words: string): SuggestionJSON {
  const start = text.indexOf(words);
  return { kind: 'statement', start, end: start + words.length } as SuggestionJSON;
}

const wordsAt = (text: string, s: SuggestionJSON) => text.slice(s.start, s.end);

describe('suggestions read from the opened text, shown after typing', () => {
  it('move with the text around them, widening over what was typed inside and narrowing over what was deleted', () => {
    const opened = doc(p('据报道，卡塔尔与埃及共同斡旋停火。'), p('多哈方面表示谈判仍在继续。'));
    const before = canonicalText(opened).text;
    const typed = doc(p('据报道，卡塔尔abc与埃x及共同斡旋停火。'), p('多哈方面表示谈判在继续。'));
    const after = canonicalText(typed).text;
    const list = [suggestion(before, '据报道，卡塔尔与埃及共同斡旋停火。'), suggestion(before, '斡旋停火'), suggestion(before, '谈判仍在')];
    const shown = shownPlaces(list, opened, typed);
    expect(shown.map((s) => wordsAt(after, s))).toEqual(['据报道，卡塔尔abc与埃x及共同斡旋停火。', '斡旋停火', '谈判在']);
    expect(shownPlaces(list, opened, opened)).toBe(list);
  });

  it('are dropped when an end lies in words that were replaced', () => {
    const opened = doc(p('卡塔尔每个月提供援助。'));
    const before = canonicalText(opened).text;
    const typed = doc(p('卡塔尔每年提供援助。'));
    const after = canonicalText(typed).text;
    const shown = shownPlaces([suggestion(before, '月提供'), suggestion(before, '卡塔尔每个月提供援助。')], opened, typed);
    expect(shown.map((s) => wordsAt(after, s))).toEqual(['卡塔尔每年提供援助。']);
  });
});
