/**
 * The general rules behind the import15 fixes (see import15.test.ts), each on shapes beyond the fixtures: reference
 * definitions after an edited or removed block, a table's escaped wiki-link pipe written back, counts after a date
 * (`12点赞`), a CNA reporter before a place in no list, and the header forms the set found unread (`文/记者`, a
 * Japanese weekday, a zone before the date, a relative update note, an English byline's role, a source line above
 * the title, a first paragraph quoting a date).
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../shared/markdown/dates';
import { datelineAuthor } from '../../../../shared/markdown/dateline';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import type { DocJSON } from '../../../../shared/model/article';

const iso = (text: string): string | null => findDate(text)?.iso ?? null;
const meta = (header: string) => parseArticleText(`${header}\n\n正文第一段。\n`).meta;
const HEADER = '## 标题\n`2024-05-14 08:00 宝尹` [轉載自GNews](https://gnews.org/articles/1)\n\n';

/** The file with the document edited by `change`, written back; checked to read back as the edited document. */
function edit(source: string, change: (blocks: DocJSON[]) => void): string | null {
  const a = parseArticleText(source);
  const edited = structuredClone(a.doc);
  change(edited.content!);
  const written = writeBackEdit({ source, bodyStart: a.bodyStart, baseDoc: a.doc, editedDoc: edited, lang: a.meta.lang });
  if (written !== null) expect(JSON.stringify(parseArticleText(written).doc)).toBe(JSON.stringify(edited));
  return written;
}
/** Appends `note` to the first text of block `index`. */
const append = (index: number, note = '改') => (blocks: DocJSON[]) => {
  const text = blocks[index].content!.find((n) => n.type === 'text')!;
  text.text = `${text.text}${note}`;
};

describe('reference definitions after an edited or removed block', () => {
  it('stay where they were after an edited block followed by others', () => {
    const source = `${HEADER}第一段[路透社][r]。\n\n[r]: https://www.reuters.com/ "Reuters"\n\n第二段。\n\n第三段[路透社][r]。\n`;
    expect(edit(source, append(0))).toBe(`${HEADER}第一段改[路透社][r]。\n\n[r]: https://www.reuters.com/ "Reuters"\n\n第二段。\n\n第三段[路透社][r]。\n`);
  });

  it('stay when the block before them is removed, and when two edited blocks stand before them', () => {
    const source = `${HEADER}第一段。\n\n第二段[甲][a]。   \n\n[a]: https://a.example/\n\n\n第三段[甲][a]。\n`;
    expect(edit(source, (blocks) => blocks.splice(1, 1))).toBe(`${HEADER}第一段。\n\n[a]: https://a.example/\n\n第三段[甲][a]。\n`);
    const two = `${HEADER}第一段[甲][a]。\n\n[a]: https://a.example/\n\n第二段[乙][b]。\n\n[b]: https://b.example/\n\n第三段[甲][a][乙][b]。\n`;
    expect(edit(two, (blocks) => { append(0)(blocks); append(1)(blocks); })).toBe(
      `${HEADER}第一段改[甲][a]。\n\n第二段改[乙][b]。\n\n[a]: https://a.example/\n\n[b]: https://b.example/\n\n第三段[甲][a][乙][b]。\n`,
    );
  });

  it('stay when the blocks after a kept one are removed, before the definitions at the end', () => {
    const source = `${HEADER}第一段[甲][a]。\n\n[a]: https://a.example/\n\n第二段。\n\n第三段[乙][b]。\n\n[b]: https://b.example/\n`;
    expect(edit(source, (blocks) => blocks.splice(1, 2))).toBe(`${HEADER}第一段[甲][a]。\n\n[a]: https://a.example/\n\n[b]: https://b.example/\n`);
  });

  it('stay before the first block when it is edited, CRLF kept', () => {
    const source = `${HEADER}[a]: https://a.example/\n\n第一段[甲][a]。\n\n第二段。\n`.replace(/\n/g, '\r\n');
    expect(edit(source, (blocks) => blocks.splice(0, 1))).toBe(`${HEADER}[a]: https://a.example/\n\n第二段。\n`.replace(/\n/g, '\r\n'));
  });
});

describe('a file with mixed line endings written back block by block', () => {
  const crlfHeader = HEADER.replace(/\n/g, '\r\n');

  it('changes only the edited block, every other line keeping its own ending', () => {
    const source = `${crlfHeader}第一段。\n\n第二段。\r\n\r\n第三段。\n`;
    expect(edit(source, append(1))).toBe(`${crlfHeader}第一段。\n\n第二段。改\r\n\r\n第三段。\n`);
    expect(edit(source, append(0))).toBe(`${crlfHeader}第一段。改\n\n第二段。\r\n\r\n第三段。\n`);
  });

  it('writes the lines of a new block with the more common ending', () => {
    const source = `${crlfHeader}第一段。\r\n\r\n第二段。\n\n第三段。\r\n`;
    const written = edit(source, (blocks) => blocks.splice(1, 0, { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '甲' }] }, { type: 'paragraph', content: [{ type: 'text', text: '乙' }] }] }))!;
    expect(written).toBe(`${crlfHeader}第一段。\r\n\r\n> 甲\r\n>\r\n> 乙\r\n\r\n第二段。\n\n第三段。\r\n`);
  });

  it('removes a block and keeps the endings around it', () => {
    const source = `${crlfHeader}第一段。\n\n第二段。\r\n\r\n第三段[甲][a]。\n\n[a]: https://a.example/\r\n`;
    expect(edit(source, (blocks) => blocks.splice(1, 1))).toBe(`${crlfHeader}第一段。\n\n第三段[甲][a]。\n\n[a]: https://a.example/\r\n`);
  });
});

describe("a table's escaped wiki-link pipe written back", () => {
  const table = (pipe: string) => `${HEADER}| 國家 | 備註 |\n|---|---|\n| [[zh:阿曼${pipe}蘇丹國]] | 甲 |\n| [[zh:約旦${pipe}約旦王國]] | 乙 \\| 丙 |\n`;
  const cell = (blocks: DocJSON[]) => {
    const text = blocks[0].content![1].content![1].content![0];
    text.text = `${text.text}改`;
  };

  it('is escaped again when the file escapes it, in every row', () => {
    expect(edit(table('\\|'), cell)).toBe(`${HEADER}| 國家 | 備註 |\n| --- | --- |\n| [[zh:阿曼\\|蘇丹國]] | 甲改 |\n| [[zh:約旦\\|約旦王國]] | 乙 \\| 丙 |\n`);
  });

  it('stays unescaped when the file writes it so', () => {
    expect(edit(table('|'), cell)).toBe(`${HEADER}| 國家 | 備註 |\n| --- | --- |\n| [[zh:阿曼|蘇丹國]] | 甲改 |\n| [[zh:約旦|約旦王國]] | 乙 \\| 丙 |\n`);
  });

  it('keeps a label with its own pipe one link, and a header cell’s link, escaped', () => {
    const source = `${HEADER}| [[zh:卡塔爾\\|卡國]] | 備註 |\n|---|---|\n| [[zh:多哈\\|多哈 \\| 首都]] | 甲 |\n`;
    const written = edit(source, cell)!;
    expect(written).toBe(`${HEADER}| [[zh:卡塔爾\\|卡國]] | 備註 |\n| --- | --- |\n| [[zh:多哈\\|多哈 \\| 首都]] | 甲改 |\n`);
    const again = parseArticleText(written);
    expect(again.wikiLinks.map((l) => [l.target, again.text.slice(l.start, l.end)])).toEqual([['卡塔爾', '卡國'], ['多哈', '多哈 | 首都']]);
  });
});

describe('counts after a date are no clock and no name', () => {
  it('does not read 12点赞, 3点击 or 18時報 as a time', () => {
    expect(iso('2024-05-14 | 12点赞 | 王小明')).toBe('2024-05-14T00:00:00Z');
    expect(iso('2024年5月14日 3点击')).toBe('2024-05-14T00:00:00Z');
    expect(iso('2024年5月14日 12點閱')).toBe('2024-05-14T00:00:00Z');
    expect(iso('2024年5月14日18時報導')).toBe('2024-05-14T00:00:00Z');
  });

  it('still reads a Chinese hour with what goes on with a time: 钟, 半, 许, 分', () => {
    expect(iso('2024年5月14日 9点钟')).toBe('2024-05-14T09:00:00Z');
    expect(iso('2024年5月14日 下午3点半')).toBe('2024-05-14T15:30:00Z');
    expect(iso('2024年5月14日10时许')).toBe('2024-05-14T10:00:00Z');
    expect(iso('2024年5月14日晚上9点05分')).toBe('2024-05-14T21:05:00Z');
    expect(iso('2024年5月14日 18時')).toBe('2024-05-14T18:00:00Z');
  });

  it('leaves likes, shares and reposts out of the author', () => {
    expect(meta('## 标题\n2024-05-14 | 12点赞 | 王小明 | [转载自微博](https://weibo.com/1/abc)')).toMatchObject({ author: '王小明', published: '2024-05-14T00:00:00Z' });
    expect(meta('## 标题\n`2024-05-14 14:30 | 點讚 30 | 轉發 8 | 陳大文` [原文](https://x.example/1)')).toMatchObject({ author: '陳大文', published: '2024-05-14T14:30:00Z' });
    expect(meta('## Title\n`May 14, 2024 | 5 likes | 3 shares | Jane Doe` [Source](https://x.example/2)')).toMatchObject({ author: 'Jane Doe' });
  });
});

describe('a CNA reporter before a place in no list', () => {
  it('cuts a place that ends in an administrative division’s suffix at its three characters', () => {
    expect(datelineAuthor('（中央社記者李明三星鄉5日電）')).toBe('李明');
    expect(datelineAuthor('（中央社記者陳家豪大同鄉5日電）')).toBe('陳家豪');
    expect(datelineAuthor('（中央社記者林強信義區5日電）')).toBe('林強');
    expect(datelineAuthor('（中央社記者歐陽娜娜竹東鎮5日電）')).toBe('歐陽娜娜');
  });

  it('knows the scenic areas, townships and foreign cities the desks date from', () => {
    expect(datelineAuthor('（中央社記者王強太魯閣5日電）')).toBe('王強');
    expect(datelineAuthor('（中央社記者吳明利雅德5日專電）')).toBe('吳明');
    expect(datelineAuthor('（中央社記者張偉日月潭5日電）')).toBe('張偉');
    expect(datelineAuthor('（中央社記者黃小華、李明恆春5日電）')).toBe('黃小華、李明');
    expect(datelineAuthor('（中央社記者陳家豪布里斯本3日綜合外電報導）')).toBe('陳家豪');
  });
});

describe('header forms other sites write', () => {
  it('takes both labels off `文/记者 NAME`', () => {
    expect(meta('## 标题\n文/记者 张伟　2024年3月19日 14:05 来源：[明报](https://x.example/1)').author).toBe('张伟');
    expect(meta('## 標題\n`2024-03-19 14:05 文／記者 陳大文` [原文連結](https://x.example/1)').author).toBe('陳大文');
    expect(meta('## 标题\n`2024-03-19 14:05 文/本报记者 李明` [来源](https://x.example/1)').author).toBe('李明');
  });

  it('reads a Japanese weekday in brackets after the date', () => {
    expect(iso('2023年11月3日(金) 18:22')).toBe('2023-11-03T18:22:00Z');
    expect(iso('2023年11月3日（金曜日）18時22分 JST')).toBe('2023-11-03T09:22:00Z');
    expect(meta('## 标题\n`2023年11月3日(金) 作者：山田太郎` [来源](https://x.example/1)')).toMatchObject({ author: '山田太郎', published: '2023-11-03T00:00:00Z' });
  });

  it('reads a zone named before the date', () => {
    expect(iso('北京时间 2023年11月3日 18:22')).toBe('2023-11-03T10:22:00Z');
    expect(iso('北京時間2023年11月3日下午6時22分')).toBe('2023-11-03T10:22:00Z');
    expect(iso('台北時間：2024-01-13 21:45')).toBe('2024-01-13T13:45:00Z');
    expect(iso('GMT+8 2024/01/13 21:45')).toBe('2024-01-13T13:45:00Z');
    // A zone after the time wins.
    expect(iso('北京时间 2023-11-03 18:22 UTC')).toBe('2023-11-03T18:22:00Z');
    expect(meta('## 标题\n北京时间 2023年11月3日 18:22　王小明　[来源](https://x.example/1)').author).toBe('王小明');
  });

  it('leaves a relative update note out of the author', () => {
    expect(meta('## 标题\n`2023-11-10 20:00（更新：3小时前）宝尹` [转载自GNews](https://x.example/1)').author).toBe('宝尹');
    expect(meta('## Title\n`Nov 10, 2023 (Updated 2 hours ago) Jane Doe` [Source](https://x.example/1)').author).toBe('Jane Doe');
    expect(meta('## 標題\n`2023-11-10 20:00 更新於 昨天 陳大文` [原文](https://x.example/1)').author).toBe('陳大文');
  });

  it("takes an English byline's role or outlet after a comma off the names", () => {
    const bbc = (line: string) => meta(`# Title\n\nPublished 3 November 2023\n${line}\nSource: [BBC](https://www.bbc.com/news/1)`);
    expect(bbc('By Lyse Doucet, Chief international correspondent')).toMatchObject({ author: 'Lyse Doucet', source: 'https://www.bbc.com/news/1' });
    expect(bbc('By Jane Doe and John Smith, the Associated Press')).toMatchObject({ author: 'Jane Doe and John Smith' });
    expect(meta('## Title\n`Nov 3, 2023 · By Sam Lee, senior reporter` [Source](https://x.example/1)').author).toBe('Sam Lee');
    // Prose after By is still no byline.
    expect(parseArticleText('# Title\n\nNov 3, 2023\nBy then, talks had stalled.\n').text).toBe('By then, talks had stalled.');
  });

  it('leaves other labelled fields out of the author, and reads English byline labels', () => {
    expect(meta('## 标题\n2023-11-03 18:22 | 来源：人民网 | 责任编辑：李四').author).toBe(null);
    expect(meta('## 标题\n2023年11月03日 18:22 来源：央视新闻客户端').author).toBe(null);
    expect(meta('## Title\n2023-11-03 18:22 | Photo: Jane Doe | By John Smith').author).toBe('John Smith');
    expect(meta('## Title\n`2023-11-03 18:22 Author: Jane Doe` [Source](https://x.example/1)').author).toBe('Jane Doe');
    expect(meta('## Title\n`2023-11-03 18:22 By: Jane Doe` [Source](https://x.example/1)').author).toBe('Jane Doe');
    expect(meta('## Title\nWritten by Jane Doe · Nov 3, 2023').author).toBe('Jane Doe');
    expect(meta('## 标题\n`2023-11-03 18:22 字号：大 作者：王小明`').author).toBe('王小明');
  });

  it("reads Taiwan's one-character weekday, a weekday before the date, and a British clock with a dot", () => {
    expect(meta('## 標題\n2023/11/3（五）18:22 記者王小明')).toMatchObject({ author: '王小明', published: '2023-11-03T18:22:00Z' });
    expect(meta('## 标题\n星期五, 2023年11月3日 18:22')).toMatchObject({ author: null, published: '2023-11-03T18:22:00Z' });
    expect(iso('Friday 3 November 2023 18.22 GMT')).toBe('2023-11-03T18:22:00Z');
    expect(iso('Fri 3 Nov 2023 06.22 BST')).toBe('2023-11-03T05:22:00Z');
    expect(iso('Nov 3, 2023 6.22pm')).toBe('2023-11-03T18:22:00Z');
    expect(iso('3 Nov 2023 18.5%')).toBe('2023-11-03T00:00:00Z');
    expect(meta('# Title\nFriday 3 November 2023 18.22 GMT').author).toBe(null);
  });

  it('reads the fields social sites and agencies print beside the date', () => {
    expect(meta('## 标题\n2023-11-03 18:22 · 北京 · 王小明')).toMatchObject({ author: '王小明', published: '2023-11-03T18:22:00Z' });
    expect(meta('## 标题\n2023-11-03 18:22 IP属地：北京 王小明').author).toBe('王小明');
    expect(meta('## 標題\n中央社記者王小明台北3日電 2023/11/03 18:22')).toMatchObject({ author: '王小明', published: '2023-11-03T18:22:00Z' });
    expect(meta('## 標題\n`2023/11/03 18:22 中央社記者林志明、陳美玲華盛頓2日專電`').author).toBe('林志明、陳美玲');
    // A place alone beside the date is where, not who (changed after session 15's review: it was read as the name).
    expect(meta('## 标题\n`2023-11-03 18:22 北京`').author).toBe(null);
  });

  it("takes an outlet after an English byline's comma off, and reads a clock after ' / '", () => {
    expect(meta('# Title\nBy Jane Doe, CNN\nUpdated 6:22 PM EST, Fri November 3, 2023')).toMatchObject({ author: 'Jane Doe', published: '2023-11-03T23:22:00Z' });
    expect(meta('# Title\n`Nov 3, 2023 · By Jane Doe, The Washington Post`').author).toBe('Jane Doe');
    expect(meta('# Title\n`Nov 3, 2023 · By Jane Doe, John Smith`').author).toBe('Jane Doe and John Smith'); // one form since session 19
    expect(meta('# Title\nNov 3, 2023 / 6:22 PM / Updated 2 hours ago').published).toBe('2023-11-03T18:22:00Z');
    expect(iso('2023-11-03 / 14:30')).toBe('2023-11-03T14:30:00Z');
    expect(iso('2023-11-03/14:30')).toBe('2023-11-03T00:00:00Z');
  });

  it('merges a source line above the title with the date line under it', () => {
    expect(meta('来源：[大纪元](https://www.epochtimes.com/gb/1.htm)\n\n### 标题\n\n`2023年11月3日 08:30 EST`')).toMatchObject({ source: 'https://www.epochtimes.com/gb/1.htm', published: '2023-11-03T13:30:00Z' });
    expect(meta('Source: [Reuters](https://www.reuters.com/1)\n\n# Title\n\nNov 3, 2023 · By Jane Doe')).toMatchObject({ source: 'https://www.reuters.com/1', author: 'Jane Doe' });
    // The line under the title gives its fields first.
    expect(meta('`2023-11-01 08:00 李四` [来源](https://a.example/1)\n\n## 标题\n`2023-11-03 08:00` [来源](https://b.example/2)')).toMatchObject({ source: 'https://b.example/2', published: '2023-11-03T08:00:00Z', author: '李四' });
  });

  it('keeps a first paragraph that quotes a date in the body, whatever it ends with', () => {
    const body = (para: string) => parseArticleText(`## 标题\n\n${para}\n\n第二段。\n`);
    for (const para of ['“2023年10月7日是以色列历史上最黑暗的一天，”他周六说。（更正）', '2023年10月7日，哈马斯袭击以色列。以方随即宣战（路透）', '「2023年10月7日是最黑暗的一天」他說']) {
      const a = body(para);
      expect(a.meta.published, para).toBe(null);
      expect(a.text, para).toBe(`${para}\n\n第二段。`);
    }
  });
});
