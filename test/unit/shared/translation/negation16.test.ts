/**
 * The negation check on hand-written zh–en pairs (simplified and traditional, news register): 32 pairs where one side
 * negates and the other does not (a reversed meaning) must be flagged; 34 pairs that must not be flagged, because both
 * sides negate, neither does, or the negator is part of a word or idiom that negates nothing (不仅…而且, 无论, 非常,
 * 不断, 不得不, A-不-A questions, "not only", "no matter", "nothing but", "no longer", "not without"), or a question.
 */
import { describe, expect, it } from 'vitest';
import { checkPairs } from '../../../../shared/translation/checks';
import { checkNegation } from '../../../../shared/translation/checkNegation';

const FLAGGED: [string, string][] = [
  ['他从未见过这种场面。', 'He has seen such a scene.'],
  ['警方没有逮捕任何人。', 'Police arrested several people.'],
  ['该公司尚未公布财报。', 'The company has published its earnings report.'],
  ['政府并未回应记者的提问。', 'The government responded to reporters.'],
  ['这座桥不会在年底前通车。', 'The bridge will open to traffic before the end of the year.'],
  ['部长否认曾收受贿赂。', 'The minister admitted taking bribes.'],
  ['工会拒绝接受这份协议。', 'The union accepted the agreement.'],
  ['市民请勿靠近火场。', 'Residents should approach the fire.'],
  ['他没去北京参加会议。', 'He went to Beijing for the meeting.'],
  ['法院未能在期限内作出裁决。', 'The court ruled within the deadline.'],
  ['两国领导人并不打算会面。', 'The two leaders plan to meet.'],
  ['这项研究并非由政府资助。', 'The study was funded by the government.'],
  ['目前无法确认死亡人数。', 'The death toll has been confirmed.'],
  ['当局表示，并无证据显示病毒已经扩散。', 'Authorities said there is evidence the virus has spread.'],
  ['别相信网上流传的谣言。', 'Believe the rumours circulating online.'],
  ['該公司沒有裁員的計劃。', 'The company plans layoffs.'],
  ['他從未承認自己的錯誤。', 'He has always admitted his mistakes.'],
  ['政府並未提高稅率。', 'The government raised the tax rate.'],
  ['這項法案不會在本週表決。', 'The bill will be voted on this week.'],
  ['發言人否認了這一報導。', 'The spokesman confirmed the report.'],
  ['The ministry did not approve the project.', ''],
  ['Officials said the dam was never at risk.', ''],
  ['No one was injured in the blast.', ''],
  ['The suspect has not been charged.', ''],
  ['The company denied the allegations.', ''],
  ['Neither side commented on the talks.', ''],
  ['The plan cannot be carried out this year.', ''],
  ['Voters did not turn out in large numbers.', ''],
  ['The army failed to take the city.', ''],
  ["The mayor won't seek re-election.", ''],
  ['He left without saying a word.', ''],
  ['Nothing was said about the budget.', ''],
];

/** English-negated pairs are written English first above; their Chinese, which says the opposite, is here in order. */
const ZH_FOR_EN = [
  '该部批准了这个项目。',
  '官员说大坝一度面临危险。',
  '爆炸造成多人受伤。',
  '嫌疑人已被起诉。',
  '该公司承认了这些指控。',
  '双方都对会谈发表了评论。',
  '该计划今年可以实施。',
  '选民大量出来投票。',
  '军队攻下了这座城市。',
  '市长将寻求连任。',
  '他一句话说完就离开了。',
  '有关预算的事情已经谈过了。',
];

const flaggedPairs = FLAGGED.map(([a, b], k) => (b === '' ? { zh: ZH_FOR_EN[k - 20], en: a } : { zh: a, en: b }));

const NOT_FLAGGED: [string, string][] = [
  // Both sides negate.
  ['他从未见过这种场面。', 'He had never seen such a scene.'],
  ['警方没有逮捕任何人。', 'Police made no arrests.'],
  ['该公司尚未公布财报。', 'The company has yet to publish its earnings report.'],
  ['部长否认曾收受贿赂。', 'The minister denied taking bribes.'],
  ['工会拒绝接受这份协议。', 'The union rejected the agreement.'],
  ['目前无法确认死亡人数。', 'The death toll could not be confirmed.'],
  ['該公司沒有裁員的計劃。', 'The company has no plans for layoffs.'],
  ['他不再担任主席。', 'He is no longer chairman.'],
  ['居民对补偿方案不满。', 'Residents are dissatisfied with the compensation plan.'],
  ['这一说法没有根据。', 'The claim is unfounded.'],
  ['他没能按时完成任务。', 'He was unable to finish the task on time.'],
  // Negators that negate nothing.
  ['这不仅是经济问题，而且是政治问题。', 'This is not only an economic issue but also a political one.'],
  ['这不仅是经济问题，而且是政治问题。', 'This is an economic issue and a political one too.'],
  ['无论结果如何，我们都会接受。', 'Whatever the outcome, we will accept it.'],
  ['不论天气如何，比赛照常进行。', 'The match will go ahead whatever the weather.'],
  ['这部电影非常成功。', 'The film was very successful.'],
  ['物价不断上涨。', 'Prices keep rising.'],
  ['未来五年，该市将建设三条地铁线。', 'Over the next five years the city will build three metro lines.'],
  ['别人都已经离开了。', 'Everyone else had already left.'],
  ['他们不得不放弃这个计划。', 'They had to abandon the plan.'],
  ['他们不得不放弃这个计划。', 'They had no choice but to abandon the plan.'],
  ['该国将派出无人机参与救援。', 'The country will send drones to help with the rescue.'],
  ['非洲多国遭遇干旱。', 'Several African countries are suffering from drought.'],
  ['他差不多每天都来。', 'He comes almost every day.'],
  ['他分别会见了两国外长。', 'He met the two foreign ministers separately.'],
  ['不論颱風是否登陸，學校都會停課。', 'Schools will close whether the typhoon makes landfall or not.'],
  ['這項計畫非常昂貴。', 'The project is very expensive.'],
  ['他只是开玩笑而已。', 'He was doing nothing but joking.'],
  ['无论如何，会议将在周五举行。', 'No matter what, the meeting will be held on Friday.'],
  ['这个结果并非没有可能。', 'The outcome is not impossible.'],
  // Questions are left alone.
  ['你去不去北京？', 'Are you going to Beijing?'],
  ['难道这不是事实吗？', 'Is this a fact?'],
  // Neither side negates.
  ['这座桥将于年底通车。', 'The bridge will open by the end of the year.'],
  ['他首次离开北京。', 'He had never left Beijing before.'],
];

describe('negation check', () => {
  it('has as many hand-written pairs as promised', () => {
    expect(flaggedPairs.length).toBe(32);
    expect(NOT_FLAGGED.length).toBe(34);
    expect(flaggedPairs.every((p) => p.zh && p.en)).toBe(true);
  });

  it.each(flaggedPairs.map((p) => [p.zh, p.en]))('flags %s / %s', (zh, en) => {
    const found = checkNegation(zh, en, 0);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('negation');
    expect(found[0].detail).toMatch(/but the (?:English|Chinese) has no negation/u);
  });

  it.each(NOT_FLAGGED)('does not flag %s / %s', (zh, en) => {
    expect(checkNegation(zh, en, 0)).toEqual([]);
  });

  it('names the Chinese negator with its gloss and points at it', () => {
    const [f] = checkNegation('法院未能在期限内作出裁决。', 'The court ruled within the deadline.', 3);
    expect(f.detail).toBe('The Chinese says 未 (not, not yet) but the English has no negation: check that the meaning was not reversed');
    expect(f.pairIndex).toBe(3);
    expect('法院未能在期限内作出裁决。'.slice(f.zhSpan?.start, f.zhSpan?.end)).toBe('未');
  });

  it('names the English negation and points at it', () => {
    const en = 'The ministry did not approve the project.';
    const [f] = checkNegation('该部批准了这个项目。', en, 0);
    expect(f.detail).toBe('The English says "not" but the Chinese has no negation (不, 没有, 未…): check that the meaning was not reversed');
    expect(en.slice(f.enSpan?.start, f.enSpan?.end)).toBe('not');
  });

  it('runs as a kind of its own in checkPairs, after the others, and only when asked', () => {
    const pairs = [{ zh: '他从未见过这种场面。', en: 'He has seen such a scene.' }];
    expect(checkPairs(pairs, { glossary: [] }).map((f) => f.kind)).toEqual(['negation']);
    expect(checkPairs(pairs, { glossary: [], kinds: ['number', 'term', 'untranslated', 'same-as-source', 'brackets'] })).toEqual([]);
    // An untranslated or copied pair reports that alone.
    expect(checkPairs([{ zh: '他没有来。', en: '' }], { glossary: [] }).map((f) => f.kind)).toEqual(['untranslated']);
  });

  it('leaves the other kinds unchanged on a pair that also has a negation finding', () => {
    const pairs = [{ zh: '他没有花 300 万元。', en: 'He spent 3 million dollars [sic.' }];
    const all = checkPairs(pairs, { glossary: [] });
    const without = checkPairs(pairs, { glossary: [], kinds: ['number', 'term', 'untranslated', 'same-as-source', 'brackets'] });
    expect(all.slice(0, without.length)).toEqual(without);
    expect(without.map((f) => f.kind)).toEqual(['number', 'brackets']);
    expect(all.slice(without.length).map((f) => f.kind)).toEqual(['negation']);
  });
});
