/** Shared sample data for the translation export tests: texts that need escaping, emoji, line breaks, notes. */
import type { GlossaryTerm, TranslationUnit } from '../../../../shared/model/translation';

/** Every character XML, HTML, CSV and TSV treat specially, an emoji outside the BMP, a line break and a tab. */
export const TRICKY = `A & B < C > D "quoted" 'single' 😀 ]]> &amp; line1\nline2\ttab , ; \\ end`;

export const UNITS: TranslationUnit[] = [
  {
    id: 'p1',
    source: '卡塔尔与哈马斯的关系是什么？',
    target: 'What is Qatar’s relationship with Hamas?',
    sourceLang: 'zh-CN',
    targetLang: 'en',
    origin: 'article:12',
    created: '2023-11-03T06:22:00Z',
    status: 'reviewed',
    pairStatus: 'confirmed',
    confidence: 1,
    notes: [
      { category: 'claim', text: 'Qatar hosts Hamas’s political office (since 2012)', appliesTo: 'source' },
      { category: 'comment', text: 'Check the title' },
    ],
  },
  {
    id: 'p2',
    source: `每月 3000 万美元 ${TRICKY}`,
    target: `$30 million a month ${TRICKY}`,
    sourceLang: 'zh-CN',
    targetLang: 'en',
    status: 'draft',
    pairStatus: 'auto',
    confidence: 0.4321,
    notes: [{ category: 'annotation', text: TRICKY }],
  },
  { id: 'p3', source: '  两国花了数年时间才修复关系。 ', target: '', sourceLang: 'zh-CN', targetLang: 'en', status: 'new' },
  { id: 'p4', source: '“关键”', target: '"Key"', sourceLang: 'zh-CN', targetLang: 'en', status: 'translated' },
  { id: 'p5', source: '最终', target: 'Final', sourceLang: 'zh-CN', targetLang: 'en', status: 'final' },
];

export const TERMS: GlossaryTerm[] = [
  { zh: '卡塔尔', en: 'Qatar', source: 'wiki-link' },
  { zh: '外交部长', en: 'foreign minister', note: 'Not "minister of foreign affairs"', source: 'user' },
  { zh: '哈马斯', en: 'Hamas', note: TRICKY, source: 'user' },
  { zh: '=危险', en: '+1 formula', note: "-2 @x 'quoted", source: 'user' },
];
