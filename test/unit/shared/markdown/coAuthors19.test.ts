/**
 * Co-author bylines (session 19): every name in the author field, in one form however the byline joins them — English
 * `A and B`, `A, B and C`; Chinese `甲、乙` — and the outlet the authors write for left out of it.
 */
import { describe, expect, it } from 'vitest';
import { authorNames, joinedEnglishNames, joinedHanNames } from '../../../../shared/model/authorNames';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { expectSourceMapProducesText } from './sourceMapCheck';

/** The author read from `byline` in each place a header writes it: after the date's code span, on a line of its own, inside the code span. */
function authorsEverywhere(byline: string): (string | null)[] {
  return [
    `## T\n\`2023-11-03 06:22\` ${byline}\n\nBody text here.\n`,
    `## T\n\`2023-11-03 06:22\`\n${byline}\n\nBody text here.\n`,
    `## T\n\`2023-11-03 06:22 ${byline}\`\n\nBody text here.\n`,
  ].map((source) => {
    const a = parseArticleText(source);
    expectSourceMapProducesText(a, byline);
    expect(a.text, byline).toBe('Body text here.');
    return a.meta.author;
  });
}

const english: Array<[string, string]> = [
  ['By Jane Doe and John Roe, Washington Post', 'Jane Doe and John Roe'],
  ['By Jane Doe and John Roe, The Washington Post', 'Jane Doe and John Roe'],
  ['By Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
  ['By Jane Doe, John Roe, and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
  ['By Jane Doe & John Roe', 'Jane Doe and John Roe'],
  ['By Jane Doe & John Roe, Reuters', 'Jane Doe and John Roe'],
  ['By Jane Doe and John Roe, Associated Press', 'Jane Doe and John Roe'],
  ['By Jane Doe and John Roe, Bloomberg', 'Jane Doe and John Roe'],
  ['By Jane Doe and John Roe, Al Jazeera', 'Jane Doe and John Roe'],
  ['By Jane Doe and John Roe, Financial Times', 'Jane Doe and John Roe'],
  ['By Jane Doe, John Roe and Ann Lee, CNN', 'Jane Doe, John Roe and Ann Lee'],
  ['By Jane Doe and John Roe | BBC News', 'Jane Doe and John Roe'],
  ['By Jane Doe, Bloomberg', 'Jane Doe'],
  ['By Jane Doe, Washington Post', 'Jane Doe'],
  ['By Jane Doe and John Roe, Staff Writers', 'Jane Doe and John Roe'],
  ['By Sarah O’Connor and Paul J. Weber', 'Sarah O’Connor and Paul J. Weber'],
  ['Authors: Jane Doe, John Roe', 'Jane Doe and John Roe'],
  // Near misses: a person whose surname is Post stays an author; names of one word, and capitals, stay as written.
  ['By Jane Doe, Emily Post', 'Jane Doe and Emily Post'],
  ['By Jane Doe, Emily Post and Li Wei', 'Jane Doe, Emily Post and Li Wei'],
  ['By JANE DOE and JOHN ROE', 'JANE DOE and JOHN ROE'],
  ['By Reuters Staff', 'Reuters Staff'],
];

const chinese: Array<[string, string]> = [
  ['作者：张三、李四', '张三、李四'],
  ['作者：张三，李四', '张三、李四'],
  ['作者：张三 李四', '张三、李四'],
  ['作者：张三和李四', '张三、李四'],
  ['作者：张三、李四和王五', '张三、李四、王五'],
  ['作者：張三與李四', '張三、李四'],
  ['作者：張三、李四', '張三、李四'],
  ['文／张三 李四', '张三、李四'],
  ['文/張三、李四', '張三、李四'],
  ['文｜张三 李四', '张三、李四'],
  ['文｜張三、李四', '張三、李四'],
  ['记者 张三 李四', '张三、李四'],
  ['记者：张三、李四 新华社', '张三、李四'],
  ['作者：张三、李四（新华社）', '张三、李四'],
  ['作者：張三、李四（中央通訊社）', '張三、李四'],
  ['作者：张三、李四 | 人民日报', '张三、李四'],
  ['記者 陳家倫、林巧璉／台北報導', '陳家倫、林巧璉'],
  ['作者：欧阳娜娜、司马光明', '欧阳娜娜、司马光明'],
  // Near misses: 和 inside one name, an outlet alone, a name written with a space, a two-character name ending in 台.
  ['作者：王和平', '王和平'],
  ['作者：李和', '李和'],
  ['作者：王 伟', '王 伟'],
  ['作者：张三 新华社', '张三'],
  ['作者：张三、高台', '张三、高台'],
];

describe('co-author bylines', () => {
  for (const [byline, author] of [...english, ...chinese]) {
    it(byline, () => {
      expect(authorsEverywhere(byline)).toEqual([author, author, author]);
    });
  }

  it('gives the same authors written in different ways one author field', () => {
    const forms = ['By Jane Doe & John Roe', 'By Jane Doe and John Roe, Washington Post', 'By Jane Doe, John Roe', 'Authors: Jane Doe and John Roe'];
    expect(new Set(forms.map((f) => authorsEverywhere(f)[0])).size).toBe(1);
    const zh = ['作者：张三、李四', '文／张三 李四', '记者 张三，李四', '作者：张三和李四', '文｜张三 李四'];
    expect(new Set(zh.map((f) => authorsEverywhere(f)[0]))).toEqual(new Set(['张三、李四']));
  });

  it('splits the joined field back into its people', () => {
    expect(authorNames('Jane Doe, John Roe and Ann Lee')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expect(authorNames('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(authorNames('张三、李四、王五')).toEqual(['张三', '李四', '王五']);
  });

  it('joins names only when every part is a name', () => {
    expect(joinedEnglishNames('Jane Doe, Jr.')).toBe('Jane Doe, Jr.');
    expect(joinedEnglishNames('Madonna and Prince')).toBe('Madonna and Prince');
    expect(joinedEnglishNames('Jane Doe & John Roe & Ann Lee')).toBe('Jane Doe, John Roe and Ann Lee');
    expect(joinedHanNames('中央社、王小明')).toBe('中央社、王小明');
    expect(joinedHanNames('人民日报和新华社')).toBe('人民日报和新华社');
    expect(joinedHanNames('张三与李四')).toBe('张三、李四');
    expect(joinedHanNames('张三及李四')).toBe('张三、李四');
  });

  it('leaves prose that starts like a byline as body text', () => {
    const a = parseArticleText('## Title\nNov 3, 2023\nBy then Jane Doe and John Roe had left, and the talks ended.\n\nBody.\n');
    expect(a.meta.author).toBeNull();
    expect(a.text.startsWith('By then Jane Doe')).toBe(true);
  });
});
