/**
 * Metadata fields written one paragraph each under the title (a blank line between them, as Markdown needs for them
 * to show on lines of their own): `2021-05-06 14:30 李四` / `来源：[新华社](…)` / `原文链接：https://…`. Before session
 * 16 only the first paragraph was read; the source below it was shown as body text and the article had no source.
 * A paragraph of prose that starts with a label, or one of several lines, stays in the body.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { expectSerializedReadsBack, expectSourceMapProducesText } from './sourceMapCheck';

const read = (source: string) => parseArticle(Buffer.from(source, 'utf8'), { fileName: 'fields16.md' });

describe('fields in paragraphs of their own', () => {
  const cases: { name: string; source: string; meta: Record<string, string | null> }[] = [
    {
      name: 'a source link labelled 来源 under the date line',
      source: '## 标题\n\n`2021-05-06 14:30 李四`\n\n来源：[新华社](https://news.cn/b/2)\n\n正文[[zh:北京]]。\n',
      meta: { author: '李四', published: '2021-05-06T14:30:00Z', source: 'https://news.cn/b/2' },
    },
    {
      name: 'a bare address labelled 原文链接',
      source: '## 标题\n\n2021年5月6日 14:30 李四\n\n原文链接：https://example.org/c/3\n\n正文。\n',
      meta: { author: '李四', source: 'https://example.org/c/3' },
    },
    {
      name: 'traditional labels: 作者 / 時間 / 轉載自, each a paragraph',
      source: '## 標題\n\n作者：王五\n\n時間：2022-01-02 08:00\n\n轉載自：[中央社](https://cna.com.tw/news/1)\n\n正文。\n',
      meta: { author: '王五', published: '2022-01-02T08:00:00Z', source: 'https://cna.com.tw/news/1' },
    },
    {
      name: 'English: By … / Source: …',
      source: '# Title\n\nMay 6, 2021 2:30 PM\n\nBy Jane Doe\n\nSource: [Reuters](https://reuters.com/x/1)\n\nBody text.\n',
      meta: { author: 'Jane Doe', published: '2021-05-06T14:30:00Z', source: 'https://reuters.com/x/1' },
    },
    {
      name: 'a field in bold',
      source: '## 标题\n\n2023-11-03 18:22\n\n**来源：**[大纪元](https://epochtimes.com/a/9)\n\n正文。\n',
      meta: { published: '2023-11-03T18:22:00Z', source: 'https://epochtimes.com/a/9' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = read(c.source);
      expect(a.meta).toMatchObject(c.meta);
      expect(a.text.startsWith('正文') || a.text.startsWith('Body')).toBe(true);
      // The header stays in the source, the body's text still maps to it, and its Markdown reads back the same.
      expect(a.source.slice(0, a.bodyStart)).not.toContain('正文');
      expectSourceMapProducesText(a, c.name);
      expectSerializedReadsBack(a, c.name);
    });
  }

  it('keeps the first value of a field that two paragraphs name', () => {
    const a = read('## 标题\n\n2021-05-06 李四 [转载自新华网](https://xinhuanet.com/a/1)\n\n来源：[新华社](https://news.cn/b/2)\n\n正文。\n');
    expect(a.meta).toMatchObject({ author: '李四', source: 'https://xinhuanet.com/a/1' });
    expect(a.text).toBe('正文。');
  });
});

describe('paragraphs that stay in the body', () => {
  const bodies = [
    '来源：据新华社报道，今天北京下雨。',
    '作者认为，这项政策将在明年生效。',
    '来源：[新华社](https://news.cn/b/2)\n另据报道，会议将在明天举行。',
    'Source: officials said the talks would resume on Monday.',
    '原文链接失效后，读者无法核实这段引文。',
    '时间：已经不多了，他说。',
  ];
  for (const body of bodies) {
    it(body.split('\n')[0], () => {
      const a = read(`## 标题\n\n2021-05-06 14:30 李四\n\n${body}\n\n第二段。\n`);
      expect(a.meta).toMatchObject({ author: '李四', published: '2021-05-06T14:30:00Z' });
      expect(a.text.replace(/\s+/g, '')).toContain(body.replace(/\[(.*?)\]\(.*?\)/g, '$1').replace(/\s+/g, ''));
    });
  }

  it('a labelled field after the first body paragraph', () => {
    const a = read('## 标题\n\n2021-05-06 14:30 李四\n\n第一段正文。\n\n来源：[新华社](https://news.cn/b/2)\n');
    expect(a.meta.source).toBe(null);
    expect(a.text).toContain('来源：新华社');
  });

  it('nothing is read under a title without a metadata paragraph', () => {
    const a = read('## 标题\n\n第一段正文。\n\n来源：[新华社](https://news.cn/b/2)\n');
    expect(a.meta).toMatchObject({ author: null, published: null, source: null });
    expect(a.text.startsWith('第一段正文。')).toBe(true);
  });
});

describe('a byline word and names, without a colon', () => {
  const bylines: [string, string][] = [
    ['记者 王小明', '王小明'],
    ['文／張三', '張三'],
    // Names apart by a space are listed with 、, as Chinese lists names (header16).
    ['文/张三 李四', '张三、李四'],
    ['文／記者張三、李四', '張三、李四'],
    ['記者 陳家倫 林巧璉', '陳家倫、林巧璉'],
    ['作者 宝尹', '宝尹'],
    ['编译 安东尼·布林肯', '安东尼·布林肯'],
    ['文 / 王五', '王五'],
  ];
  for (const [line, author] of bylines) {
    it(`${line} names ${author}`, () => {
      const a = read(`## 标题\n\n${line}\n\n正文。\n`);
      expect(a.meta.author).toBe(author);
      expect(a.text).toBe('正文。');
      // Under a date line, or a paragraph of its own under it.
      expect(read(`## 标题\n2023-11-03 18:22\n${line}\n\n正文。\n`).meta).toMatchObject({ author, published: '2023-11-03T18:22:00Z' });
      expect(read(`## 标题\n\n2023-11-03 18:22\n\n${line}\n\n正文。\n`).meta).toMatchObject({ author, published: '2023-11-03T18:22:00Z' });
    });
  }
  const prose = ['记者王小明今天在北京看到一场雨。', '记者 王小明 今天在北京看到了一场雨', '记者 今天 在北京 看到了 一场雨 很大', '文中提到的数字并不准确。', '作者 宝尹 认为 这项 政策 会 失败 因为 成本 太高'];
  for (const line of prose) {
    it(`stays in the body: ${line}`, () => {
      const a = read(`## 标题\n\n${line}\n\n正文。\n`);
      expect(a.meta.author).toBe(null);
      expect(a.text.startsWith(line)).toBe(true);
    });
  }
});

describe('a place written apart from the reporters in a bracketed dateline', () => {
  const cases: [string, string][] = [
    ['（记者 李四 台北报导）', '李四'],
    ['（記者 王小明、李華 高雄報導）', '王小明、李華'],
    ['（記者 王小明 綜合報導）', '王小明'],
    ['（中央社記者林巧璉屏東縣5日電）', '林巧璉'],
    ['（中央社記者陳家倫台北5日電）', '陳家倫'],
  ];
  for (const [dateline, author] of cases) {
    it(`${dateline} names ${author}`, () => {
      const a = read(`## 标题\n\n${dateline}今天天氣很好。\n\n第二段。\n`);
      expect(a.meta.author).toBe(author);
      // A dateline is part of the lead: it stays in the text.
      expect(a.text.startsWith(dateline)).toBe(true);
    });
  }
});
