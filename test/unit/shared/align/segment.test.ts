import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../../shared/align/segment';

const zh = (t: string) => segmentSentences(t, 'zh').map((s) => s.text);
const en = (t: string) => segmentSentences(t, 'en').map((s) => s.text);

describe('segmentSentences: shared behaviour', () => {
  it('gives exact offsets into the text, without surrounding white space', () => {
    for (const [text, lang] of [
      ['  卡塔尔发表声明。  以色列回应！\n\n  哈马斯沉默？ ', 'zh'],
      ['  Qatar spoke.   Israel replied!\n\n Hamas was silent?  ', 'en'],
    ] as const) {
      const spans = segmentSentences(text, lang);
      expect(spans).toHaveLength(3);
      for (const s of spans) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
      }
    }
  });

  it('ends a sentence at every line break, with or without a stop', () => {
    expect(zh('第一行没有句号\n第二行也没有\r\n第三行')).toEqual(['第一行没有句号', '第二行也没有', '第三行']);
    expect(en('A heading\nThe first line.\n\nA new paragraph')).toEqual(['A heading', 'The first line.', 'A new paragraph']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('', 'zh')).toEqual([]);
    expect(segmentSentences(' \n\n \t', 'en')).toEqual([]);
  });
});

describe('segmentSentences: Chinese', () => {
  it('ends at 。！？ in full and half width', () => {
    expect(zh('会谈结束了。双方满意吗？当然！他们满意!真的?是的。')).toEqual([
      '会谈结束了。', '双方满意吗？', '当然！', '他们满意!', '真的?', '是的。',
    ]);
  });

  it('does not end a sentence at a ? or ! inside a web address', () => {
    expect(zh('詳見 https://example.org/x?a=1&b=2 及附件。下一句?好的。')).toEqual([
      '詳見 https://example.org/x?a=1&b=2 及附件。', '下一句?', '好的。',
    ]);
    expect(zh('报告见 https://example.com/report.pdf. 后文。')).toEqual(['报告见 https://example.com/report.pdf. 后文。']);
  });

  it('cuts an English paragraph of a Chinese article at its own sentence ends', () => {
    const text = '卡塔尔发表声明。据 Al-Qahera 新闻报道，医院开始接收伤者。\nAccording to Reuters, Qatar pays $30 million a month. Mr. Smith said 3.5 percent. More than 200 were taken.\n哈马斯沉默。';
    expect(zh(text)).toEqual([
      '卡塔尔发表声明。',
      '据 Al-Qahera 新闻报道，医院开始接收伤者。',
      'According to Reuters, Qatar pays $30 million a month.',
      'Mr. Smith said 3.5 percent.',
      'More than 200 were taken.',
      '哈马斯沉默。',
    ]);
    for (const s of segmentSentences(text, 'zh')) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps cutting at 。 in a Chinese paragraph that quotes English or cites an address', () => {
    expect(zh('安萨里说：“We will continue our mediation efforts until a ceasefire holds.”他补充说，谈判进展顺利。另有消息称，美国将访问多哈。')).toEqual([
      '安萨里说：“We will continue our mediation efforts until a ceasefire holds.”他补充说，谈判进展顺利。',
      '另有消息称，美国将访问多哈。',
    ]);
    expect(zh('原文：https://www.nytimes.com/2023/11/03/world/middleeast/qatar-negotiations.html。翻译：宝尹。')).toHaveLength(2);
  });

  it('keeps closing quotes and brackets on the sentence they close', () => {
    expect(zh('他说：“谈判仍在继续。”会议随后结束。')).toEqual(['他说：“谈判仍在继续。”', '会议随后结束。']);
    expect(zh('报道称「停火已生效。」双方确认。')).toEqual(['报道称「停火已生效。」', '双方确认。']);
    expect(zh('见《华盛顿邮报》的报道（周四刊出。）随后被转载。')).toEqual(['见《华盛顿邮报》的报道（周四刊出。）随后被转载。']);
  });

  it('keeps a quotation and its short attribution together: “……。”他说。', () => {
    expect(zh('“你会失去联系。”他说。“这些联系在未来可能会有用。”')).toEqual([
      '“你会失去联系。”他说。',
      '“这些联系在未来可能会有用。”',
    ]);
    expect(zh('“局势正在恶化。”克里格在接受采访时表示。专家同意。')).toEqual([
      '“局势正在恶化。”克里格在接受采访时表示。',
      '专家同意。',
    ]);
  });

  it('does not glue a long narrative sentence after a quotation', () => {
    expect(zh('“局势正在恶化。”与此同时，以色列军队在周五开始了全面地面行动并占领了多个据点。')).toEqual([
      '“局势正在恶化。”',
      '与此同时，以色列军队在周五开始了全面地面行动并占领了多个据点。',
    ]);
  });

  it('keeps a comma-closed quotation and its attribution in one sentence', () => {
    expect(zh('“你会失去联系，”他说。“这些联系可能会有用。”')).toEqual(['“你会失去联系，”他说。', '“这些联系可能会有用。”']);
  });

  it('keeps a quotation bridged by its attribution and a comma in one sentence: “……。”他说，“……。”', () => {
    expect(zh('“没有华人，就没有今天的纽约。”他说，“这座博物馆讲述的是我们所有人的故事。”下一句。')).toEqual([
      '“没有华人，就没有今天的纽约。”他说，“这座博物馆讲述的是我们所有人的故事。”',
      '下一句。',
    ]);
    expect(zh('「我們不是危言聳聽。」李細明說，「過去十年，酷熱夜晚增加了一倍。」')).toHaveLength(1);
    // With a colon the attribution opens a new sentence, as the English does (`He added: "..."`).
    expect(zh('他在记者会上说：“全球暖化令高温更频繁。”他又说：“将来的夏天只会更热。”')).toEqual([
      '他在记者会上说：“全球暖化令高温更频繁。”',
      '他又说：“将来的夏天只会更热。”',
    ]);
    // A comma after a speech verb that does not go on with the quotation starts a sentence of its own.
    expect(zh('“局势正在恶化。”发言人说，双方仍在谈判。')).toHaveLength(2);
  });

  it('knows the speech verbs of lively attributions: 笑道, 喊道, 高呼, 呼吁, 直言 (simplified and traditional)', () => {
    for (const verb of ['他笑道', '他喊道', '抗议者高呼', '他呼吁', '她直言', '他呼籲', '他笑著說']) {
      expect(zh(`“我们要和平！”${verb}。下一句。`), verb).toEqual([`“我们要和平！”${verb}。`, '下一句。']);
    }
  });

  it('ends at an ellipsis only when a new sentence follows', () => {
    expect(zh('他犹豫了……然后说不知道。')).toEqual(['他犹豫了……然后说不知道。']);
    expect(zh('谈判还在继续…… “我们不会放弃。”')).toEqual(['谈判还在继续……', '“我们不会放弃。”']);
    expect(zh('谈判还在继续……“我们不会放弃。”')).toEqual(['谈判还在继续……', '“我们不会放弃。”']);
  });

  it('does not end a sentence at a semicolon', () => {
    expect(zh('出口增长 5%；进口下降 3%。')).toEqual(['出口增长 5%；进口下降 3%。']);
  });

  it('does not end at a stop followed by a comma, or at a decimal point', () => {
    expect(zh('增长了 3.5%，高于预期。')).toEqual(['增长了 3.5%，高于预期。']);
  });

  it('folds stray Markdown emphasis into the heading it closes', () => {
    expect(zh('**卡塔尔与哈马斯的关系是什么？**\n2011 年之后。')).toEqual(['**卡塔尔与哈马斯的关系是什么？**', '2011 年之后。']);
  });
});

describe('segmentSentences: English', () => {
  it('ends at . ! ? before a capital', () => {
    expect(en('Talks ended. Were both sides happy? Yes! They were.')).toEqual([
      'Talks ended.', 'Were both sides happy?', 'Yes!', 'They were.',
    ]);
  });

  it('does not break after titles and initials', () => {
    expect(en('Mr. Smith met Mrs. Lee, Ms. Park, Dr. Jones and Prof. Wu. Gen. Mark Milley and Sen. Ted Cruz agreed with Rep. Jim Banks.')).toEqual([
      'Mr. Smith met Mrs. Lee, Ms. Park, Dr. Jones and Prof. Wu.',
      'Gen. Mark Milley and Sen. Ted Cruz agreed with Rep. Jim Banks.',
    ]);
    expect(en('Joost R. Hiltermann, who directs the program, said so. He left.')).toEqual([
      'Joost R. Hiltermann, who directs the program, said so.', 'He left.',
    ]);
    expect(en('They met in St. Petersburg at No. 10 on Jan. 5 and Feb. 14. It rained.')).toEqual([
      'They met in St. Petersburg at No. 10 on Jan. 5 and Feb. 14.', 'It rained.',
    ]);
  });

  it('ends a sentence at St., Jr. or Sr. after a name or address when a sentence-opening word follows', () => {
    expect(en('The new home is at 215 Centre St. It covers 60,000 square feet.')).toEqual([
      'The new home is at 215 Centre St.', 'It covers 60,000 square feet.',
    ]);
    expect(en('He quoted Martin Luther King Jr. The crowd cheered.')).toEqual(['He quoted Martin Luther King Jr.', 'The crowd cheered.']);
    expect(en("They met at St. John's Cathedral with Mark Tang Jr. and Ken Lee Sr. on Friday.")).toHaveLength(1);
  });

  it('ends a sentence at a unit letter after a number (28 C.), where a single capital is no initial', () => {
    expect(en('Temperatures did not fall below 28 C. Mrs. Chan could not sleep.')).toEqual([
      'Temperatures did not fall below 28 C.', 'Mrs. Chan could not sleep.',
    ]);
    expect(en('It reached 40°F. Schools closed.')).toEqual(['It reached 40°F.', 'Schools closed.']);
    expect(en('Joost R. Hiltermann and Plan B. Officials left.')).toEqual(['Joost R. Hiltermann and Plan B.', 'Officials left.']);
  });

  it('keeps the number of a plain-text list item on its item: 1. The port reopened.', () => {
    expect(en('1. The port reopened.\n2. Ships returned. Trade resumed.\niv. Prices fell.')).toEqual([
      '1. The port reopened.', '2. Ships returned.', 'Trade resumed.', 'iv. Prices fell.',
    ]);
  });

  it('does not break after p. or para. before a number', () => {
    expect(en('See p. 5 and para. 12 of the report. It is short.')).toEqual(['See p. 5 and para. 12 of the report.', 'It is short.']);
  });

  it('ends a sentence at a word that is also a reference abbreviation, unless a number follows', () => {
    expect(en('For many, the objects are more than works of art. They are seen as ancestors.')).toEqual([
      'For many, the objects are more than works of art.', 'They are seen as ancestors.',
    ]);
    expect(en('Under Art. 5 of the treaty, see Fig. 3 and pp. 12-14. The firm, est. 1990, agreed.')).toEqual([
      'Under Art. 5 of the treaty, see Fig. 3 and pp. 12-14.', 'The firm, est. 1990, agreed.',
    ]);
  });

  it('does not break inside acronyms, but does at a sentence end after one', () => {
    expect(en('U.S. officials told the U.N. Security Council that the U.K. agreed. Talks resumed.')).toEqual([
      'U.S. officials told the U.N. Security Council that the U.K. agreed.', 'Talks resumed.',
    ]);
    expect(en('The hostages were flown to the U.S. The talks went on.')).toEqual([
      'The hostages were flown to the U.S.', 'The talks went on.',
    ]);
  });

  it('does not break after a.m., p.m., e.g., i.e., etc. mid-sentence, or company suffixes', () => {
    expect(en('At 9 a.m. Tuesday and 3 p.m. Wednesday, aid (e.g. food, i.e. flour) arrived, etc. Officials said Apple Inc. Chief Tim Cook and Acme Corp. Ltd. staff came.')).toEqual([
      'At 9 a.m. Tuesday and 3 p.m. Wednesday, aid (e.g. food, i.e. flour) arrived, etc.',
      'Officials said Apple Inc. Chief Tim Cook and Acme Corp. Ltd. staff came.',
    ]);
    expect(en('He left at 9 p.m. The next day he returned.')).toEqual(['He left at 9 p.m.', 'The next day he returned.']);
    expect(en('Warplanes struck at around 10 a.m. Diplomats said talks would go on.')).toEqual([
      'Warplanes struck at around 10 a.m.', 'Diplomats said talks would go on.',
    ]);
  });

  it('does not break inside decimals and amounts', () => {
    expect(en('Growth was 3.5 percent. Iran got $6.5bn. Qatar paid $30m a month.')).toEqual([
      'Growth was 3.5 percent.', 'Iran got $6.5bn.', 'Qatar paid $30m a month.',
    ]);
  });

  it('keeps an ellipsis inside a sentence when the sentence goes on', () => {
    expect(en('The talks stalled... but resumed on Friday. Then they ended.')).toEqual([
      'The talks stalled... but resumed on Friday.', 'Then they ended.',
    ]);
  });

  it('keeps closing quotes with the sentence and breaks after them', () => {
    expect(en('"You would lose contact," he said. "Those contacts could be useful." Next, Qatar spoke.')).toEqual([
      '"You would lose contact," he said.', '"Those contacts could be useful."', 'Next, Qatar spoke.',
    ]);
    expect(en('It is “a vital party.” Israel agreed. (He left.) She stayed.')).toEqual([
      'It is “a vital party.”', 'Israel agreed.', '(He left.)', 'She stayed.',
    ]);
  });

  it('does not break after a question inside a quotation followed by lower case', () => {
    expect(en('"Why now?" he asked. "Because," she said.')).toEqual(['"Why now?" he asked.', '"Because," she said.']);
  });
});

describe('segmentSentences on the gold corpus', () => {
  it('cuts the running text of every corpus document back into its sentence lines', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../fixtures/align/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const lang = file.endsWith('.zh.txt') ? 'zh' : 'en';
      const lines = readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l.trim());
      // Sentences run on within a paragraph; a line without a final stop (a caption) is kept on a line of its own.
      const text = lines
        .map((l, k) => (k === 0 ? '' : /[。！？.!?…][”"’）)]*$/u.test(lines[k - 1]) ? (lang === 'zh' ? '' : ' ') : '\n') + l)
        .join('');
      expect(segmentSentences(text, lang).map((s) => s.text), file).toEqual(lines);
    }
  });
});
