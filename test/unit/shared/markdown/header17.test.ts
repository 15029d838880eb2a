import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../../shared/markdown/header';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { publishedDayOf } from '../../../../shared/markdown/publishedDay';

const article = (metadataLine: string, body = '正文第一段。') => parseArticleText(`###  [:house:返回](README.md)\n---\n\n\n## 标题\n${metadataLine}\n\n${body}\n`);

describe('a metadata line whose date cannot be read (review 17, finding 10)', () => {
  it('keeps the author and the source, warns quoting the date, and does not show the line as body text', () => {
    for (const date of ['2/30/2023 6:22 AM UTC', '11/3/2023 24:30 UTC', '二〇二三年十三月三日']) {
      const a = article(`\`${date} 宝尹\` [轉載自GNews](https://gnews.org/articles/1)`);
      expect(a.meta).toMatchObject({ author: '宝尹', published: null, source: 'https://gnews.org/articles/1' });
      expect(a.warnings).toEqual([`The date "${date}" in the metadata line could not be read, so the article has no publication date; the line's author and source were kept.`]);
      expect(a.text).toBe('正文第一段。');
    }
  });

  it('does so for a code span alone on the line too (no source link)', () => {
    const a = article('`2/30/2023 6:22 AM UTC 宝尹`');
    expect(a.meta).toMatchObject({ author: '宝尹', published: null, source: null });
    expect(a.warnings[0]).toContain('The date "2/30/2023 6:22 AM UTC" in the metadata line could not be read');
    expect(a.text).toBe('正文第一段。');
    expect(JSON.stringify(a.doc)).not.toContain('code');
  });

  it('reads the forms the review found thrown away', () => {
    expect(article('`二〇二三年十一月三日 宝尹`').meta).toMatchObject({ author: '宝尹', published: '2023-11-03T00:00:00Z' });
    expect(article('`二零二三年十一月三日 宝尹`').meta).toMatchObject({ author: '宝尹', published: '2023-11-03T00:00:00Z' });
    expect(article('`11/3/23 6:22 AM UTC 宝尹`').meta).toMatchObject({ author: '宝尹', published: '2023-11-03T06:22:00Z' });
    expect(article('`14-Aug-2020 Jane Doe`').meta).toMatchObject({ author: 'Jane Doe', published: '2020-08-14T00:00:00Z' });
    // 24:00 is the end of the day written: the next midnight, the written day kept for relative dates.
    const midnight = article('`11/3/2023 24:00 UTC 宝尹`');
    expect(midnight.meta).toMatchObject({ author: '宝尹', published: '2023-11-04T00:00:00Z', publishedDay: '2023-11-03' });
    for (const a of [midnight, article('`14-Aug-2020 Jane Doe`')]) {
      expect(a.warnings).toEqual([]);
      expect(a.text).toBe('正文第一段。');
    }
  });

  it('still says there is no metadata line when there is none, and leaves a code span without a date in the body', () => {
    const none = article('正文之前的一段话，没有日期。');
    expect(none.warnings[0]).toContain('There is no metadata line');
    const version = article('`1.2.3 宝尹`');
    expect(version.meta.author).toBeNull();
    expect(version.text.startsWith('1.2.3 宝尹')).toBe(true);
    const name = article('`宝尹`');
    expect(name.meta.author).toBeNull();
    expect(name.text.startsWith('宝尹')).toBe(true);
  });

  it('does not take a body paragraph that opens on a date, readable or not, for the header', () => {
    const prose = [
      '2023年11月3日，卡塔尔宣布与美国协调，在以色列、哈马斯和埃及之间达成一项协议，将外国人释放到埃及。',
      '11/3/23 was the day Qatar announced that foreign passport holders could leave Gaza through the Rafah crossing.',
      '2/30/2023 is not a day, but the report cited it as the date the agreement was signed by both sides.',
      '`2/30/2023` is the date the report gives for the agreement, which cannot be right, as February has no 30th.',
    ];
    for (const line of prose) {
      const a = parseArticleText(`## 标题\n\n${line}\n`);
      expect(a.meta.author).toBeNull();
      expect(a.text).toBe(line.replace(/`/g, ''));
    }
  });
});

describe('the day the article was written on in its own zone (review 17, finding 2)', () => {
  it('keeps it beside the UTC `published` when the two days differ', () => {
    expect(article('`2023年11月3日 07:30 北京时间 新华社记者 李明`').meta).toMatchObject({ published: '2023-11-02T23:30:00Z', publishedDay: '2023-11-03' });
    expect(article('`1/1/2024 0:30 AM UTC+8 宝尹` [轉載自GNews](https://gnews.org/articles/2)').meta).toMatchObject({ published: '2023-12-31T16:30:00Z', publishedDay: '2024-01-01' });
    expect(article('`12/31/2023 7:30 PM ET Jane Doe` [AP](https://apnews.com/c8)').meta).toMatchObject({ published: '2024-01-01T00:30:00Z', publishedDay: '2023-12-31' });
  });

  it('adds nothing when the written day is the UTC day, or no zone is written', () => {
    expect(article('`11/3/2023 6:22 AM UTC 宝尹`').meta).not.toHaveProperty('publishedDay');
    expect(article('`2020-08-14 08:08 宝尹`').meta).not.toHaveProperty('publishedDay');
    expect(article('`2023年11月3日 18:30 北京时间 宝尹`').meta).not.toHaveProperty('publishedDay');
    expect(readHeader('## 标题\n`2020-08-14 08:08 宝尹`\n\n正文。\n')).toMatchObject({ published: '2020-08-14T08:08:00Z', publishedDay: '2020-08-14' });
  });

  it('is read again from a stored header, only when the header still gives the stored instant', () => {
    const source = '## 新年\r\n`1/1/2024 0:30 AM UTC+8 宝尹`\r\n\r\n昨天，卡塔尔宣布了新政策。\r\n';
    const parsed = parseArticleText(source);
    const header = source.slice(0, parsed.bodyStart);
    expect(publishedDayOf(header, parsed.meta.published)).toBe('2024-01-01');
    expect(publishedDayOf(header, '2024-01-01T00:00:00Z')).toBeNull();
    expect(publishedDayOf(header, null)).toBeNull();
    expect(publishedDayOf('', parsed.meta.published)).toBeNull();
  });
});
