/**
 * Re-anchoring on revisions it was not tuned on: hand-written Chinese (simplified and traditional) and English
 * articles, each edited the way real revisions are edited, each row stating what a fact-checker should see.
 *
 * The expectations chosen (see also the doc comment of `shared/anchoring/reanchor.ts`):
 *   - the quote, unchanged, where its context (at least one side, for a distinctive quote) still agrees and nowhere
 *     else alike: `anchored` on it;
 *   - any change of the annotated words (a typo fixed, a word inserted, part deleted, a number reformatted, spaces
 *     added or removed): `moved`, the span covering the new wording, so that a person confirms it;
 *   - changes that do not change the words: a whole article converted between simplified and traditional script, or
 *     full-width forms written half-width (，→ , ３→3): treated as equal text (`anchored`, or `moved` if only for
 *     another reason), because a person reads the same words there;
 *   - a copy of the sentence elsewhere with other context while the original is gone: at most `moved`, never
 *     `anchored`; and when that copy was already in the old text (it was another sentence all along), `orphaned`;
 *   - the words deleted or rewritten beyond a quarter of the quote: `orphaned`;
 *   - offsets never split a UTF-16 surrogate pair, for the span and for an orphan's marker alike.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { reanchor } from '../../../../shared/anchoring/reanchor';
import { reanchorAll } from '../../../../shared/anchoring/reanchorAll';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { checkCase, isLowSurrogate, runCase, type AnchorCase } from './anchorCases';

const ZH = [
  '海湾小国卡塔尔再次站到了外交舞台的中央，这一次是因为它在加沙停火谈判中扮演的调解角色。',
  '据两名知情官员透露，卡塔尔每月向加沙提供约 3000 万美元，用于支付公务员工资和购买电厂燃料。这笔钱经由以色列同意后转入。',
  '卡塔尔外交部发言人周二在多哈表示，谈判“已进入关键阶段”，但拒绝透露更多细节。',
  '批评者认为，卡塔尔的资金间接帮助了哈马斯巩固对加沙的控制，而卡塔尔否认这一说法。',
  '以色列总理办公室在一份声明中说，已有至少 50 名人质获释，其中包括 12 名外国公民。',
  '分析人士指出，卡塔尔的影响力来自其庞大的天然气财富以及与各方保持的沟通渠道。',
];
// The same article as a traditional-script site would publish it (the quotation marks change too).
const ZH_HANT = [
  '海灣小國卡塔爾再次站到了外交舞臺的中央，這一次是因為它在加沙停火談判中扮演的調解角色。',
  '據兩名知情官員透露，卡塔爾每月向加沙提供約 3000 萬美元，用於支付公務員工資和購買電廠燃料。這筆錢經由以色列同意後轉入。',
  '卡塔爾外交部發言人週二在多哈表示，談判「已進入關鍵階段」，但拒絕透露更多細節。',
  '批評者認為，卡塔爾的資金間接幫助了哈馬斯鞏固對加沙的控制，而卡塔爾否認這一說法。',
  '以色列總理辦公室在一份聲明中說，已有至少 50 名人質獲釋，其中包括 12 名外國公民。',
  '分析人士指出，卡塔爾的影響力來自其龐大的天然氣財富以及與各方保持的溝通渠道。',
];
const EN = [
  'Qatar has once again found itself at the centre of regional diplomacy, this time as the mediator of ceasefire talks in Gaza.',
  'According to two officials familiar with the matter, Qatar sends about $30 million a month to Gaza to pay civil servants and buy fuel for the power plant.',
  'A spokesman for the foreign ministry said in Doha on Tuesday that the talks had "entered a critical phase", but declined to give details.',
  'Critics argue that Qatari money has indirectly helped Hamas tighten its grip on Gaza, a claim Qatar denies.',
  'The Israeli prime minister\'s office said in a statement that at least 50 hostages had been released, including 12 foreign nationals.',
  "Analysts say Qatar's influence comes from its vast gas wealth and the channels it keeps open to all sides.",
];

const join = (paragraphs: string[]): string => paragraphs.join('\n\n');
const zh = join(ZH);
const en = join(EN);
const replaced = (paragraphs: string[], index: number, paragraph: string): string[] =>
  paragraphs.map((p, i) => (i === index ? paragraph : p));
const without = (paragraphs: string[], index: number): string[] => paragraphs.filter((_, i) => i !== index);




const moneyZh = '卡塔尔每月向加沙提供约 3000 万美元';
const moneyEn = 'Qatar sends about $30 million a month to Gaza';
const hostagesZh = '已有至少 50 名人质获释';
const denialZh = '而卡塔尔否认这一说法';

const cases: AnchorCase[] = [
  { name: 'unchanged text', old: zh, new: zh, quote: moneyZh, expect: 'anchored', found: moneyZh },
  {
    name: 'a paragraph inserted before',
    old: zh,
    new: join(['编者按：本文已更新。', ...ZH]),
    quote: moneyZh,
    expect: 'anchored',
    found: moneyZh,
  },

  // A copy of the sentence elsewhere.
  {
    name: 'the annotated paragraph pasted again after the end, original kept',
    old: zh,
    new: join([...ZH, ZH[1]]),
    quote: moneyZh,
    expect: 'anchored',
    found: moneyZh,
  },
  {
    name: 'the annotated paragraph pasted again before the start, original kept',
    old: zh,
    new: join([ZH[1], ...ZH]),
    quote: moneyZh,
    expect: 'anchored',
    found: moneyZh,
    foundNth: 1,
  },
  {
    name: 'the annotated sentence repeated in another paragraph, original deleted',
    old: zh,
    new: join(replaced(without(ZH, 1), 3, `${ZH[5]}${moneyZh}，这一数字从未公开。`)),
    quote: moneyZh,
    expect: 'moved',
    found: moneyZh,
  },
  {
    name: 'a look-alike sentence (one word differs) elsewhere, original deleted',
    old: zh,
    new: join([...without(ZH, 1), '另据报道，卡塔尔每月向约旦提供约 3000 万美元，用于难民援助。']),
    quote: moneyZh,
    expect: 'not anchored',
  },
  {
    name: 'of two copies in the old text, the annotated first one deleted: the other one was never it',
    old: join([...ZH, `报道重申：${moneyZh}，用途未变。`]),
    new: join([...without(ZH, 1), `报道重申：${moneyZh}，用途未变。`]),
    quote: moneyZh,
    expect: 'orphaned',
  },
  {
    name: 'English: the sentence copied to the end, original deleted',
    old: en,
    new: join([...without(EN, 1), `In short, ${moneyEn}, the officials said.`]),
    quote: moneyEn,
    expect: 'moved',
    found: moneyEn,
  },

  // Paragraphs moved, split, merged.
  {
    name: 'paragraphs reordered, the annotated words inside their paragraph',
    old: zh,
    new: join([ZH[0], ZH[2], ZH[3], ZH[4], ZH[1], ZH[5]]),
    quote: '用于支付公务员工资',
    expect: 'anchored',
    found: '用于支付公务员工资',
  },
  {
    name: 'paragraphs reordered, the annotated whole paragraph moved (no context left): confirm',
    old: zh,
    new: join([ZH[0], ZH[2], ZH[3], ZH[4], ZH[1], ZH[5]]),
    quote: ZH[1],
    expect: 'moved',
    found: ZH[1],
  },
  {
    name: 'English paragraphs reordered, annotation inside the moved one',
    old: en,
    new: join([EN[0], EN[2], EN[3], EN[1], EN[4], EN[5]]),
    quote: 'to pay civil servants',
    expect: 'anchored',
    found: 'to pay civil servants',
  },
  {
    name: 'a paragraph split in two, annotation in its first half',
    old: zh,
    new: zh.replace('燃料。这笔钱', '燃料。\n\n这笔钱'),
    quote: moneyZh,
    expect: 'anchored',
    found: moneyZh,
  },
  {
    name: 'a paragraph split in two inside the annotated words',
    old: zh,
    new: zh.replace('燃料。这笔钱', '燃料。\n\n这笔钱'),
    quote: '购买电厂燃料。这笔钱经由以色列同意',
    expect: 'moved',
    found: '购买电厂燃料。\n\n这笔钱经由以色列同意',
  },
  {
    name: 'two paragraphs merged',
    old: zh,
    new: zh.replace('细节。\n\n批评者', '细节。批评者'),
    quote: '批评者认为，卡塔尔的资金间接帮助了哈马斯',
    expect: 'anchored',
    found: '批评者认为，卡塔尔的资金间接帮助了哈马斯',
  },

  // The annotated words themselves edited.
  {
    name: 'words inserted inside the span',
    old: zh,
    new: zh.replace('向加沙提供', '向加沙地带提供'),
    quote: moneyZh,
    expect: 'moved',
    found: '卡塔尔每月向加沙地带提供约 3000 万美元',
  },
  {
    name: 'part of the span deleted',
    old: zh,
    new: zh.replace('每月向加沙提供约 3000', '每月向加沙提供 3000'),
    quote: moneyZh,
    expect: 'moved',
    found: '卡塔尔每月向加沙提供 3000 万美元',
  },
  {
    name: 'most of the span deleted: orphaned',
    old: zh,
    new: zh.replace('卡塔尔每月向加沙提供约 3000 万美元，', ''),
    quote: moneyZh,
    expect: 'orphaned',
  },
  {
    name: 'a typo fixed inside the span',
    old: zh.replace('向加沙提供', '向加纱提供'),
    new: zh,
    quote: '卡塔尔每月向加纱提供约 3000 万美元',
    expect: 'moved',
    found: moneyZh,
  },
  {
    name: 'English: a typo fixed inside the span',
    old: en.replace('civil servants', 'civil sevrants'),
    new: en,
    quote: 'to pay civil sevrants and buy fuel',
    expect: 'moved',
    found: 'to pay civil servants and buy fuel',
  },
  {
    name: 'a number reformatted inside the span (3000 万 -> 3,000万)',
    old: zh,
    new: zh.replace('3000 万', '3,000万'),
    quote: moneyZh,
    expect: 'moved',
    found: '卡塔尔每月向加沙提供约 3,000万美元',
  },
  {
    name: 'spaces removed inside the span',
    old: zh,
    new: zh.replace('约 3000 万', '约3000万'),
    quote: moneyZh,
    expect: 'moved',
    found: '卡塔尔每月向加沙提供约3000万美元',
  },
  {
    name: 'spaces removed around the span only',
    old: zh,
    new: zh.replace('已有至少 50 名', '已有至少 50 名').replace('包括 12 名', '包括12名'),
    quote: hostagesZh,
    expect: 'anchored',
    found: hostagesZh,
  },
  {
    name: 'full-width comma written half-width inside the span',
    old: zh,
    new: zh.replace('据两名知情官员透露，卡塔尔', '据两名知情官员透露,卡塔尔'),
    quote: '知情官员透露，卡塔尔每月',
    expect: 'anchored',
    found: '知情官员透露,卡塔尔每月',
  },
  {
    name: 'full-width commas written half-width throughout, span between them',
    old: zh,
    new: zh.replace(/，/g, ','),
    quote: moneyZh,
    expect: 'anchored',
    found: moneyZh,
  },
  {
    name: 'full-width digits in the old text written half-width',
    old: zh.replace('3000', '３０００'),
    new: zh,
    quote: '卡塔尔每月向加沙提供约 ３０００ 万美元',
    expect: 'anchored',
    found: moneyZh,
  },
  {
    name: 'the sentence rewritten entirely',
    old: zh,
    new: join(replaced(ZH, 1, '消息人士称，多哈方面向该地区的援助已大幅削减，具体金额不详。这笔钱经由以色列同意后转入。')),
    quote: moneyZh,
    expect: 'orphaned',
  },
  {
    name: 'English: the sentence rewritten entirely',
    old: en,
    new: join(replaced(EN, 1, 'Sources said aid from Doha to the territory had been cut sharply; no figure was given.')),
    quote: moneyEn,
    expect: 'orphaned',
  },

  // Script conversion of the whole article.
  {
    name: 'simplified article converted to traditional',
    old: zh,
    new: join(ZH_HANT),
    quote: moneyZh,
    expect: 'anchored',
    found: '卡塔爾每月向加沙提供約 3000 萬美元',
  },
  {
    name: 'traditional article converted to simplified',
    old: join(ZH_HANT),
    new: zh,
    quote: '批評者認為，卡塔爾的資金間接幫助了哈馬斯',
    expect: 'anchored',
    found: '批评者认为，卡塔尔的资金间接帮助了哈马斯',
  },
  {
    name: 'converted to traditional, and the quotation marks inside the span changed to 「」',
    old: zh,
    new: join(ZH_HANT),
    quote: '谈判“已进入关键阶段”',
    expect: 'moved',
    found: '談判「已進入關鍵階段」',
  },
  {
    name: 'converted to traditional, a short quote among many look-alikes',
    old: zh,
    new: join(ZH_HANT),
    quote: '卡塔尔',
    nth: 4,
    expect: 'anchored',
    found: '卡塔爾',
    foundNth: 4,
  },

  // Short quotes.
  {
    name: 'a three-character name that occurs many times, paragraph inserted before',
    old: zh,
    new: join(['编者按：本文已更新。', ...ZH]),
    quote: '卡塔尔',
    nth: 4,
    expect: 'anchored',
    found: '卡塔尔',
    foundNth: 4,
  },
  {
    name: 'a three-character name, the words right after it changed',
    old: zh,
    new: zh.replace('而卡塔尔否认这一说法', '而卡塔尔方面一直否认这一说法'),
    quote: '卡塔尔',
    nth: 4,
    expect: 'anchored',
    found: '卡塔尔',
    foundNth: 4,
  },
  {
    name: 'a three-character name whose paragraph was deleted',
    old: zh,
    new: join(without(ZH, 3)),
    quote: '卡塔尔',
    nth: 4,
    expect: 'orphaned',
  },
  {
    name: 'one character, its paragraph edited elsewhere',
    old: zh,
    new: zh.replace('用于支付公务员工资', '用于支付当地公务员工资'),
    quote: '约',
    expect: 'anchored',
    found: '约',
  },
  {
    name: 'two characters, the sentence around them rewritten',
    old: zh,
    new: join(replaced(ZH, 2, '发言人在多哈的记者会上没有回答关于谈判的问题。')),
    quote: '多哈',
    expect: 'not anchored',
  },
  {
    name: 'a whitespace-only quote (the paragraph break), text unchanged around it',
    old: zh,
    new: zh.replace('海湾小国', '海湾国家'),
    quote: '\n\n',
    nth: 2,
    expect: 'anchored',
    found: '\n\n',
    foundNth: 2,
  },
  {
    name: 'a whitespace-only quote whose paragraphs were both deleted',
    old: zh,
    new: join([ZH[0], ZH[1], ZH[4], ZH[5]]),
    quote: '\n\n',
    nth: 2,
    expect: 'orphaned',
  },

  // The ends of the text.
  {
    name: 'the very start of the text, a new first paragraph inserted',
    old: zh,
    new: join(['编者按：本文已更新。', ...ZH]),
    quote: '海湾小国卡塔尔再次站到了外交舞台的中央',
    expect: 'anchored',
    found: '海湾小国卡塔尔再次站到了外交舞台的中央',
  },
  {
    name: 'the very end of the text, a paragraph appended',
    old: zh,
    new: join([...ZH, '（完）']),
    quote: '与各方保持的沟通渠道。',
    expect: 'anchored',
    found: '与各方保持的沟通渠道。',
  },
  {
    name: 'the whole text annotated, one word changed',
    old: ZH[4],
    new: ZH[4].replace('声明', '公告'),
    quote: ZH[4],
    expect: 'moved',
    found: ZH[4].replace('声明', '公告'),
  },
  {
    name: 'the last characters of the text, deleted',
    old: zh,
    new: zh.slice(0, zh.length - '沟通渠道。'.length),
    quote: '沟通渠道。',
    expect: 'orphaned',
  },

  // Characters outside the BMP.
  {
    name: 'an emoji inserted inside the span',
    old: zh,
    new: zh.replace('3000 万美元', '3000 万美元💰').replace('每月向', '每月🇶🇦向'),
    quote: moneyZh,
    expect: 'moved',
    found: '卡塔尔每月🇶🇦向加沙提供约 3000 万美元',
  },
  {
    name: 'the emoji at the end of the span replaced by another sharing its first code unit',
    old: zh.replace('获释，', '获释😀，'),
    new: zh.replace('获释，', '获释😃，'),
    quote: '已有至少 50 名人质获释😀',
    expect: 'moved',
    found: '已有至少 50 名人质获释😃',
  },
  {
    name: 'a rare CJK character (outside the BMP) at the start of the span corrected',
    old: zh.replace('卡塔尔每月', '𠮷塔尔每月'),
    new: zh,
    quote: '𠮷塔尔每月向加沙提供约 3000 万美元',
    expect: 'moved',
    found: moneyZh,
  },
  {
    name: 'emoji either side of the span, the text before them edited',
    old: zh.replace(hostagesZh, `🕊️${hostagesZh}🕊️`),
    new: zh.replace(hostagesZh, `🕊️${hostagesZh}🕊️`).replace('总理办公室', '总理府'),
    quote: hostagesZh,
    expect: 'anchored',
    found: hostagesZh,
  },
];




describe('re-anchoring realistic revisions', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { app, single } = runCase(c);
    checkCase(c, app, 'reanchorAll');
    // `reanchor` alone has no old text to diff against: it must never do worse than refuse to be sure.
    if (c.expect === 'orphaned' || c.expect === 'not anchored' || c.expect === 'moved') {
      expect(single.state, `${c.name} (reanchor): ${JSON.stringify(single)}`).not.toBe('anchored');
    } else {
      checkCase(c, single, 'reanchor');
    }
  });
});

describe('a name that occurs 48 times in the fixture', () => {
  const source = readFileSync(fileURLToPath(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url)), 'utf8');
  const article = parseArticleText(source);
  const text = article.text;
  const name = '卡塔尔';
  const starts: number[] = [];
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) starts.push(i);
  const annotations = starts.map((s, i) => ({ id: `q${i}`, target: { selectors: describeSpan(text, s, s + name.length) } }));

  it('has enough occurrences to be a test', () => {
    expect(starts.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps every occurrence on itself when a paragraph is inserted and another deleted', () => {
    const paragraphs = text.split('\n\n');
    const dropped = paragraphs.findIndex((p, i) => i > 5 && p.includes(name));
    const edited = ['卡塔尔埃米尔本周访问了华盛顿。', ...paragraphs.filter((_, i) => i !== dropped)].join('\n\n');
    const droppedStart = text.indexOf(paragraphs[dropped]);
    const droppedEnd = droppedStart + paragraphs[dropped].length;
    const newStarts: number[] = [];
    for (let i = edited.indexOf(name); i !== -1; i = edited.indexOf(name, i + 1)) newStarts.push(i);
    const outcomes = reanchorAll(annotations, text, edited);
    let droppedSoFar = 0;
    outcomes.forEach((o, i) => {
      const inDropped = starts[i] >= droppedStart && starts[i] < droppedEnd;
      if (inDropped) {
        droppedSoFar += 1;
        // Its paragraph is gone, and every other occurrence was in the old text as someone else's.
        expect(o.state, `occurrence ${i}`).toBe('orphaned');
        return;
      }
      expect(o.state, `occurrence ${i}`).toBe('anchored');
      // Its own occurrence: one more before it (in the new first paragraph), fewer by those deleted.
      expect(o.start, `occurrence ${i}`).toBe(newStarts[i + 1 - droppedSoFar]);
    });
    expect(droppedSoFar).toBeGreaterThan(0);
  });

  it('keeps every occurrence on itself when the whole article is converted to traditional script', () => {
    const hant = text.replace(/卡塔尔/g, '卡塔爾').replace(/国/g, '國').replace(/关系/g, '關係').replace(/与/g, '與');
    const outcomes = reanchorAll(annotations, text, hant);
    outcomes.forEach((o, i) => {
      expect(o.state, `occurrence ${i}`).toBe('anchored');
      expect(o.start, `occurrence ${i}`).toBe(starts[i]);
    });
  });

  it('does not carry an occurrence in the diff when a wiki-link is removed around it: the canonical text is equal', () => {
    const unlinked = parseArticleText(source.replace('[[zh:卡塔尔]]', '卡塔尔'));
    expect(unlinked.text).toBe(text);
    const outcomes = reanchorAll(annotations, text, unlinked.text);
    expect(outcomes.every((o, i) => o.state === 'anchored' && o.start === starts[i])).toBe(true);
  });
});

describe('offsets and surrogate pairs', () => {
  it('puts an orphan marker on a code point boundary', () => {
    const old = `${'😀'.repeat(20)}被删除的一整句话。${'😀'.repeat(20)}`;
    const at = old.indexOf('被删除');
    const selectors = describeSpan(old, at, at + 9);
    const edited = '😀'.repeat(41);
    for (const hint of [undefined, 41]) {
      const result = reanchor(selectors, edited, hint === undefined ? {} : { hint });
      expect(result.state).toBe('orphaned');
      expect(isLowSurrogate(edited, result.start)).toBe(false);
    }
    const [outcome] = reanchorAll([{ id: 'a', target: { selectors } }], old, edited);
    expect(outcome.state).toBe('orphaned');
    expect(isLowSurrogate(edited, outcome.start)).toBe(false);
  });
});
