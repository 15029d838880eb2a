/**
 * Every export fed hostile and unusual content: characters XML 1.0 cannot carry, markup and CDATA terminators,
 * attribute-breaking quotes, `javascript:` and `data:` links, spreadsheet formulas, emoji and other astral characters,
 * bidi and zero-width characters, CRLF, very long text, empty lists, claims without verdicts, sources missing fields.
 * What must hold: XML is well-formed, HTML runs nothing and links nothing dangerous, CSV reads back cell for cell and
 * no cell starts a formula, JSON-LD round-trips, and translation text survives (kept, or replaced by U+FFFD where XML
 * cannot carry a character).
 */
import { strFromU8, unzipSync } from 'fflate';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring';
import { DEFAULT_VERDICT_SCALE } from '../../../../shared/claims/verdicts';
import { parseAlignedTsv, toAlignedTsv } from '../../../../shared/export/alignedTsv';
import { articleHtml } from '../../../../shared/export/articleHtml';
import { toBilingualDocx, type DocxPair } from '../../../../shared/export/bilingualDocx';
import { toBilingualHtml } from '../../../../shared/export/bilingualHtml';
import { claimReviews, claimReviewScriptTag, exportClaimReviews, type ClaimReviewOptions } from '../../../../shared/export/claimReview';
import { CLAIM_CSV_COLUMNS, claimsCsv } from '../../../../shared/export/claimsCsv';
import { parseGlossaryCsv, toGlossaryCsv } from '../../../../shared/export/glossaryCsv';
import { reportHtml } from '../../../../shared/export/reportHtml';
import { REPORT_APPENDIX_MARK, reportMarkdown } from '../../../../shared/export/reportMarkdown';
import { parseTbx, toTbx } from '../../../../shared/export/tbx';
import { parseTmx, toTmx } from '../../../../shared/export/tmx';
import { exportWebAnnotations } from '../../../../shared/export/webAnnotation';
import { importWebAnnotations } from '../../../../shared/export/webAnnotationImport';
import { toXliff, toXliff12 } from '../../../../shared/export/xliff';
import { parseXliff } from '../../../../shared/export/xliffImport';
import { GlossaError } from '../../../../shared/ipc/errors';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import type { Annotation, ClaimDetails, ClaimSource } from '../../../../shared/model/annotation';
import { newClaimDetails } from '../../../../shared/model/annotation';
import type { DocJSON } from '../../../../shared/model/article';
import type { AlignedPair, GlossaryTerm, TranslationUnit } from '../../../../shared/model/translation';
import { canonicalText } from '../../../../shared/text/canonical';
import { badChars, htmlProblems, isFormulaCell, parseCsvStrict, readableForm, xmlDropped, xmlProblems, xmlReplaced } from './hostileChecks';

/** C0 controls but tab, LF and CR; the noncharacters U+FFFE and U+FFFF; lone high and low surrogates. */
const XML_INVALID = 'c0:\u0000\u0001\u0008\u000B\u000C\u001B\u001F nc:\uFFFE\uFFFF ls:\uD800 \uDFFF x\uDBFF.';
const MARKUP = `]]> <script>alert("x")</script> " ' & < > </textarea> <!-- --> &amp; &#0; &lt; <![CDATA[ c ]]> <img src=x onerror=alert(1)>`;
const WORLD = '😀 𠮷 👩🏽‍💻 🇶🇦 \u202Eevil\u202C \u200B\u200C\u200D\u2060\uFEFF مرحبا עברית \u2066x\u2069 \u2028\u2029\u0085 \u007F\u0080\u009F';
const LINES = 'one\r\ntwo\rthree\nfour';
const HOSTILE = `${MARKUP} ${XML_INVALID} ${WORLD} ${LINES}`;
const FORMULAS = ['=1+2', '+1', '-2', '@SUM(A1)', '\t=3', '\r=4', '=HYPERLINK("http://evil.example","x")', "'=quoted", '=cmd|\' /C calc\'!A0'];
const QUOTED_URL = `https://evil.example/a"b'c<d>e?q="><script>alert(1)</script>#x' onmouseover='alert(1)`;
const LONG = `${'长'.repeat(100_000)} ${HOSTILE} ${'x'.repeat(100_000)}`;

/** Sources with dangerous or attribute-breaking links, and one plain one. */
const SOURCES: ClaimSource[] = [
  { id: 's1', url: 'javascript:alert(1)', title: '<script>alert("title")</script>', publisher: '" onmouseover="alert(1)', date: '2024', quote: HOSTILE, credibility: 3, archiveUrl: 'data:text/html,<script>alert(1)</script>' },
  { id: 's2', url: QUOTED_URL, title: `Quote's "title" ]]>`, publisher: '', date: '', quote: '', credibility: null, archiveUrl: ' JaVaScRiPt:alert(1)' },
  { id: 's3', url: 'https://ok.example/a?b=1&c=2', title: '', publisher: '', date: '', quote: '', credibility: null, archiveUrl: '' },
  { id: 's4', url: 'java\tscript:alert(1)', title: 't4', publisher: '', date: '', quote: '', credibility: null, archiveUrl: '' },
  { id: 's5', url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', title: 't5', publisher: '', date: '', quote: '', credibility: null, archiveUrl: '' },
];
/** Sources as an older database or a hand-written file may hold them: fields missing altogether. */
const PARTIAL_SOURCES = [{ id: 'p1', url: 'https://ok.example/partial' }, { id: 'p2' }, {}] as unknown as ClaimSource[];

const text = (t: string, marks?: DocJSON['marks']): DocJSON => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: DocJSON[]): DocJSON => ({ type: 'paragraph', content });

const DOC: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text(`标题 ${MARKUP}`)] },
    para(
      text(`卡塔尔 ${HOSTILE} 😀 结束 `),
      text('jslink', [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: '"><script>alert(1)</script>' } }]),
      text(' quoted', [{ type: 'link', attrs: { href: QUOTED_URL, title: null } }]),
      text(' data', [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>', title: null } }]),
      text(' wiki', [{ type: 'wikiLink', attrs: { lang: 'zh" onclick="alert(1)', target: '"><script>alert(1)</script>' } }]),
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: '<img src=x onerror=alert(1)>', title: '"' } },
      { type: 'hard_break' },
      text('after'),
    ),
    { type: 'code_block', attrs: { info: 'js" onmouseover="alert(1)' }, content: [text(`</code></pre><script>alert(1)</script> ${HOSTILE}`)] },
    {
      type: 'table',
      content: [
        {
          type: 'table_row',
          content: [
            { type: 'table_header', attrs: { align: 'left;background:url(javascript:alert(1))' }, content: [text('head')] },
            { type: 'table_cell', attrs: { align: null }, content: [text(`cell ${HOSTILE}`)] },
          ],
        },
      ],
    },
    { type: 'ordered_list', attrs: { order: '1" onclick="alert(1)' }, content: [{ type: 'list_item', content: [para(text('item'))] }] },
    para(text(LONG)),
  ],
};
const TEXT = canonicalText(DOC).text;
const META = { title: `<script>alert(1)</script> ${HOSTILE}`, author: '"><img src=x onerror=alert(1)>', published: '2024-01-02T00:00:00Z"><script>', source: 'javascript:alert(1)', lang: 'zh"><script>' };

function annotation(n: number, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: 1,
    revisionId: 1,
    motivation: 'commenting',
    bodies: [],
    creator: `<script>alert("creator ${n}")</script>`,
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-03T00:00:00Z',
    target: { selectors: describeSpan(TEXT, start, end) },
    anchor: { state: 'anchored', confidence: 1 },
    ...extra,
  };
}
const on = (quote: string, n: number, extra: Partial<Annotation> = {}): Annotation => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return annotation(n, start, start + quote.length, extra);
};
const claimOn = (quote: string, n: number, claim: Partial<ClaimDetails>): Annotation => on(quote, n, { motivation: 'assessing', claim: { ...newClaimDetails(quote), ...claim } });

const EMOJI = TEXT.indexOf('😀');
const ANNOTATIONS: Annotation[] = [
  claimOn('卡塔尔', 1, { verdict: 'false', english: `${FORMULAS[6]} ${MARKUP}`, attributedTo: '"><img src=x onerror=alert(1)>', rationale: HOSTILE, reviewer: '\t=1', sources: SOURCES }),
  on('after', 2, { bodies: [{ type: 'TextualBody', value: `${HOSTILE}\n\n[^1]: fake\n\n[click](javascript:alert(1)) <javascript:alert(2)> ![p](data:image/png;base64,AAAA)`, purpose: 'commenting' }] }),
  claimOn('item', 3, { verdict: '', english: null, sources: [] }),
  claimOn('head', 4, { verdict: 'unverified', english: '+SUM(A1)', sources: PARTIAL_SOURCES }),
  // A span that starts and ends inside surrogate pairs, as a tool counting code points instead of UTF-16 units makes.
  annotation(5, EMOJI + 1, EMOJI + 3, { bodies: [{ type: 'TextualBody', value: '-2 split emoji', purpose: 'questioning' }], motivation: 'questioning' }),
  on('结束', 6, { anchor: { state: 'orphaned', confidence: 0.1 }, bodies: [{ type: 'TextualBody', value: '@orphan', purpose: 'commenting' }] }),
  on('jslink', 7, { motivation: 'linking', bodies: [{ type: 'SpecificResource', purpose: 'linking', source: '00000000-0000-4000-8000-000000000001' }] }),
  claimOn(TEXT.slice(TEXT.indexOf('长'), TEXT.indexOf('长') + 50_000), 8, { verdict: 'true', english: LONG, rationale: LONG, sources: [SOURCES[2] as ClaimSource] }),
];

function expectSurvives(original: string, back: string | undefined): void {
  // Either kept exactly, or every character XML cannot carry replaced visibly.
  if (back !== original) expect(back).toBe(xmlReplaced(original));
}

describe('HTML exports run nothing from content', () => {
  it('article HTML: no script, handler or dangerous link; text shown escaped; no characters a browser chokes on', () => {
    const html = articleHtml({ doc: DOC, meta: META, revision: { id: 1, kind: 'edit', createdAt: '2024-01-01T00:00:00Z' } });
    expect(htmlProblems(html)).toEqual([]);
    expect(badChars(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('👩🏽‍💻');
    expect(html).toContain('𠮷');
  });

  it('report HTML: no script but valid JSON-LD, no dangerous link, no lone surrogate where a highlight splits an emoji', () => {
    const html = reportHtml({
      meta: META,
      doc: DOC,
      annotations: ANNOTATIONS,
      scale: DEFAULT_VERDICT_SCALE,
      claimReviews: claimReviews(ANNOTATIONS, { article: META, reviewer: { name: HOSTILE }, reportUrl: 'https://desk.example/r' }),
      generatedAt: '2024-01-04T00:00:00Z',
    });
    expect(htmlProblems(html)).toEqual([]);
    expect(badChars(html)).toEqual([]);
    expect(html).not.toMatch(/undefined|NaN/);
    expect(html).toContain('😀');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    const reviews = JSON.parse(ld?.[1] ?? 'null') as { claimReviewed: string }[];
    expect(reviews.map((r) => r.claimReviewed)).toContain(`${FORMULAS[6]} ${MARKUP}`);
  });

  it('report HTML of an article without annotations', () => {
    const html = reportHtml({ meta: META, doc: DOC, annotations: [], scale: DEFAULT_VERDICT_SCALE, claimReviews: [], generatedAt: '2024-01-04T00:00:00Z' });
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });

  const PAIRS: AlignedPair[] = [
    { zh: [0], en: [0], zhText: HOSTILE, enText: `${MARKUP} ${FORMULAS.join(' ')}`, status: 'auto', confidence: 0.5, notes: [{ category: '<b>cat</b>', text: HOSTILE, appliesTo: 'target' }] },
    { zh: [], en: [], zhText: '', enText: '', status: 'confirmed', confidence: 1 },
    { zh: [1], en: [1], zhText: LONG, enText: LONG, status: 'auto', confidence: 0 },
  ];

  it('bilingual HTML: well-formed, runs nothing, links nothing', () => {
    const html = toBilingualHtml(PAIRS, { title: HOSTILE, source: 'javascript:alert(1)', published: '"><script>alert(1)</script>', exported: MARKUP, sourceLang: 'zh" onclick="alert(1)', targetLang: "en' onclick='alert(1)" });
    expect(xmlProblems(html)).toEqual([]);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
    expect(xmlProblems(toBilingualHtml([], { title: '' }))).toEqual([]);
  });
});

describe('Markdown report', () => {
  const HEADER_MD = '## 报告\n`2024-01-02 08:00 记者乙`\n\n';
  const SOURCE = `## 标题 ${MARKUP}\n\n卡塔尔 said 😀 more | pipe [[zh:哈马斯]] ${XML_INVALID} end.\r\n\r\nsecond para after item.\n`;
  const parsed = parseArticleText(SOURCE);
  const at = (quote: string, n: number, extra: Partial<Annotation>): Annotation => {
    const start = parsed.text.indexOf(quote);
    return { ...annotation(n, 0, 1, extra), target: { selectors: describeSpan(parsed.text, start, start + quote.length) } };
  };
  const annotations = [
    at('卡塔尔', 1, { motivation: 'assessing', claim: { ...newClaimDetails('卡塔尔'), verdict: 'false', english: 'a | b\n\n[^9]: fake\n| x |', rationale: HOSTILE, sources: SOURCES } }),
    at('second', 2, { bodies: [{ type: 'TextualBody', value: `x\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <javascript:alert(2)> [^1]: fake ${HOSTILE}`, purpose: 'commenting' }] }),
    at('item', 3, { motivation: 'assessing', claim: { ...newClaimDetails('item'), verdict: '', sources: PARTIAL_SOURCES } }),
    at('pipe', 4, { anchor: { state: 'orphaned', confidence: 0 } }),
  ];
  const report = (): { out: string; cut: number; appendix: string } => {
    const out = reportMarkdown({ source: SOURCE, sourceMap: parsed.sourceMap, annotations, title: HOSTILE });
    const cut = out.indexOf(REPORT_APPENDIX_MARK);
    return { out, cut, appendix: out.slice(cut) };
  };

  it('keeps the article as it was and adds one footnote per annotation, none from what a note says', () => {
    const { out, cut, appendix } = report();
    expect(cut).toBeGreaterThan(0);
    expect(out.slice(0, cut).replace(/\[\^g?\d+\]/g, '').trimEnd()).toBe(SOURCE.trimEnd());
    expect(appendix.match(/^\[\^g?\d+\]:/gm)).toHaveLength(annotations.length);
    expect(out).not.toMatch(/undefined|NaN/);
  });

  it('of an article without annotations is the article and an empty appendix', () => {
    const out = reportMarkdown({ source: SOURCE, sourceMap: parsed.sourceMap, annotations: [], title: '' });
    expect(out.startsWith(SOURCE)).toBe(true);
    expect(out).not.toMatch(/^\[\^/m);
  });

  it('keeps its notes readable after an article that ends inside a code fence, an HTML comment or a raw HTML block', () => {
    const commonmark = markdownIt('commonmark', { html: true });
    for (const tail of ['```js\nlet open = 1;', '~~~~\n~~~\ncode', '<!-- never closed', '<script>\nalert(1)', '<pre>\nraw']) {
      const source = `${HEADER_MD}第一段 卡塔尔。\n\n${tail}`;
      const article = parseArticleText(source);
      const start = article.text.indexOf('卡塔尔');
      const note = { ...annotation(1, 0, 1, { bodies: [{ type: 'TextualBody', value: 'seen', purpose: 'commenting' }] }), target: { selectors: describeSpan(article.text, start, start + 3) } };
      const out = reportMarkdown({ source, sourceMap: article.sourceMap, annotations: [note], title: '' });
      const tokens = commonmark.parse(out, {});
      const heading = tokens.findIndex((t) => t.type === 'inline' && t.content === 'Annotations');
      expect(tokens[heading - 1]?.level, tail).toBe(0);
      expect(out.startsWith(source.replace('卡塔尔', '卡塔尔[^1]')), tail).toBe(true);
    }
  });

  it('writes notes and claims as text: no HTML, and no link that is not http(s)', () => {
    const { appendix } = report();
    expect(appendix).not.toMatch(/<(script|img)\b/i);
    // A link needs an unescaped `[` to open its text; every link the appendix has goes to http(s).
    const links = [...appendix.matchAll(/(?<!\\)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https?:/i);
    expect(appendix).not.toMatch(/<(javascript|data|vbscript):/i);
  });

  it('keeps every claims-table row on one line with the header\'s number of cells', () => {
    const { appendix } = report();
    const rows = appendix.split(/\r?\n/).filter((l) => l.startsWith('|'));
    const cells = (row: string): number => row.replace(/\\\|/g, '').split('|').length;
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(cells(row)).toBe(cells(rows[0] as string));
  });
});

describe('CSV exports', () => {
  it('claims CSV: RFC 4180, one row per claim, no cell a spreadsheet would run, text kept', () => {
    const csv = claimsCsv(ANNOTATIONS, { neutralizeFormulas: true, bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsvStrict(csv.slice(1));
    expect(rows).toHaveLength(1 + ANNOTATIONS.filter((a) => a.claim).length);
    for (const row of rows) expect(row).toHaveLength(CLAIM_CSV_COLUMNS.length);
    for (const row of rows.slice(1)) for (const cell of row) expect(isFormulaCell(cell), JSON.stringify(cell.slice(0, 40))).toBe(false);
    const first = rows[1] as string[];
    expect(first[CLAIM_CSV_COLUMNS.indexOf('english')]).toBe(`'${FORMULAS[6]} ${MARKUP}`);
    expect(first[CLAIM_CSV_COLUMNS.indexOf('rationale')]).toBe(HOSTILE);
    expect(csv).not.toMatch(/undefined|NaN/);
    expect(parseCsvStrict(claimsCsv(ANNOTATIONS))).toHaveLength(rows.length);
    expect(parseCsvStrict(claimsCsv([]))).toEqual([[...CLAIM_CSV_COLUMNS]]);
  });

  it('glossary CSV: RFC 4180, no formula cell, reads back term for term', () => {
    const terms: GlossaryTerm[] = [
      { zh: `=1+2 ${HOSTILE}`, en: '+SUM(A1)', note: '-3', source: 'user' },
      { zh: '@x', en: '\t=1', note: '\r=2', source: 'user' },
      { zh: "'=already", en: `a,b "c"\r\nd`, note: FORMULAS.join('\t'), source: 'user' },
      { zh: 'emoji 😀\u202E', en: LONG, source: 'user' },
    ];
    const csv = toGlossaryCsv(terms);
    const rows = parseCsvStrict(csv.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(terms.length + 1);
    for (const row of rows) for (const cell of row) expect(isFormulaCell(cell), JSON.stringify(cell.slice(0, 40))).toBe(false);
    // The reader trims the white space around a term (files from other tools pad them); everything else comes back.
    expect(parseGlossaryCsv(csv)).toEqual(terms.map((t) => ({ ...t, zh: t.zh.trim(), en: t.en.trim(), source: 'import' })));
    expect(parseCsvStrict(toGlossaryCsv([]).replace(/^\uFEFF/, ''))).toEqual([['zh', 'en', 'note']]);
  });

  it('aligned TSV: one tab per line and the text back unchanged', () => {
    const pairs = [
      { zh: HOSTILE, en: FORMULAS.join(' ') },
      { zh: '', en: '' },
      { zh: LONG, en: '\\t not a tab \\n not a break \\' },
    ];
    const tsv = toAlignedTsv(pairs);
    const lines = tsv.split(/\r\n|\r|\n/);
    expect(lines).toHaveLength(pairs.length + 1);
    for (const line of lines.slice(0, -1)) expect(line.split('\t')).toHaveLength(2);
    expect(parseAlignedTsv(tsv)).toEqual(pairs);
    const spaced = toAlignedTsv(pairs, { escape: 'space' }).split(/\r\n|\r|\n/);
    expect(spaced).toHaveLength(pairs.length + 1);
    for (const line of spaced.slice(0, -1)) expect(line.split('\t')).toHaveLength(2);
    expect(toAlignedTsv([])).toBe('');
  });
});

describe('JSON-LD exports', () => {
  const article = { id: 1, source: QUOTED_URL, title: HOSTILE };

  it('W3C Web Annotation: hostile text round-trips losslessly', () => {
    // What the model can hold: http(s) sources, and `unverified` for a claim without a verdict (so the import takes it).
    const safe = ANNOTATIONS.map((a) => (a.claim ? { ...a, claim: { ...a.claim, verdict: a.claim.verdict || 'unverified', sources: a.claim.sources.filter((s) => s.id === 's3') } } : a));
    const json = exportWebAnnotations(article, safe);
    expect(() => JSON.parse(json)).not.toThrow();
    expect(importWebAnnotations(json)).toStrictEqual(safe);
    expect(importWebAnnotations(exportWebAnnotations(article, []))).toEqual([]);
  });

  it('W3C Web Annotation: dangerous and incomplete sources never come out as links, and the file still imports', () => {
    const json = exportWebAnnotations(article, ANNOTATIONS);
    const links: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'url' || k === 'archiveUrl' || k === 'source') && typeof x === 'string') links.push(x);
          walk(x);
        }
    };
    walk(JSON.parse(json));
    for (const link of links) expect(link).toMatch(/^$|^https?:\/\/|^urn:/);
    expect(json).not.toMatch(/undefined/);
    const back = importWebAnnotations(json);
    expect(back.map((a) => a.id)).toEqual(ANNOTATIONS.map((a) => a.id));
    expect(back[0]?.claim?.rationale).toBe(HOSTILE);
    expect(back[2]?.claim?.verdict).toBe('unverified');
  });

  const options: ClaimReviewOptions = {
    article: { title: HOSTILE, source: 'javascript:alert(1)', published: 'not a date', author: '<b>x</b>', lang: 'zh"><script>' },
    reviewer: { name: HOSTILE, url: 'https://desk.example/' },
    reportUrl: 'https://desk.example/r?a="b"&c=<d>',
  };

  it('ClaimReview: parses, keeps the text, links only http(s), reviews only claims with a verdict', () => {
    const reviews = claimReviews(ANNOTATIONS, options);
    const json = exportClaimReviews(ANNOTATIONS, options);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(reviews)));
    expect(json).not.toMatch(/undefined|NaN/);
    const urls: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'url' || k === '@id' || k === 'sameAs') && typeof x === 'string') urls.push(x);
          walk(x);
        }
    };
    walk(reviews);
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
    expect(reviews.map((r) => r.claimReviewed)).toEqual([`${FORMULAS[6]} ${MARKUP}`, LONG]);
    const tag = claimReviewScriptTag(reviews);
    expect(htmlProblems(tag)).toEqual([]);
    expect(JSON.parse(tag.slice(tag.indexOf('>') + 1, tag.lastIndexOf('</script>')))).toEqual(JSON.parse(json));
    expect(claimReviews([], options)).toEqual([]);
  });

  it('ClaimReview: a reviewer link that is not http(s) is refused or left out', () => {
    let reviews: unknown = null;
    try {
      reviews = claimReviews(ANNOTATIONS.slice(0, 1), { ...options, reviewer: { name: 'r', url: 'javascript:alert(1)' } });
    } catch (e) {
      expect(e).toBeInstanceOf(GlossaError);
      return;
    }
    expect(JSON.stringify(reviews)).not.toMatch(/javascript:/i);
  });
});

describe('XML exports are well-formed and keep the text', () => {
  const UNITS: TranslationUnit[] = [
    { id: 'h1', source: HOSTILE, target: `${FORMULAS.join(' ')} ${HOSTILE}`, sourceLang: 'zh-CN', targetLang: 'en', origin: `article:1 ${MARKUP}`, status: 'draft', notes: [{ category: 'comment', text: HOSTILE }, { category: 'claim', text: MARKUP, appliesTo: 'source' }] },
    { id: 'h2', source: '  spaces around \t ', target: '\r\n', sourceLang: 'zh-CN', targetLang: 'en', status: 'translated' },
    { id: 'h3', source: LONG, target: LONG, sourceLang: 'zh-CN', targetLang: 'en', status: 'reviewed' },
    { id: 'h4', source: '\u0000', target: '\uD800', sourceLang: 'zh-CN', targetLang: 'en', status: 'translated' },
    { id: 'h5', source: 'crlf\r\nin\rsource', target: `${WORLD} ]]>`, sourceLang: 'zh-CN', targetLang: 'en', status: 'final' },
  ];

  function expectUnitsSurvive(back: TranslationUnit[]): void {
    expect(back).toHaveLength(UNITS.length);
    UNITS.forEach((unit, i) => {
      expectSurvives(unit.source, back[i]?.source);
      expectSurvives(unit.target, back[i]?.target);
      (unit.notes ?? []).forEach((note, j) => expectSurvives(note.text, back[i]?.notes?.[j]?.text));
    });
  }

  it('TMX', () => {
    const xml = toTmx(UNITS, { created: '2024-01-01T00:00:00Z' });
    expect(xmlProblems(xml)).toEqual([]);
    expectUnitsSurvive(parseTmx(xml));
    // TMX cannot carry them: replaced, and the header says so.
    expect(xml).toMatch(/<header [^>]*>\s*<note>\d+ characters that XML 1\.0 cannot carry .* replaced by U\+FFFD/);
    expect(xmlProblems(toTmx([]))).toEqual([]);
  });

  it('XLIFF 2', () => {
    const xml = toXliff(UNITS, { original: HOSTILE });
    expect(xmlProblems(xml)).toEqual([]);
    const back = parseXliff(xml);
    expectUnitsSurvive(back);
    // Sources and targets carry them as <cp hex>, so they come back exactly; notes cannot, and the file says so.
    expect(back.map((u) => [u.source, u.target])).toEqual(UNITS.map((u) => [u.source, u.target]));
    expect(xml).toContain('<cp hex="0000"/>');
    expect(xml).toMatch(/<file [^>]*>\s*<notes>\s*<note category="glossa">\d+ characters that XML/);
  });

  it('XLIFF 1.2', () => {
    const xml = toXliff12(UNITS, { original: HOSTILE });
    expect(xmlProblems(xml)).toEqual([]);
    expectUnitsSurvive(parseXliff(xml));
    expect(xml).toMatch(/<header>[\s\S]*<note from="glossa">\d+ characters that XML 1\.0 cannot carry/);
    expect(xmlProblems(toXliff12([]))).toEqual([]);
  });

  it('an empty XLIFF 2 export is well-formed or refused', () => {
    try {
      expect(xmlProblems(toXliff([]))).toEqual([]);
    } catch (e) {
      expect(e).toBeInstanceOf(GlossaError);
    }
  });

  it('TBX', () => {
    const terms: GlossaryTerm[] = [
      { zh: HOSTILE, en: `${MARKUP} ${WORLD}`, note: HOSTILE, source: 'user' },
      { zh: 'crlf\r\nzh', en: 'crlf\r\nen', note: 'crlf\r\nnote', source: 'user' },
      { zh: LONG, en: 'long', source: 'user' },
    ];
    expect(xmlProblems(toTbx([]))).toEqual([]);
    const xml = toTbx(terms, { description: HOSTILE });
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toMatch(/<sourceDesc>[\s\S]*<p>\d+ characters that XML 1\.0 cannot carry/);
    const back = parseTbx(xml);
    expect(back).toHaveLength(terms.length);
    terms.forEach((term, i) => {
      expectSurvives(term.zh, back[i]?.zh);
      expectSurvives(term.en, back[i]?.en);
      if (term.note !== undefined) expectSurvives(term.note, back[i]?.note);
    });
  });

  it('DOCX: every part well-formed, no dangerous link, the cells keep the text Word can show', async () => {
    const zhText = `${HOSTILE} 😀 end`;
    const emoji = zhText.indexOf('😀');
    const pairs: DocxPair[] = [
      { zh: [0], en: [0], zhText, enText: `${MARKUP} ${FORMULAS.join(' ')}`, status: 'auto', confidence: 0.5, notes: [{ category: '<b>', text: HOSTILE }], zhLinks: [{ start: -5, end: 2 }, { start: emoji + 1, end: emoji + 3 }, { start: 10, end: 1e9 }] },
      { zh: [], en: [], zhText: '', enText: '', status: 'confirmed', confidence: 1 },
      { zh: [1], en: [1], zhText: LONG, enText: 'long', status: 'auto', confidence: 0.9 },
    ];
    const bytes = await toBilingualDocx(pairs, { title: HOSTILE, source: 'javascript:alert(1)', published: MARKUP, exported: '2024' });
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) expect(xmlProblems(strFromU8(data)), name).toEqual([]);
    for (const [name, data] of Object.entries(files)) expect(strFromU8(data), name).not.toMatch(/Target="\s*(javascript|data|vbscript):/i);
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const cells = [...xml.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) =>
      unescape([...c[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)].map((t) => t[1] ?? (t[0] === '<w:tab/>' ? '\t' : '\n')).join('')),
    );
    const lines = (s: string): string => s.replace(/\r\n?/g, '\n');
    expect([xmlDropped, xmlReplaced, readableForm].map((f) => lines(f(zhText)))).toContain(cells.find((c) => c.includes('c0:')));
    const long = cells.find((c) => c.startsWith('长长长'));
    expect([xmlDropped, xmlReplaced, readableForm].map((f) => lines(f(LONG)))).toContain(long);
    const empty = unzipSync(await toBilingualDocx([], { title: '' }));
    for (const [name, data] of Object.entries(empty)) if (/\.(xml|rels)$/.test(name)) expect(xmlProblems(strFromU8(data)), name).toEqual([]);
  });
});
