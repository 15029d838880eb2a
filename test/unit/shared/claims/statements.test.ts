import { describe, expect, it } from 'vitest';
import { findStatements, isAttributed } from '../../../../shared/claims/statements';

describe('isAttributed', () => {
  it.each([
    ['专家表示，这一立场对其有利。', true],
    ['据路透社报道，卡塔尔还向加沙支付工资。', true],
    ['“你会失去联系，”他说。', true],
    ['三名知情人士告诉美国有线电视新闻网，谈判仍在继续。', true],
    ['哈内格比在 X 上写道。', true],
    ['《华盛顿邮报》称，该协议已达成。', true],
    ['消息人士透露，会谈将在多哈举行。', true],
    ['美国国务院发言人称，美国将提供军事援助。', true],
    ['知情人称双方接近达成协议。', true],
    ['这本小说采用第三人称叙述。', false],
    ['人称代词有三种。', false],
    ['这份报告说明了问题。', false],
    ['她写了一部小说。', false],
    ['该组织被称为“哈马斯”。', false],
    ['对卡塔尔来说这很重要。', false],
    ['两国花了数年时间才修复关系。', false],
    ['据悉，该计划已被搁置。', true],
    ['據了解，談判已經破裂。', true],
    ['根据联合国的数据，加沙约有170万人流离失所。', true],
    ['这件事情没有人说得清楚。', false],
    ['该法保护数据信息安全。', false],
    ['据统计，今年共有逾百万游客到访。', true],
    ['据称，双方已经停火。', true],
    ['数据库统计，一共300条记录。', false],
    ['证据称不上充分。', false],
    ['他的表现称得上完美。', false],
  ])('zh: %s', (sentence, expected) => {
    expect(isAttributed(sentence, 'zh')).toBe(expected);
  });

  it.each([
    ['According to Reuters, Qatar pays salaries.', true],
    ['Some 5,000 rockets were fired in the first hours, the IDF claims.', true],
    ['More than 1.4 million Gazans have been displaced, the UN estimated last week.', true],
    ['Prices rose, analysts believe.', true],
    ['He filed the claims, and she estimated the damage at $4m.', false],
    ['Investors believed the stock was cheap.', false],
    ['"It is vital," said Hanegbi.', true],
    ['Officials told CNN the talks had stalled.', true],
    ['The minister says the deal is off.', true],
    ['The deal was signed in Doha.', false],
    ['Qatar hosts a large US air base.', false],
    ['The report claims that emissions fell.', true],
    ['Police alleges he fled the scene.', true],
    ['The insurance claims were rejected.', false],
    ['The alleged attack took place at night.', false],
  ])('en: %s', (sentence, expected) => {
    expect(isAttributed(sentence, 'en')).toBe(expected);
  });
});

describe('findStatements', () => {
  it('continues a speech: a quotation right after an attributed sentence on the same line is a statement', () => {
    const text = '“你会失去联系，”他说。“这些联系在未来可能会有用。”\n“这是另一段。”';
    expect(findStatements(text, 'zh').map((s) => s.text)).toEqual(['“你会失去联系，”他说。', '“这些联系在未来可能会有用。”']);
  });

  it('covers the sentence with exact offsets and all other fields null', () => {
    const text = 'Gaza is small. Officials said 200 people died.';
    const [s] = findStatements(text, 'en');
    expect(s).toEqual({
      text: 'Officials said 200 people died.', start: 15, end: 46, kind: 'statement', value: null, valueMax: null,
      currency: null, unit: null, per: null, approx: null, date: null,
    });
  });
});
