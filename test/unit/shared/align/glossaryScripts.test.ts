/**
 * Glossary terms in alignment match across scripts: a glossary kept in simplified characters still anchors sentences
 * of a traditional article (and the other way round), as the translation checks already do.
 */
import { describe, expect, it } from 'vitest';
import { zhFeatures } from '../../../../shared/align/features';
import { alignSentences } from '../../../../shared/align/align';
import type { GlossaryEntry } from '../../../../shared/align/types';

const glossaryKeys = (sentence: string, glossary: GlossaryEntry[]): string[][] =>
  zhFeatures([sentence], { glossary })[0].concepts.filter((c) => c.kind === 'glossary').map((c) => [...c.keys]);

describe('alignment glossary across scripts', () => {
  it('finds a simplified term in a traditional sentence and a traditional term in a simplified one', () => {
    const simplifiedGlossary = [{ zh: '卡塔尔', en: 'Qatar' }, { zh: '哈马斯', en: 'Hamas' }];
    expect(glossaryKeys('卡塔爾週三宣布與哈馬斯達成協議。', simplifiedGlossary)).toHaveLength(2);
    const traditionalGlossary = [{ zh: '卡塔爾', en: 'Qatar' }];
    expect(glossaryKeys('卡塔尔周三宣布达成协议。', traditionalGlossary)).toHaveLength(1);
    // Unchanged for the same script, and a term that is not there is not found.
    expect(glossaryKeys('卡塔尔周三宣布达成协议。', simplifiedGlossary)).toHaveLength(1);
    expect(glossaryKeys('埃及周三宣布达成协议。', simplifiedGlossary)).toEqual([]);
  });

  it('counts a term once where a traditional and a simplified entry both match it', () => {
    const both = [{ zh: '卡塔尔', en: 'Qatar' }, { zh: '卡塔爾', en: 'Qatar' }];
    expect(glossaryKeys('卡塔爾和卡塔尔。', both)).toHaveLength(2);
  });

  it('aligns a traditional article with a simplified glossary as it aligns the simplified one', () => {
    const glossary = [{ zh: '卡塔尔', en: 'Qatar' }, { zh: '斯德哥尔摩', en: 'Stockholm' }, { zh: '埃尔多安', en: 'Erdogan' }];
    const simplified = ['卡塔尔周三发表声明。', '埃尔多安随后在斯德哥尔摩发表讲话。', '会谈持续了三个小时。'];
    const traditional = ['卡塔爾週三發表聲明。', '埃爾多安隨後在斯德哥爾摩發表講話。', '會談持續了三個小時。'];
    const en = ['Qatar issued a statement on Wednesday.', 'Erdogan then spoke in Stockholm.', 'The talks lasted three hours.'];
    const shape = (zh: string[]) => alignSentences(zh, en, { glossary }).map((b) => `${b.zh.join(',')}|${b.en.join(',')}`);
    expect(shape(traditional)).toEqual(shape(simplified));
    expect(shape(traditional)).toEqual(['0|0', '1|1', '2|2']);
  });
});
