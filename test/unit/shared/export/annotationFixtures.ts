import type { Annotation } from '../../../../shared/model/annotation';

/** Annotations exercising every optional part of the model, for the export tests. */
export function sampleAnnotations(): Annotation[] {
  return [
    {
      id: '0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f',
      articleId: 7,
      revisionId: 3,
      motivation: 'assessing',
      bodies: [
        { type: 'TextualBody', value: 'Reuters said $30 million, not 3 billion.', purpose: 'assessing', format: 'text/markdown', language: 'en' },
        { type: 'TextualBody', value: 'gaza-funding', purpose: 'tagging' },
      ],
      creator: '宝尹',
      created: '2023-11-04T08:00:00.000Z',
      modified: '2023-11-05T09:30:00.000Z',
      target: {
        selectors: {
          quote: { exact: '每月 3000 万美元', prefix: '支付工资，这是', suffix: '的家庭津贴' },
          position: { start: 120, end: 131 },
        },
      },
      anchor: { state: 'moved', confidence: 0.82 },
      claim: {
        statedText: '每月 3000 万美元',
        english: '$30M per month',
        attributedTo: 'Reuters',
        value: {
          text: '每月 3000 万美元',
          start: 120,
          end: 131,
          kind: 'money',
          value: 30_000_000,
          valueMax: null,
          currency: 'USD',
          unit: null,
          per: 'month',
          approx: null,
          date: null,
        },
        verdict: 'mostly true',
        rationale: 'Matches the Reuters report; the figure covers several allowances.',
        status: 'checked',
        reviewer: 'Joost',
        sources: [
          {
            id: 's1',
            url: 'https://www.reuters.com/world/middle-east/qatar-gaza-2023-10-27/',
            title: 'Qatar pays salaries in Gaza',
            publisher: 'Reuters',
            date: '2023-10-27',
            quote: 'Qatar also pays public sector salaries in Gaza, part of a $30 million monthly allowance',
            credibility: 5,
            archiveUrl: 'https://web.archive.org/web/2023/https://www.reuters.com/',
            snapshot: { fileName: 'reuters.pdf', sha256: 'a'.repeat(64), mediaType: 'application/pdf' },
          },
          {
            id: 's2',
            url: 'http://example.org/report?a=1&b="x"',
            title: 'Report, "annotated"',
            publisher: '',
            date: '',
            quote: '',
            credibility: null,
            archiveUrl: '',
          },
        ],
      },
    },
    {
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      articleId: 7,
      revisionId: 3,
      motivation: 'linking',
      bodies: [{ type: 'SpecificResource', purpose: 'linking', source: '0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f' }],
      creator: 'translator',
      created: '2023-11-04T10:00:00.000Z',
      modified: '2023-11-04T10:00:00.000Z',
      target: {
        selectors: { quote: { exact: '卡塔尔', prefix: '', suffix: '再次成为' }, position: { start: 0, end: 3 } },
      },
      anchor: { state: 'anchored', confidence: 1 },
    },
    {
      id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
      articleId: 7,
      revisionId: 2,
      motivation: 'highlighting',
      bodies: [],
      creator: 'checker',
      created: '2023-11-03T10:00:00.000Z',
      modified: '2023-11-03T11:00:00.000Z',
      target: {
        selectors: { quote: { exact: '这一立场对其有利', prefix: '迄今为止，', suffix: '' }, position: { start: 40, end: 48 } },
      },
      anchor: { state: 'orphaned', confidence: 0.31 },
    },
  ];
}
