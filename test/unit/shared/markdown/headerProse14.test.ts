/**
 * A first paragraph under the title that mentions a date is body text, not a metadata line, when it is prose: found in
 * review, `（圖為2019年5月4日的遊行）今年的紀念活動在維園舉行，主辦方表示……` was taken for the metadata line, its
 * text became the author and the paragraph left the body. A caption's date in brackets is not the article's date
 * either; a dateline's or an issue line's is.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../shared/markdown/parseArticle';

const parse = (markdown: string) => parseArticle(new TextEncoder().encode(markdown));

describe('prose under the title', () => {
  it('keeps a first paragraph that mentions a date in the body, however it ends', () => {
    for (const first of [
      '（圖為2019年5月4日的遊行）今年的紀念活動在維園舉行，主辦方表示……',
      '（圖為2019年5月4日的遊行）今年的紀念活動在維園舉行，主辦方表示',
      '2019年5月4日，數千人在維園集會，主辦方表示參加人數超過去年',
    ]) {
      const parsed = parse(`## 标题\n\n${first}\n\n第二段。\n`);
      expect(parsed.text).toBe(`${first}\n\n第二段。`);
      expect(parsed.meta.author).toBeNull();
      expect(parsed.meta.published).toBeNull();
    }
  });

  it('does not take a caption’s date for the article’s, but takes a dateline’s', () => {
    expect(parse('## Title\n\n(Photo taken on May 4, 2019) Protesters marched through the city on Sunday.\n').meta.published).toBeNull();
    expect(parse('## 标题\n\n【大紀元2024年05月15日訊】（大紀元記者李辰綜合報導）正文。\n').meta.published).toBe('2024-05-15T00:00:00Z');
  });

  it('still reads short metadata lines with a weekday or a byline after a comma', () => {
    expect(parse('## 标题\n2021年3月5日，星期五\n\n正文。\n').meta.published).toBe('2021-03-05T00:00:00Z');
    const byline = parse('## 标题\n2023年11月3日，记者王小明报道\n\n正文。\n');
    expect(byline.meta.published).toBe('2023-11-03T00:00:00Z');
    expect(byline.text).toBe('正文。');
  });
});
