import { describe, expect, it } from 'vitest';
import { alignPresegmented, alignSentences } from '../../../../shared/align/align';
import { checkBeads } from '../../../../shared/align/edit';
import { AlignError } from '../../../../shared/align/errors';
import type { AlignDictionary, Bead, GlossaryEntry } from '../../../../shared/align/types';

const glossary: GlossaryEntry[] = [
  { zh: '卡塔尔', en: 'Qatar' },
  { zh: '以色列', en: 'Israel' },
  { zh: '埃及', en: 'Egypt' },
  { zh: '加沙', en: 'Gaza' },
  { zh: '哈马斯', en: 'Hamas' },
  { zh: '克里格', en: 'Andreas Krieg' },
  { zh: '美国', en: 'United States' },
  { zh: '多哈', en: 'Doha' },
  { zh: '伊朗', en: 'Iran' },
];
/** A few CC-CEDICT-like entries, as the Node side would provide through `electron/services/dictionary.ts`. */
const entries: Record<string, string[]> = {
  医院: ['hospital'], 接收: ['to receive', 'to accept'], 受伤: ['to sustain injuries', 'wounded (in an accident etc)'],
  巴勒斯坦人: ['Palestinian (person)'], 儿童: ['child'], 记者: ['reporter', 'journalist'], 关注: ['to pay attention to'],
  发展: ['development', 'to develop'], 报道: ['to report (news)', 'report'], 继续: ['to continue', 'to proceed with'],
  打击: ['to hit', 'to strike', 'to fight'], 人质: ['hostage'], 获释: ['to be released', 'to be freed'],
  所有: ['all', 'to have'], 直到: ['until'], 包括: ['to comprise', 'to include'], 怀疑: ['to doubt', 'sceptical'],
  科恩: ['Cohen (name)'], 批评: ['to criticize', 'critical'],
};
const dictionary: AlignDictionary = { lookup: (w) => entries[w], maxWordLength: 5 };
const shapes = (beads: Bead[]) => beads.map((b) => `${b.zh.join(',')}|${b.en.join(',')}`);

/** Context sentences that anchor the start and end of every hand-made pair. */
const zhHead = ['卡塔尔周三在多哈宣布，它已与以色列和哈马斯达成一项协议。', '根据协议，至少 110 名外国护照持有者获准离开加沙。'];
const enHead = [
  'Qatar announced in Doha on Wednesday that it had reached a deal with Israel and Hamas.',
  'Under the deal, at least 110 foreign passport holders were allowed to leave Gaza.',
];
const zhTail = ['美国官员说，谈判预计将于 11 月 15 日恢复。'];
const enTail = ['U.S. officials said talks were expected to resume on November 15.'];

function run(zhMid: string[], enMid: string[], options = {}): string[] {
  const zh = [...zhHead, ...zhMid, ...zhTail];
  const en = [...enHead, ...enMid, ...enTail];
  const beads = alignSentences(zh, en, { glossary, ...options });
  checkBeads(beads, zh.length, en.length);
  return shapes(beads);
}

describe('alignSentences: bead shapes', () => {
  it('1-1', () => {
    expect(run(['埃及的医院开始接收 45 名受伤的巴勒斯坦人。'], ['Hospitals in Egypt began receiving 45 wounded Palestinians.'])).toEqual([
      '0|0', '1|1', '2|2', '3|3',
    ]);
  });

  it('1-2: one long Chinese sentence split in two English ones', () => {
    expect(
      run(
        ['克里格说，卡塔尔与哈马斯的关系一直是其调解战略的关键组成部分，而多哈也因此在 2012 年允许哈马斯在当地设立政治办事处，该办事处至今仍在运作。'],
        [
          'The relationship with Hamas has always been a key part of Qatar\'s mediation strategy, Andreas Krieg said.',
          'That is why Doha allowed Hamas to open a political office there in 2012, which still operates today.',
        ],
      ),
    ).toEqual(['0|0', '1|1', '2|2,3', '3|4']);
  });

  it('2-1: two Chinese sentences merged into one English one', () => {
    expect(
      run(
        ['伊朗释放了 5 名美国人。', '作为交换，美国解冻了 60 亿美元的伊朗资金。'],
        ['Iran freed five Americans in exchange for the United States unfreezing $6 billion in Iranian funds.'],
      ),
    ).toEqual(['0|0', '1|1', '2,3|2', '4|3']);
  });

  it('1-3 and 3-1', () => {
    expect(
      run(
        ['埃及说，共有 76 名伤员、335 名外国人和 2 名记者于周三和周四经拉法口岸离开加沙，另有 40 辆卡车运送了援助物资。'],
        [
          'Egypt said 76 wounded people left Gaza through the Rafah crossing.',
          'A further 335 foreigners and 2 journalists crossed on Wednesday and Thursday.',
          'Another 40 trucks delivered aid.',
        ],
      ),
    ).toEqual(['0|0', '1|1', '2|2,3,4', '3|5']);
    expect(
      run(
        ['埃及说，有 76 名伤员离开加沙。', '另有 335 名外国人于周三和周四通过。', '此外还有 40 辆卡车运送援助。'],
        ['Egypt said 76 wounded people, 335 foreigners and 40 aid trucks passed through Rafah on Wednesday and Thursday.'],
      ),
    ).toEqual(['0|0', '1|1', '2,3,4|2', '5|3']);
  });

  it('2-2: two sentences cut at a different place in the translation', () => {
    expect(
      run(
        ['以色列周五在加沙北部 3 个地区开始地面行动，并在 24 小时内出动了 150 架次战机。', '卡塔尔说，有 200 多名人质仍被关押。'],
        [
          'Israel began ground operations in 3 areas of northern Gaza on Friday.',
          'It flew 150 sorties within 24 hours, while Qatar said more than 200 hostages were still being held.',
        ],
      ),
    ).toEqual(['0|0', '1|1', '2,3|2,3', '4|4']);
  });

  it('1-0 and 0-1: an untranslated sentence and an added one', () => {
    expect(
      run(
        [
          '埃及的医院开始接收 45 名受伤的巴勒斯坦人，其中包括多名儿童。',
          '本台记者将继续关注事态的最新发展，敬请留意后续报道。',
          '以色列说，它将继续打击哈马斯，直到所有人质获释。',
        ],
        ['Hospitals in Egypt began receiving 45 wounded Palestinians, including several children.', 'Israel said it would keep fighting Hamas until all the hostages were freed.'],
        { dictionary },
      ),
    ).toEqual(['0|0', '1|1', '2|2', '3|', '4|3', '5|4']);
    expect(
      run(
        ['埃及的医院开始接收 45 名受伤的巴勒斯坦人，其中包括多名儿童。', '以色列说，它将继续打击哈马斯，直到所有人质获释。'],
        [
          'Hospitals in Egypt began receiving 45 wounded Palestinians, including several children.',
          'The Rafah crossing, the only exit not controlled by Israel, had been closed since October 7.',
          'Israel said it would keep fighting Hamas until all the hostages were freed.',
        ],
        { dictionary },
      ),
    ).toEqual(['0|0', '1|1', '2|2', '|3', '3|4', '4|5']);
  });
});

describe('alignSentences: lexical anchors', () => {
  it('follows the numbers when two candidates are equally long', () => {
    const zhMid = (n: number) => [`官员说，周三有 ${n} 人离开。`];
    const enMid = ['Officials said 450 people left on Wednesday.', 'Officials said 110 people left on Wednesday.'];
    expect(enMid[0].length).toBe(enMid[1].length);
    expect(run(zhMid(110), enMid)).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
    expect(run(zhMid(450), enMid)).toEqual(['0|0', '1|1', '2|2', '|3', '3|4']);
  });

  it('matches Chinese 万 / 亿 amounts with English millions / billions', () => {
    const enMid = ['Qatar pays $30 million a month in salaries.', 'Qatar pays $60 million a month in salaries.'];
    expect(run(['卡塔尔每月支付 6000 万美元的工资。'], enMid)).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
    expect(run(['卡塔尔每月支付 3000 万美元的工资。'], enMid)).toEqual(['0|0', '1|1', '2|2', '|3', '3|4']);
  });

  it('uses Latin-script names in the Chinese text', () => {
    const enMid = ['The report was aired by CNN on Friday night.', 'The report was aired by BBC on Friday night.'];
    expect(run(['BBC 周五晚间播出了这篇报道。'], enMid)).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
  });

  it('uses glossary terms and a dictionary when given', () => {
    const enMid = [
      'Andreas Krieg was sceptical that the talks would succeed this week.',
      'Cohen was critical of the role Qatar had played in the talks so far.',
    ];
    expect(run(['克里格对本周的谈判能否成功表示怀疑。'], enMid)).toEqual(['0|0', '1|1', '2|2', '|3', '3|4']);
    expect(run(['科恩对卡塔尔迄今在谈判中的作用提出批评。'], enMid, { dictionary })).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
  });
});

describe('alignSentences: invariants and options', () => {
  it('covers every sentence once, in order, with confidences in [0, 1], on arbitrary input', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let t = 0; t < 20; t++) {
      const zh = Array.from({ length: Math.floor(rand() * 40) }, () => '中'.repeat(1 + Math.floor(rand() * 40)) + '。');
      const en = Array.from({ length: Math.floor(rand() * 40) }, () => 'word '.repeat(1 + Math.floor(rand() * 30)));
      const beads = alignSentences(zh, en);
      checkBeads(beads, zh.length, en.length);
      for (const b of beads) expect(b.confidence).toBeGreaterThanOrEqual(0);
      for (const b of beads) expect(b.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives clear beads high confidence and a doubtful one lower confidence', () => {
    const zh = [...zhHead, '这是一句没有对应译文的评论。', '他们还讨论了其他问题。', ...zhTail];
    const en = [...enHead, 'They also discussed other issues.', ...enTail];
    const beads = alignSentences(zh, en, { glossary });
    const clear = beads.find((b) => b.zh[0] === 0)!;
    const doubtful = beads.find((b) => b.zh.includes(2))!;
    expect(clear.confidence).toBeGreaterThan(0.9);
    expect(doubtful.confidence).toBeLessThan(clear.confidence);
  });

  it('reads through wiki-link and emphasis markup', () => {
    const plain = [...zhHead, ...zhTail];
    const marked = ['[[zh:卡塔尔]]周三在[[zh:多哈]]宣布，它已与[[zh:以色列]]和哈马斯达成一项协议。', '**根据协议**，至少 110 名外国护照持有者获准离开加沙。', zhTail[0]];
    const en = [...enHead, ...enTail];
    const a = alignSentences(plain, en, { glossary });
    const b = alignSentences(marked, en, { glossary });
    expect(shapes(b)).toEqual(shapes(a));
    expect(b.map((x) => x.confidence)).toEqual(a.map((x) => x.confidence));
  });

  it('handles an empty side', () => {
    expect(shapes(alignSentences(['一。', '二。'], []))).toEqual(['0|', '1|']);
    expect(shapes(alignSentences([], ['One.']))).toEqual(['|0']);
    expect(alignSentences([], [])).toEqual([]);
  });

  it('keeps anchored pairs in one bead', () => {
    const zh = [...zhHead, ...zhTail];
    const en = [...enHead, ...enTail];
    const free = alignSentences(zh, en, { glossary });
    expect(shapes(free)).toEqual(['0|0', '1|1', '2|2']);
    const forced = alignSentences(zh, en, { glossary, anchors: [{ zh: 0, en: 1 }] });
    checkBeads(forced, 3, 3);
    expect(forced.some((b) => b.zh.includes(0) && b.en.includes(1))).toBe(true);
  });

  it('rejects crossing or out-of-range anchors with a typed error', () => {
    const zh = [...zhHead, ...zhTail];
    const en = [...enHead, ...enTail];
    expect(() => alignSentences(zh, en, { anchors: [{ zh: 0, en: 2 }, { zh: 2, en: 0 }] })).toThrow(AlignError);
    expect(() => alignSentences(zh, en, { anchors: [{ zh: 5, en: 0 }] })).toThrow(/outside/u);
  });

  it('aligns 1,000 x 1,000 sentences with a full, ordered cover', () => {
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < 1000; k++) {
      zh.push(`第 ${k + 1} 段：卡塔尔说有 ${k * 7 + 3} 人离开加沙。`);
      en.push(`Paragraph ${k + 1}: Qatar said ${k * 7 + 3} people left Gaza.`);
    }
    const beads = alignSentences(zh, en, { glossary });
    checkBeads(beads, 1000, 1000);
    expect(beads.filter((b) => b.zh.length === 1 && b.en.length === 1 && b.zh[0] === b.en[0]).length).toBe(1000);
  });
});

describe('alignPresegmented', () => {
  it('returns 0-based line numbers and leaves blank lines out', () => {
    const zhLines = [zhHead[0], '', zhHead[1], zhTail[0], ''];
    const enLines = ['', enHead[0], enHead[1], '', enTail[0]];
    const beads = alignPresegmented(zhLines, enLines, { glossary });
    expect(shapes(beads)).toEqual(['0|1', '2|2', '3|4']);
  });

  it('maps anchors given as line numbers', () => {
    const zhLines = [zhHead[0], '', zhHead[1], zhTail[0]];
    const enLines = [enHead[0], enHead[1], enTail[0]];
    expect(() => alignPresegmented(zhLines, enLines, { anchors: [{ zh: 1, en: 0 }] })).toThrow(AlignError);
    expect(shapes(alignPresegmented(zhLines, enLines, { anchors: [{ zh: 2, en: 1 }] }))).toEqual(['0|0', '2|1', '3|2']);
  });
});

describe('alignSentences: punctuation a translation keeps', () => {
  it('gives a question, an exclamation and a quotation their own anchors on both sides', async () => {
    const { enFeatures, zhFeatures } = await import('../../../../shared/align/features');
    const [zq, ze, zquote, zplain] = zhFeatures(['您怎么看？', '太好了！', '他称之为「历史性」的一天。', '会谈结束。'], {});
    const [eq, ee, equote, eplain] = enFeatures(['What do you think?', 'Great!', 'He called it a "historic" day.', 'The talks ended.'], {});
    const marks = (keys: Iterable<string>) => [...keys].filter((k) => k.startsWith('mark:'));
    expect(zq.concepts.flatMap((c) => marks(c.keys))).toEqual(['mark:question']);
    expect(ze.concepts.flatMap((c) => marks(c.keys))).toEqual(['mark:exclaim']);
    expect(zquote.concepts.flatMap((c) => marks(c.keys))).toEqual(['mark:quote']);
    expect(zplain.concepts.flatMap((c) => marks(c.keys))).toEqual([]);
    expect(marks(eq.keys)).toEqual(['mark:question']);
    expect(marks(ee.keys)).toEqual(['mark:exclaim']);
    expect(marks(equote.keys)).toEqual(['mark:quote']);
    expect(marks(eplain.keys)).toEqual([]);
  });
});
