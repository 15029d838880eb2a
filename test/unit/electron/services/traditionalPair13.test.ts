/**
 * A traditional-Chinese (Hong Kong) article with its English, written for these tests
 * (test/fixtures/trgaps13/): alignment, the memory, the glossary, the checks and the exchange formats on zh-Hant.
 * The glossary is one for all articles, so terms entered in simplified characters (from mainland articles) must work
 * on the traditional text, and the article's own entities must not come in twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../../../shared/export/tmx';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const DIR = path.resolve(__dirname, '../../../fixtures/trgaps13');
const ZH = fs.readFileSync(path.join(DIR, 'tung-chung.zh-hk.md'));
const EN = fs.readFileSync(path.join(DIR, 'tung-chung.en.md'));
// The title as written (its ideographic space kept, as the importer keeps it).
const TITLE = '港鐵東涌綫延綫動工\u3000預計2029年通車';

/** The intended pairs: one English sentence per Chinese sentence, in order. */
const PAIRS: [string, string][] = [
  ['（封面圖片：港鐵列車駛經東涌站。｜資料圖片）', '(Cover photo: an MTR train passes Tung Chung station. | File photo)'],
  ['港鐵公司3月14日宣布，東涌綫延綫工程正式動工，預計2029年通車，總造價約為港幣215億元。', 'The MTR Corporation announced on March 14 that work on the Tung Chung line extension had officially begun, with the line due to open in 2029 at a total cost of about HK$21.5 billion.'],
  ['延綫全長1.3公里，將在東涌西設新站，並在東涌東增設一個中途站。', 'The 1.3-kilometre extension will add a new station at Tung Chung West and an intermediate station at Tung Chung East.'],
  ['港鐵發言人周志明表示，新站落成後，約有12萬名居民可在步行10分鐘內到達車站。', 'MTR spokesman Chow Chi-ming said that once the new stations are completed, about 120,000 residents will be able to reach a station within a 10-minute walk.'],
  ['「我們會盡量減少工程對居民的影響。」周志明說。', '"We will do our best to minimise the impact of the works on residents," Chow said.'],
  ['運輸及物流局副局長何文傑指出，政府已就工程撥款港幣68億元，其餘153億元由港鐵承擔。', 'Under Secretary for Transport and Logistics Ho Man-kit said the government had allocated HK$6.8 billion to the project, with the remaining HK$15.3 billion to be borne by the MTR.'],
  ['他說，立法會議員普遍支持項目。', 'He said members of the Legislative Council broadly supported the project.'],
  ['離島區區議員黃秋萍則表示，部分居民擔心施工期間的噪音問題，希望港鐵在晚上11時後停止打樁。', 'Islands District councillor Wong Chau-ping said some residents were worried about noise during construction and hoped the MTR would stop piling after 11 p.m.'],
  ['港鐵指出，東涌綫目前每日載客量約為28萬人次，比2019年增加百分之十二。', 'The MTR said the Tung Chung line currently carries about 280,000 passengers a day, 12 percent more than in 2019.'],
  ['工程期間，東涌站一號出口將暫停使用約18個月。', 'During the works, Exit 1 of Tung Chung station will be closed for about 18 months.'],
];

function setup(): { s: GlossaServices; id: number } {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const id = s.imports.importBytes('tung-chung.zh-hk.md', ZH).articleId as number;
  return { s, id };
}

function attach(s: GlossaServices, id: number) {
  return s.translation.workspace.attachEnglish(id, { kind: 'file', name: 'tung-chung.en.md', dataBase64: EN.toString('base64') });
}

describe('a traditional-Chinese article and its English', () => {
  it('aligns one to one, and its confirmed pairs feed the memory as zh-Hant, found from either script', () => {
    const { s, id } = setup();
    const ws = attach(s, id);
    expect(ws.pairs.map((p) => [p.zhText, p.enText])).toEqual(PAIRS);
    expect(s.translation.review.checks(id)).toEqual([]);
    s.translation.workspace.edit(id, { op: 'confirmAll' });
    expect(s.db.prepare('SELECT DISTINCT source_lang, target_lang FROM translation_memory').raw().all()).toEqual([['zh-Hant', 'en']]);
    // The mainland spelling of the second sentence finds it, named by the article's title.
    const simplified = s.translation.memory.suggest('港铁公司3月14日宣布，东涌线延线工程正式动工，预计2029年通车，总造价约为港币215亿元。');
    expect(simplified.map((h) => [h.target, h.origin])).toEqual([[PAIRS[1][1], TITLE]]);
    expect(simplified[0].score).toBeGreaterThanOrEqual(95);
    // A later traditional sentence that differs in its figures.
    const later = s.translation.memory.suggest('工程期間，東涌站二號出口將暫停使用約6個月。');
    expect(later.map((h) => h.target)).toEqual([PAIRS[9][1]]);
    expect(later[0].score).toBeLessThan(100);
    expect(s.translation.memory.concordance('立法会').map((h) => h.target)).toEqual([PAIRS[6][1]]);
    s.close();
  });

  it('exports TMX, XLIFF 2 and XLIFF 1.2 with the Chinese tagged zh-Hant, and the TMX comes back into another memory', () => {
    const { s, id } = setup();
    attach(s, id);
    s.translation.workspace.edit(id, { op: 'confirmAll' });
    const tmx = s.translation.review.exportAs(id, 'tmx').content;
    expect(tmx).toContain('srclang="zh-Hant"');
    expect(tmx.match(/<tuv xml:lang="zh-Hant">/g)).toHaveLength(10);
    expect(parseTmx(tmx).map((u) => [u.sourceLang, u.source])).toEqual(PAIRS.map(([zh]) => ['zh-Hant', zh]));
    expect(s.translation.review.exportAs(id, 'xliff').content).toContain('srcLang="zh-Hant" trgLang="en"');
    expect(s.translation.review.exportAs(id, 'xliff12').content).toContain('source-language="zh-Hant" target-language="en"');
    const other = openServices(path.join(tempDir(), 'other.sqlite'));
    expect(other.translation.memory.importTmx('tung-chung.tmx', tmx)).toEqual({ added: 10, skipped: 0 });
    expect(other.db.prepare('SELECT DISTINCT source_lang, origin FROM translation_memory').raw().all()).toEqual([['zh-Hant', 'tung-chung.tmx']]);
    other.close();
    s.close();
  });

  it('seeds its entities once, without the year it links, beside terms a mainland article brought in simplified', () => {
    const { s, id } = setup();
    const glossary = s.translation.glossary;
    // From a mainland article: 立法会 with its English.
    glossary.add({ zh: '立法会', en: 'Legislative Council', source: 'user' });
    expect(glossary.seed(s.articles.wikiLinks(s.articles.revisionOf(id).id).map((l) => l.target))).toBe(6);
    // Six of its seven links: not 2019年, a date, nor 立法會, which the glossary has as 立法会.
    expect(glossary.list().map((t) => [t.zh, t.en])).toEqual([
      ['東涌', ''], ['東涌綫', ''], ['港鐵', ''], ['港鐵公司', ''], ['立法会', 'Legislative Council'], ['運輸及物流局', ''], ['離島區', ''],
    ]);
    expect(glossary.list('立法會').map((t) => t.en)).toEqual(['Legislative Council']);
    s.close();
  });

  it('checks a translation typed from scratch against the glossary in either script and against the numbers', () => {
    const { s, id } = setup();
    s.translation.workspace.attachEnglish(id, { kind: 'empty' });
    const glossary = s.translation.glossary;
    glossary.add({ zh: '立法会', en: 'Legislative Council', source: 'user' });
    glossary.add({ zh: '东涌线', en: 'Tung Chung line', source: 'user' });
    glossary.add({ zh: '港鐵公司', en: 'MTR Corporation', source: 'user' });
    const ws = s.translation.workspace;
    ws.setTarget(id, 1, 'The MTR Corporation said on March 14 that work on the Tung Chung line extension had begun, due to open in 2029 at a cost of about HK$25.1 billion.', 'draft');
    ws.setTarget(id, 6, 'He said lawmakers broadly supported the project.', 'draft');
    ws.setTarget(id, 8, 'The MTR said the line carries about 280,000 passengers a day, 21 percent more than in 2019.', 'draft');
    const findings = s.translation.review.checks(id).filter((f) => f.kind !== 'untranslated');
    expect(findings.map((f) => [f.pairIndex, f.kind, f.detail])).toEqual([
      [1, 'number', '約為港幣215億元 = 21,500,000,000 HKD but the English says 25,100,000,000 HKD ("about HK$25.1 billion")'],
      [6, 'term', '立法會 should be translated as "Legislative Council", which the English does not contain'],
      [8, 'number', '百分之十二 = 12% but the English says 21% ("21 percent")'],
      [8, 'term', '東涌綫 should be translated as "Tung Chung line", which the English does not contain'],
    ]);
    const term = findings.find((f) => f.pairIndex === 6);
    expect(term?.zh.slice(term.zhSpan?.start, term.zhSpan?.end)).toBe('立法會');
    s.close();
  });
});
