/**
 * What the review of session 15's header rules found, each with variants: an opening sentence that starts on a date
 * after a zone is body text, a date without a clock stays on its day whatever zone it names, bylines labelled
 * 本文作者 / 撰稿人 / 通讯员 / Text: keep their name, a weekday, a place, a lone character or a count beside the date
 * is no name, and any `…时间` before a date is a zone's label.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../shared/markdown/parseArticle';

const read = (source: string) => parseArticle(Buffer.from(source, 'utf8'), { fileName: 'review15.md' });

describe('a first paragraph that opens on a zone and a date', () => {
  for (const opening of ['台北時間2023年11月3日晚間，颱風登陸花蓮。', '北京时间2023年11月3日凌晨，美股三大指数收跌。', '北京时间 2023年11月3日，神舟十七号发射成功。', '香港時間2023年11月3日下午，恒指收市上升。']) {
    it(`stays in the body: ${opening}`, () => {
      const a = read(`## 标题\n\n${opening}\n\n第二段。\n`);
      expect(a.text).toBe(`${opening}\n\n第二段。`);
      expect(a.meta.published).toBe(null);
    });
  }
});

describe('a zone before a date', () => {
  it('leaves a date without a clock on its calendar day', () => {
    expect(read('## 标题\n北京时间 2023年11月3日\n\n正文。\n').meta.published).toBe('2023-11-03T00:00:00Z');
    expect(read('## 标题\n台北時間：2024-01-13\n\n正文。\n').meta.published).toBe('2024-01-13T00:00:00Z');
    expect(read('## 标题\nGMT+8 2024/01/13\n\n正文。\n').meta.published).toBe('2024-01-13T00:00:00Z');
  });

  it('converts a clock, and names no author', () => {
    expect(read('## 标题\n北京时间 2023年11月3日 18:22\n\n正文。\n').meta).toMatchObject({ published: '2023-11-03T10:22:00Z', author: null });
    expect(read('## 标题\n美东时间 2023年7月3日 18:22\n\n正文。\n').meta).toMatchObject({ published: '2023-07-03T22:22:00Z', author: null });
    expect(read('## 标题\n美东时间 2023年1月3日 18:22\n\n正文。\n').meta.published).toBe('2023-01-03T23:22:00Z');
    expect(read('## 标题\n东京时间 2023年1月3日 18:22 作者：山田太郎\n\n正文。\n').meta).toMatchObject({ published: '2023-01-03T09:22:00Z', author: '山田太郎' });
    // Local time: no offset can be known, the clock is kept as written; the label is no name.
    expect(read('## 标题\n当地时间 2023年11月3日 18:22\n\n正文。\n').meta).toMatchObject({ published: '2023-11-03T18:22:00Z', author: null });
  });
});

describe('bylines and what is not one', () => {
  it('reads the name after other byline labels', () => {
    const author = (line: string): string | null => read(`## 标题\n${line}\n\n正文。\n`).meta.author;
    expect(author('2023年11月3日 本文作者：张三')).toBe('张三');
    expect(author('2023年11月3日 撰稿人：李四')).toBe('李四');
    expect(author('2023年11月3日 特约撰稿人：王五')).toBe('王五');
    expect(author('2023年11月3日 通讯员：赵六')).toBe('赵六');
    expect(author('2023年11月3日 整理：小王')).toBe('小王');
    expect(read('## Title\n3 Nov 2023 Text: Jane Doe\n\nBody.\n').meta.author).toBe('Jane Doe');
    expect(read('## Title\n3 Nov 2023 | Words: Jane Doe\n\nBody.\n').meta.author).toBe('Jane Doe');
  });

  it('names nobody for a weekday, a place, a lone character or a count beside the date', () => {
    expect(read('## Title\nFri 3 Nov 2023 18.22 GMT\n\nBody.\n').meta).toMatchObject({ author: null, published: '2023-11-03T18:22:00Z' });
    expect(read('## Title\nSun 5 Nov 2023 09.00 GMT\n\nBody.\n').meta.author).toBe(null);
    expect(read('## 标题\n2023年11月3日 上海\n\n正文。\n').meta.author).toBe(null);
    expect(read('## 标题\n2023-11-03 发布于北京\n\n正文。\n').meta.author).toBe(null);
    expect(read('## 标题\n2023年11月3日 9点前\n\n正文。\n').meta.author).toBe(null);
    expect(read('## 标题\n2023年11月3日 12点击\n\n正文。\n').meta.author).toBe(null);
    // A name still is one, a one-character pen name too.
    expect(read('## 标题\n2023年11月3日 王小明\n\n正文。\n').meta.author).toBe('王小明');
    expect(read('## 标题\n2023年11月3日 作者：甲\n\n正文。\n').meta.author).toBe('甲');
    expect(read('## 标题\n2024-05-14 08:30 乙\n\n正文。\n').meta.author).toBe('乙');
    expect(read('## 标题\n2023年11月3日 8点多\n\n正文。\n').meta.author).toBe(null);
    expect(read('## 标题\n2023年11月3日 责任编辑：李四\n\n正文。\n').meta.author).toBe(null);
  });
});
