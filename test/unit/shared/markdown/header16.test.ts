/**
 * Header bylines of session 16: several authors in one field (`By Jane Doe, Emily Post`, `记者 王小明 李华`), a place
 * and a role before the name (`上海 记者 王小明`, `本报北京3月5日电（记者 张三）`), and three-character names glued to a
 * place or township (`中央社記者林巧璉屏東縣5日電`). The author field stays one string: Chinese names joined with `、`,
 * English names as a sentence lists them (`A and B`, `A, B and C`; session 19, before: as the byline wrote them). A first paragraph that only mentions 记者 is body text. Every case is
 * also imported through the services and exported as `md`, which must give back the file byte for byte.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../../electron/services/services';
import { claimReviews } from '../../../../shared/export/claimReview';
import { newClaimDetails } from '../../../../shared/model/annotation';
import { authorNames, joinedHanNames } from '../../../../shared/model/authorNames';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { tempDir } from '../../electron/tempDir';
import { sampleAnnotations } from '../export/annotationFixtures';
import { expectSerializedReadsBack, expectSourceMapProducesText } from './sourceMapCheck';

const read = (source: string) => parseArticle(Buffer.from(source, 'utf8'), { fileName: 'header16.md' });

/** [header lines under the title, expected author, the text the body starts with]. */
type Case = [string, string | null, string];

const EN = 'Body text.';
const ZH = '正文。';

const severalAuthors: Case[] = [
  // Session 19: English names in one form (`A and B`, `A, B and C`), however the byline joined them.
  ['By Jane Doe, Emily Post', 'Jane Doe and Emily Post', EN],
  ['By Jane Doe and Emily Post', 'Jane Doe and Emily Post', EN],
  ['By Jane Doe, Emily Post and Li Wei', 'Jane Doe, Emily Post and Li Wei', EN],
  ['By Jane Doe, Emily Post, and Li Wei', 'Jane Doe, Emily Post and Li Wei', EN],
  ['By Jane Doe & Emily Post', 'Jane Doe and Emily Post', EN],
  ['Nov 3, 2023 6:22 PM EST\nBy Jane Doe, Emily Post', 'Jane Doe and Emily Post', EN],
  ['Nov 3, 2023 · Jane Doe, Emily Post and Li Wei', 'Jane Doe, Emily Post and Li Wei', EN],
  ['`Nov 3, 2023` Jane Doe, Emily Post and Li Wei', 'Jane Doe, Emily Post and Li Wei', EN],
  ['`Nov 3, 2023` By Jane Doe, Emily Post and Li Wei', 'Jane Doe, Emily Post and Li Wei', EN],
  ['Authors: Jane Doe, Emily Post', 'Jane Doe and Emily Post', EN],
  // An outlet or role after the names is still cut.
  ['By Jane Doe, Emily Post, Reuters', 'Jane Doe and Emily Post', EN],
  ['By Jane Doe and Emily Post, CNN', 'Jane Doe and Emily Post', EN],
  ['By Jane Doe, The Washington Post', 'Jane Doe', EN],
  ['By Jane Doe, New York Post', 'Jane Doe', EN],
  ['By Jane Doe, Associated Press', 'Jane Doe', EN],
  ['By Jane Doe, Staff Writer', 'Jane Doe', EN],
  ['作者：宝尹、李明', '宝尹、李明', ZH],
  ['作者：宝尹，李明', '宝尹、李明', ZH],
  ['作者：宝尹 李明', '宝尹、李明', ZH],
  ['`2023-11-03 18:22 作者：宝尹、李明`', '宝尹、李明', ZH],
  ['`2023-11-03 18:22` 宝尹、李明 [轉載自GNews](https://gnews.org/articles/1)', '宝尹、李明', ZH],
  ['记者 王小明 李华', '王小明、李华', ZH],
  ['记者 王小明、李华、张伟', '王小明、李华、张伟', ZH],
  ['2023-11-03 18:22 记者 王小明 李华', '王小明、李华', ZH],
  ['文／張三、李四', '張三、李四', '正文。'],
  ['文／記者 張三、李四', '張三、李四', ZH],
  ['2023-11-03 文／張三、李四', '張三、李四', ZH],
  ['記者 陳家倫 林巧璉', '陳家倫、林巧璉', ZH],
  // One name written with a space stays one name.
  ['`2021-03-05 14:30 作者：王 伟`', '王 伟', ZH],
  ['`2021-03-05 14:30 作者：佐藤 健`', '佐藤 健', ZH],
];

const placeRoleName: Case[] = [
  ['上海 记者 王小明', '王小明', ZH],
  ['上海 记者 王小明 报道', '王小明', ZH],
  ['北京 记者 王小明 李华', '王小明、李华', ZH],
  ['本报北京记者 张三', '张三', ZH],
  ['`2023-11-03` 上海 记者 王小明', '王小明', ZH],
  ['2023-11-03 上海 记者 王小明', '王小明', ZH],
  ['2023-11-03 18:22 本报上海 记者 王小明', '王小明', ZH],
  ['2023-03-05 本报北京 3 月 5 日电 记者 张三', '张三', ZH],
  ['2023-03-05 本报北京3月5日电（记者 张三）', '张三', ZH],
  ['2023-03-05 本报北京3月5日电（记者 张三 李四）', '张三、李四', ZH],
  ['2023-03-05 （记者 李四 台北报导）', '李四', ZH],
  ['2023-03-05 中央社記者陳家倫台北 5 日電', '陳家倫', ZH],
  ['2023-03-05 記者林巧璉 屏東縣報導', '林巧璉', ZH],
  ['2023-03-05 記者林巧璉／屏東縣報導', '林巧璉', ZH],
  ['2023-03-05 記者林巧璉屏東縣報導', '林巧璉', ZH],
];

const threeCharacterNames: Case[] = [
  ['2023-03-05 中央社記者林巧璉屏東縣 5 日電', '林巧璉', ZH],
  ['2023-03-05 中央社記者林巧璉屏東縣車城鄉 5 日電', '林巧璉', ZH],
  ['2023-03-05 中央社記者林巧璉恆春 5 日電', '林巧璉', ZH],
  ['2023-03-05 中央社記者林巧璉車城 5 日電', '林巧璉', ZH],
  ['2023-03-05 中央社記者林巧璉、陳家倫屏東縣 5 日電', '林巧璉、陳家倫', ZH],
  // 新竹 and 竹北 are both places: the cut that leaves exactly a place keeps the name whole.
  ['2023-03-05 中央社記者張志新竹北 5 日電', '張志新', ZH],
  ['2023-03-05 中央社記者李明新竹 5 日電', '李明', ZH],
];

/** Headers whose author comes from the dateline that opens the body (the dateline stays in the body). */
const datelines: Case[] = [
  ['2023-03-05\n\n（中央社記者林巧璉屏東縣 5 日電）', '林巧璉', '（中央社記者林巧璉屏東縣 5 日電）'],
  ['2023-03-05\n\n（中央社記者林巧璉屏東 5 日電）', '林巧璉', '（中央社記者林巧璉屏東'],
  ['2023-03-05\n\n（中央社記者林巧璉車城鄉 5 日電）', '林巧璉', '（中央社'],
  ['2023-03-05\n\n（中央社記者林巧璉新竹縣竹北市 5 日電）', '林巧璉', '（中央社'],
  ['2023-03-05\n\n（中央社記者林巧璉牡丹鄉旭海村 5 日電）', '林巧璉', '（中央社'],
  ['2023-03-05\n\n（記者林巧璉恆春鎮報導）', '林巧璉', '（記者'],
  ['2023-03-05\n\n（中央社記者張志新竹北 5 日電）', '張志新', '（中央社'],
  ['2023-03-05\n\n（记者 李四 台北报导）', '李四', '（记者 李四'],
  ['2023-03-05\n\n（中央社記者王小明、林巧璉台北 5 日電）', '王小明、林巧璉', '（中央社'],
  ['2023-03-05\n\n新华社北京5月15日电（记者王小明 李华）', '王小明、李华', '新华社'],
  ['中央社記者陳家倫台北 5 日電', '陳家倫', '中央社記者陳家倫台北 5 日電'],
  ['本报北京 3 月 5 日电 记者 张三', '张三', '本报北京 3 月 5 日电'],
];

/** A first paragraph that mentions 记者 or a place is body text: no author, nothing taken out of the body. */
const bodyNotHeader: Case[] = [
  ['2023-03-05\n\n记者王小明今天在北京看到大雨。', null, '记者王小明今天在北京看到大雨。'],
  ['2023-03-05\n\n上海记者王小明今天在北京看到大雨。', null, '上海记者王小明今天在北京看到大雨。'],
  ['2023-03-05\n\n记者 王小明 说，北京今天下大雨。', null, '记者 王小明 说，北京今天下大雨。'],
  ['记者王小明今天在北京看到大雨。', null, '记者王小明今天在北京看到大雨。'],
  ['上海 记者 王小明 今天 在 外滩 看到 大雨', null, '上海 记者 王小明 今天'],
  ['2023-03-05\n\n記者會上，陳家倫表示將在台北舉行活動。', null, '記者會上'],
  ['2023-03-05\n\nBy then Jane Doe and Emily Post had left.', null, 'By then Jane Doe'],
  ['2023-03-05\n\n北京记者协会今天发表声明。', null, '北京记者协会'],
];

/** The body paragraph a case adds after its header: the plain one, or none when the header lines hold the body's start. */
const bodyOf = (bodyStart: string): string => (bodyStart === EN || bodyStart === ZH ? bodyStart : '');

function check(cases: Case[], title: string): void {
  for (const [header, author, bodyStart] of cases) {
    it(header.replace(/\n/g, ' ⏎ '), () => {
      const a = read(`## ${title}\n\n${header}\n\n${bodyOf(bodyStart)}\n`);
      expect(a.meta.author).toBe(author);
      expect(a.text.startsWith(bodyStart), a.text).toBe(true);
      expectSourceMapProducesText(a, header);
      expectSerializedReadsBack(a, header);
    });
  }
}

describe('several authors in one field', () => check(severalAuthors, 'Title'));
describe('a place and a role before the name', () => check(placeRoleName, '标题'));
describe('three-character names beside a place', () => check(threeCharacterNames, '標題'));
describe('the dateline that opens the body names the reporters', () => check(datelines, '標題'));
describe('a first paragraph that mentions a reporter stays body', () => check(bodyNotHeader, '标题'));

describe('authorNames', () => {
  const cases: [string, string[]][] = [
    ['王小明、李华', ['王小明', '李华']],
    ['Jane Doe, Emily Post and Li Wei', ['Jane Doe', 'Emily Post', 'Li Wei']],
    ['Jane Doe, Emily Post, and Li Wei', ['Jane Doe', 'Emily Post', 'Li Wei']],
    ['Jane Doe & John Smith', ['Jane Doe', 'John Smith']],
    ['Jim Vertuno and Paul J. Weber', ['Jim Vertuno', 'Paul J. Weber']],
    ['佐藤 健', ['佐藤 健']],
    ['Reuters Staff', ['Reuters Staff']],
    ['Doe, Jr.', ['Doe, Jr.']],
    ['  ', []],
  ];
  for (const [field, names] of cases) it(field, () => expect(authorNames(field)).toEqual(names));
});

describe('joinedHanNames', () => {
  const cases: [string, string][] = [
    ['王小明 李华', '王小明、李华'],
    ['宝尹，李明', '宝尹、李明'],
    ['張三, 李四、王五', '張三、李四、王五'],
    ['安东尼·布林肯 王毅', '安东尼·布林肯、王毅'],
    ['王 伟', '王 伟'],
    ['中央社 王小明', '中央社 王小明'],
    ['人民日报 评论员', '人民日报 评论员'],
    ['Jane Doe and Emily Post', 'Jane Doe and Emily Post'],
    ['宝尹', '宝尹'],
  ];
  for (const [written, joined] of cases) it(written, () => expect(joinedHanNames(written)).toBe(joined));
});

describe('ClaimReview with several authors', () => {
  const review = (author: string | null) =>
    // Anchored: a claim whose place is unconfirmed gets no review (reportCaveats.test.ts).
    claimReviews([{ ...sampleAnnotations()[0], anchor: { state: 'anchored', confidence: 1 }, claim: { ...newClaimDetails('110'), verdict: 'false' } }], {
      article: { title: 'T', source: 'https://example.org/a', published: null, author, lang: 'en' },
      reviewer: { name: 'Desk' },
      reportUrl: 'https://example.org/r',
    })[0];

  it('lists each name as a person', () => {
    expect(review('Jane Doe and Li Wei').itemReviewed.appearance?.author).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Person', name: 'Li Wei' },
    ]);
    expect(review('王小明、李华').itemReviewed.author).toEqual([
      { '@type': 'Person', name: '王小明' },
      { '@type': 'Person', name: '李华' },
    ]);
  });

  it('keeps one author as one agent', () => {
    expect(review('宝尹').itemReviewed.appearance?.author).toEqual({ '@type': 'Person', name: '宝尹' });
    expect(review(null).itemReviewed.appearance?.author).toBeUndefined();
  });
});

describe('through the services: stored author, md exported byte for byte', () => {
  let s: ReturnType<typeof openServices>;
  beforeAll(() => {
    s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  });
  afterAll(() => s.close());

  const all = [...severalAuthors, ...placeRoleName, ...threeCharacterNames, ...datelines, ...bodyNotHeader];
  it(`${all.length} headers`, () => {
    all.forEach(([header, author, bodyStart], i) => {
      const input = Buffer.from(`## 標題 ${i}\n\n${header}\n\n${bodyOf(bodyStart)}\n`, 'utf8');
      const outcome = s.imports.importBytes(`header16-${i}.md`, input);
      expect(outcome.status, header).toBe('imported');
      const id = outcome.articleId!;
      expect(s.articles.summary(id)!.author ?? null, header).toBe(author);
      expect(Buffer.from(s.exports.exportArticle(id, 'md').bytes).equals(input), header).toBe(true);
    });
  });
});
