import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../../shared/markdown/header';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';

const header = (metadataLine: string) => readHeader(`[返回](https://example.org/)\n\n## 标题\n\n${metadataLine}\n\n正文第一段。\n`);

describe('readHeader: the author on a metadata line', () => {
  it('finds the author inside the date code span, as the fixture writes it', () => {
    expect(header('`11/3/2023 6:22 AM UTC 宝尹` [轉載自GNews](https://gnews.org/articles/1916252)')).toMatchObject({
      author: '宝尹',
      published: '2023-11-03T06:22:00Z',
      source: 'https://gnews.org/articles/1916252',
    });
  });

  it('finds an author written after the code span, labelled or as a short name', () => {
    expect(header('`2023-11-05 14:30` 作者：李明 [轉載自VOA](https://www.voachinese.com/a/1.html)')).toMatchObject({ author: '李明', published: '2023-11-05T14:30:00Z' });
    expect(header('`2023-11-05 14:30` By John Smith [via Reuters](https://reuters.com/x)')).toMatchObject({ author: 'John Smith' });
    expect(header('`2023-11-05 14:30` | 王芳 | [轉載自VOA](https://www.voachinese.com/a/1.html)')).toMatchObject({ author: '王芳' });
    expect(header('`Nov 5, 2023 at 2:30 PM` 【记者 张三】 [轉載自VOA](https://www.voachinese.com/a/x.html)')).toMatchObject({ author: '张三', published: '2023-11-05T14:30:00Z' });
    expect(header('`2023-11-05 14:30（作者：李四）`')).toMatchObject({ author: '李四' });
  });

  it('takes the name from other byline labels, leaves a weekday out, and reads a UTC offset as the zone', () => {
    expect(header('`3/15/2021 10:05 PM EST 文章作者：小明` [轉載自GNews](https://gnews.org/1)')).toMatchObject({ author: '小明', published: '2021-03-16T03:05:00Z' });
    expect(header('`2021年3月5日 星期五 作者 張三` [轉載自GNews](https://gnews.org/2)')).toMatchObject({ author: '張三', published: '2021-03-05T00:00:00Z' });
    expect(header('`2022/12/25 23:59 UTC+8 记者：赵六` [轉載自GNews](https://gnews.org/5)')).toMatchObject({ author: '赵六', published: '2022-12-25T15:59:00Z' });
    expect(header('`2022-12-25 08:00 北京時間 翻譯：小文` [轉載自GNews](https://gnews.org/6)')).toMatchObject({ author: '小文', published: '2022-12-25T00:00:00Z' });
    expect(header('`Fri, Mar 5, 2021 9:00 AM CET` [轉載自GNews](https://gnews.org/7)')).toMatchObject({ author: null, published: '2021-03-05T08:00:00Z' });
    // Sun and Mona are names, not weekdays.
    expect(header('`2023-11-05 14:30 Sun Wei` [轉載自X](https://x.org/1)')).toMatchObject({ author: 'Sun Wei' });
    expect(header('`2023-11-05 14:30 Mona Chen` [轉載自X](https://x.org/1)')).toMatchObject({ author: 'Mona Chen' });
  });

  it('reads a plain metadata line split by bars, leaving the source label its link left behind', () => {
    expect(header('2023-04-10 14:35 | 作者：林小明 | 轉載自：[https://example.org/news/42](https://example.org/news/42)')).toMatchObject({
      author: '林小明',
      published: '2023-04-10T14:35:00Z',
      source: 'https://example.org/news/42',
    });
    expect(header('2023-04-10 14:35 | 王芳 | 来源：[美国之音](https://www.voachinese.com/a/1.html)').author).toBe('王芳');
    expect(header('2023-04-10 | By Jane Doe | Source: [Reuters](https://reuters.com/x)').author).toBe('Jane Doe');
  });

  it('keeps the middle dot inside a transliterated name, and splits only at a spaced one', () => {
    expect(header('`2023-11-03 06:22 简·多伊` [转载自路透社](https://www.reuters.com/x)').author).toBe('简·多伊');
    expect(header('`2023-11-03 06:22` 记者 安东尼·布林肯 [转载自路透社](https://www.reuters.com/x)').author).toBe('安东尼·布林肯');
    expect(header('2023-04-10 14:35 · 王芳 · 来源：[美国之音](https://www.voachinese.com/a/1.html)').author).toBe('王芳');
  });

  it('does not take another label or a long phrase after the code span for an author', () => {
    expect(header('`2023-11-05 14:30` 来源：美国之音 [原文](https://www.voachinese.com/a/1.html)').author).toBeNull();
    expect(header('`2023-11-05 14:30` [轉載自VOA](https://www.voachinese.com/a/1.html) 原文链接').author).toBeNull();
    expect(header('`2023-11-05 14:30` 本文根据多家媒体的报道整理而成，内容仅供参考，不代表本站立场。 [轉載自VOA](https://www.voachinese.com/a/1.html)').author).toBeNull();
  });
});

describe('the title as a reader sees it', () => {
  const title = (markdown: string) => parseArticleText(`## ${markdown}\n\`2024-02-29 23:59\` 王五\n\n正文。\n`).meta.title;

  it('reads escapes, entities, emphasis, code, links, wiki-links and image alt text as they render', () => {
    expect(title('標題 &amp; 測試 \\*重要\\*')).toBe('標題 & 測試 *重要*');
    expect(title('[[zh:卡塔尔]]与**[[zh:哈马斯|哈马斯组织]]**')).toBe('卡塔尔与哈马斯组织');
    expect(title('A `code` and ![alt](x.png) [link](https://a.org) _it_ \\_x\\_ 2 * 3')).toBe('A code and alt link it _x_ 2 * 3');
    expect(title('引號 &#8220;測試&#8221; &lt;b&gt;')).toBe('引號 “測試” <b>');
  });
});

describe('readHeader on header variants from other sites', () => {
  it('reads a title underlined with === or --- (a setext heading)', () => {
    const h = readHeader('卡塔尔的[[zh:天然气]]外交\n=====\n2023-11-03 08:00 | 作者：吴设 | 来源：[BBC中文](https://www.bbc.com/zhongwen/simp/1)\n\n正文。\n');
    expect(h).toMatchObject({ titleMarkdown: '卡塔尔的[[zh:天然气]]外交', author: '吴设', published: '2023-11-03T08:00:00Z', source: 'https://www.bbc.com/zhongwen/simp/1' });
    expect(readHeader('[返回](README.md)\n\nTitle here\n---\n\nBody.').titleMarkdown).toBe('Title here');
    // A list item or a quote above a rule is not a title.
    expect(readHeader('- item\n---\n\nBody.').titleMarkdown).toBeNull();
    expect(readHeader('> quote\n===\n\nBody.').titleMarkdown).toBeNull();
  });

  it('skips navigation lines of several links, arrows and separators above the title', () => {
    for (const nav of ['#### [返回首页](/) | [上一篇](prev.md)', '<< [Back to index](README.md)', '[⬅ 返回](index.md) · [下一篇](next.md)', '### [🏠 回到目录](README.md)']) {
      expect(readHeader(`${nav}\n- - -\n\n## 标题\n\`2023-11-03\` 张三\n\n正文。`).titleMarkdown, nav).toBe('标题');
    }
    // A heading that is a link to something else is the title.
    expect(readHeader('## [卡塔尔的新闻](https://example.org/a)\n\n正文。').titleMarkdown).toBe('[卡塔尔的新闻](https://example.org/a)');
  });

  it('takes the source from the first link labelled before it, and the author from among several labels', () => {
    expect(header('发布于 2020/8/14 作者：[[zh:宝尹]] 轉載自：[GNews](https://gnews.org/articles/400001) 来源：[推特](https://twitter.com/x) 原文：[链接](https://example.org/orig)')).toMatchObject({
      author: '宝尹',
      published: '2020-08-14T00:00:00Z',
      source: 'https://gnews.org/articles/400001',
    });
    expect(header('發佈時間：2021-02-03 10:00 作者：陳明 編輯：李四')).toMatchObject({ author: '陳明', published: '2021-02-03T10:00:00Z' });
    expect(header('Published on Nov 3, 2023 by [[en:Jane Doe|Jane Doe]] · Source: [Reuters](https://reuters.com/y)')).toMatchObject({ author: 'Jane Doe', source: 'https://reuters.com/y' });
  });

  it('knows a relative time for a metadata line without a date', () => {
    expect(header('3小时前 · 匿名 · [来源：微博](https://weibo.com/123)')).toMatchObject({ published: null, relativeTime: '3小时前', source: 'https://weibo.com/123' });
    expect(header('2 hours ago · By Jane Doe')).toMatchObject({ published: null, relativeTime: '2 hours ago' });
    const a = parseArticleText('## 标题\n昨天 22:10 · 网友\n\n正文。');
    expect(a.text).toBe('正文。');
    expect(a.warnings).toEqual(['The metadata line under the title gives only a relative time ("昨天"), which has no date, so the article has no publication date.']);
  });

  it('reads metadata lines dressed in markup, with a weekday before the time, bare addresses and counts', () => {
    const meta = (line: string) => {
      const h = header(line);
      return [h.published, h.author, h.source];
    };
    expect(meta('2023年11月3日 星期五 18:22 宝尹')).toEqual(['2023-11-03T18:22:00Z', '宝尹', null]);
    expect(meta('2023年11月3日（星期五）下午6:22 宝尹')).toEqual(['2023-11-03T18:22:00Z', '宝尹', null]);
    expect(meta('**2023-11-03** 宝尹')).toEqual(['2023-11-03T00:00:00Z', '宝尹', null]);
    expect(meta('*作者：宝尹* *2023-11-03*')).toEqual(['2023-11-03T00:00:00Z', '宝尹', null]);
    expect(meta('> 2023-11-03 宝尹')).toEqual(['2023-11-03T00:00:00Z', '宝尹', null]);
    expect(meta('`2023-11-03 18:22 宝尹` 轉載自 https://gnews.org/articles/3')).toEqual(['2023-11-03T18:22:00Z', '宝尹', 'https://gnews.org/articles/3']);
    expect(meta('2023-11-03 18:22 宝尹&nbsp;&nbsp;[轉載自GNews](https://gnews.org/articles/4)')).toEqual(['2023-11-03T18:22:00Z', '宝尹', 'https://gnews.org/articles/4']);
    expect(meta('Posted by Jane Doe on November 3, 2023')).toEqual(['2023-11-03T00:00:00Z', 'Jane Doe', null]);
    expect(meta('3 Nov 2023 · 6 min read')).toEqual(['2023-11-03T00:00:00Z', null, null]);
    expect(meta('2023-11-03 · 宝尹 · 阅读 1.2万')).toEqual(['2023-11-03T00:00:00Z', '宝尹', null]);
  });

  it('takes a loosely written title (##标题, a bold line) only with a metadata line by it, and a date above the title', () => {
    expect(readHeader('##卡塔尔的[[zh:外交]]\n2023-11-03 18:22 宝尹\n\n正文。')).toMatchObject({ titleMarkdown: '卡塔尔的[[zh:外交]]', author: '宝尹', published: '2023-11-03T18:22:00Z' });
    expect(readHeader('**卡塔尔的外交**\n`2023-11-03 18:22 宝尹` [轉載自X](https://x.org/1)\n\n正文。')).toMatchObject({ titleMarkdown: '卡塔尔的外交', source: 'https://x.org/1' });
    expect(readHeader('[返回](README.md)\n\n2023-11-03 宝尹\n\n## 标题在日期下面\n\n正文。')).toMatchObject({ titleMarkdown: '标题在日期下面', author: '宝尹', published: '2023-11-03T00:00:00Z' });
    // Without a metadata line by it, such a line is body text: a hashtag, a bold warning, a date line with no title.
    for (const text of ['#MeToo运动在中国\n\n正文。', '**重要提示**\n\n正文。', '2023-11-03 宝尹\n\n正文，没有标题。']) {
      expect(readHeader(text), text).toMatchObject({ titleMarkdown: null, bodyStart: 0 });
    }
  });
});

describe('readHeader on the variants of the second messy set', () => {
  const meta = (text: string) => {
    const a = parseArticleText(text);
    return [a.meta.author, a.meta.published, a.meta.source, a.text];
  };

  it('reads a metadata block of one labelled field a line, and stops at the first line that is not one', () => {
    expect(meta('## 标题\n作者：宝尹\n时间：2023-11-03 18:22\n原文链接：https://gnews.org/articles/1\n\n正文。')).toEqual(['宝尹', '2023-11-03T18:22:00Z', 'https://gnews.org/articles/1', '正文。']);
    expect(meta('## 标题\n**作者**：宝尹\n**日期**：2023-11-03\n\n正文。')).toEqual(['宝尹', '2023-11-03T00:00:00Z', null, '正文。']);
    expect(meta('## 标题\n- 作者：宝尹\n- 时间：2023-11-03 18:22\n\n正文。')).toEqual(['宝尹', '2023-11-03T18:22:00Z', null, '正文。']);
    expect(meta('## Title\nBy Jane Doe and John Smith\nNov 3, 2023 6:22 PM EST\n\nBody.')).toEqual(['Jane Doe and John Smith', '2023-11-03T23:22:00Z', null, 'Body.']);
    // A byline alone is metadata too; prose after the metadata line without a blank line stays body text.
    expect(meta('## 标题\n作者：宝尹\n\n正文。')).toEqual(['宝尹', null, null, '正文。']);
    expect(meta('## 标题\n2023-11-03 宝尹\n作者说这是一段正文。')).toEqual(['宝尹', '2023-11-03T00:00:00Z', null, '作者说这是一段正文。']);
    expect(meta('## Title\nBy then it was late\n\nBody.')).toEqual([null, null, null, 'By then it was late\n\nBody.']);
    expect(meta('## Title\nNov 3, 2023\nBy then it was late, and the talks ended.\n\nBody.')).toEqual([null, '2023-11-03T00:00:00Z', null, 'By then it was late, and the talks ended.\n\nBody.']);
  });

  it('takes the name alone from other bylines: 摄影, 文/, an outlet before 记者, a reporter glued to the name, a desk after it', () => {
    expect(header('`2023-11-03 18:22 摄影：穆罕默德·萨利姆`').author).toBe('穆罕默德·萨利姆');
    expect(header('2023-11-03 下午 06:22　文/宝尹　[原文链接](https://x.org/1)').author).toBe('宝尹');
    expect(header('2023年11月3日 | BBC中文记者 李文 | 来源：[BBC中文](https://www.bbc.com/zhongwen/simp/1)').author).toBe('李文');
    expect(header('2023年11月3日 下午6:22 · 記者陳冠宇／綜合報導 · 來源：[自由時報](https://news.ltn.com.tw/1)').author).toBe('陳冠宇');
    expect(header('`2023-11-03 記者林小明／台北報導`').author).toBe('林小明');
    expect(header('2023年11月3日 周五 凌晨2:15（北京时间） 作者：宝尹 [转载自GNews](https://gnews.org/1)').author).toBe('宝尹');
    // One character after 记者 is the name itself (记者乙), and 编辑部 is a desk, not 编辑 + 部.
    expect(header('`2023-11-03` 记者乙').author).toBe('记者乙');
    expect(header('`2023-11-03 编辑部`').author).toBe('编辑部');
  });

  it('skips a back-link written as HTML and a zero-width space before the header', () => {
    expect(readHeader('<a href="../README.md">返回</a>\n\n## 标题\n`2023-11-03` 宝尹\n\n正文').titleMarkdown).toBe('标题');
    expect(readHeader('<a href="/">首页</a> | <a href="x.md">下一篇</a>\n\n## 标题\n\n正文').titleMarkdown).toBe('标题');
    expect(readHeader('\u200b[返回](README.md)\n\n## 标题\n`2023-11-03` 宝尹\n\n正文')).toMatchObject({ titleMarkdown: '标题', author: '宝尹' });
    expect(parseArticleText('## \u200b卡塔尔新闻\u00a0速递\u200b\n`2023-11-03` 宝尹\n\n正文').meta.title).toBe('卡塔尔新闻 速递');
  });
});
