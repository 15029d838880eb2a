import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring';
import { REPORT_APPENDIX_MARK, reportMarkdown, sourceOffsetOfEnd } from '../../../../shared/export/reportMarkdown';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { newClaimDetails, type Annotation } from '../../../../shared/model/annotation';

const HEADER = '## 报告测试\n`2024-01-02 08:00 记者乙`\n\n';

function annotation(text: string, quote: string, n: number, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: 1,
    revisionId: 1,
    motivation: 'commenting',
    bodies: [{ type: 'TextualBody', value: `note ${n}`, purpose: 'commenting' }],
    creator: 'tester',
    created: `2024-01-0${n}T00:00:00Z`,
    modified: `2024-01-0${n}T00:00:00Z`,
    target: { selectors: describeSpan(text, start, start + quote.length) },
    anchor: { state: 'anchored', confidence: 1 },
    ...extra,
  };
}

function report(source: string, quotes: string[]): { out: string; text: string } {
  const parsed = parseArticleText(source);
  const annotations = quotes.map((q, i) => annotation(parsed.text, q, i + 1));
  return { out: reportMarkdown({ source, sourceMap: parsed.sourceMap, annotations, title: 't' }), text: parsed.text };
}

function withoutMarkers(out: string): string {
  const eol = out.includes(`\r\n\r\n${REPORT_APPENDIX_MARK}`) ? '\r\n' : '\n';
  return out.slice(0, out.indexOf(`${eol}${eol}${REPORT_APPENDIX_MARK}`)).replace(/\[\^g?\d+\]/g, '');
}

/** The wiki-links (lang:target) Glossa reads in a Markdown text. */
function wikiTargets(source: string): string[] {
  return parseArticleText(source).wikiLinks.map((l) => `${l.lang}:${l.target}`);
}

describe('Markdown report', () => {
  it('puts a marker after the closing ]] when a span ends with a wiki-link, and inside plain text otherwise', () => {
    const source = `${HEADER}[[zh:埃及]]每年收到 13 亿[[zh:美元]]的援助，**据称**来自[[zh:美国|华盛顿]]。\n`;
    const { out } = report(source, ['13 亿美元', '收到', '据称', '来自华盛顿']);
    expect(out.startsWith(`${HEADER}[[zh:埃及]]每年收到[^1] 13 亿[[zh:美元]][^2]的援助，**据称[^3]**来自[[zh:美国|华盛顿]][^4]。\n`)).toBe(true);
    expect(withoutMarkers(out)).toBe(source);
  });

  it('keeps the source byte for byte (CRLF, lists, quotes, links) apart from the markers, on many spans', () => {
    const source = `${HEADER}第一段有 [链接](https://example.org/a) 和数字 42。\r\n\r\n- 列表项 [[zh:卡塔尔]]\r\n- 第二项 5% 增长\r\n\r\n> 引用 \`代码\` 结束\r\n`;
    const parsed = parseArticleText(source);
    const quotes = ['链接', '42', '卡塔尔', '5% 增长', '代码', '引用'];
    const { out } = report(source, quotes);
    expect(withoutMarkers(out)).toBe(source);
    expect(out.match(/\[\^\d+\]/g)?.length).toBe(quotes.length * 2); // one in the text, one in the appendix
    expect(parsed.text).toContain('5% 增长');
  });

  it('writes the appendix of a CRLF file with CRLF line endings, so the report has one kind of line ending', () => {
    const source = HEADER.replace(/\n/g, '\r\n') + '第一段提到[[zh:卡塔尔]]。\r\n\r\n第二段说 5% 增长。\r\n';
    const { out } = report(source, ['卡塔尔', '5% 增长']);
    expect(withoutMarkers(out)).toBe(source);
    expect(out).toContain(`\r\n\r\n${REPORT_APPENDIX_MARK}\r\n`);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out.endsWith('\r\n')).toBe(true);
  });

  it('lists orphans in the appendix without a marker, and writes the claims table', () => {
    const source = `${HEADER}至少 110 名外国人离开。\n`;
    const parsed = parseArticleText(source);
    const claim = annotation(parsed.text, '至少 110 名', 1, {
      motivation: 'assessing',
      claim: { ...newClaimDetails('至少 110 名'), verdict: 'true', english: 'at least 110 | people', sources: [{ id: 's', url: 'https://a.example/x', title: 'A', publisher: '', date: '', quote: '', credibility: null, archiveUrl: '' }] },
    });
    const orphan = annotation(parsed.text, '外国人', 2, { anchor: { state: 'orphaned', confidence: 0.2 } });
    const out = reportMarkdown({ source, sourceMap: parsed.sourceMap, annotations: [orphan, claim], title: 't' });
    expect(out.startsWith(`${HEADER}至少 110 名[^1]外国人离开。\n`)).toBe(true);
    expect(out).toContain('[^2]: Comment: “外国人” — note 2 — (tester) (not found in this revision)');
    expect(out).toContain('| 1 | 至少 110 名 | True | at least 110 \\| people |  | [A](<https://a.example/x>) |');
  });

  it('writes what a person typed in a note as text, never as HTML', () => {
    const source = `${HEADER}至少 110 名外国人离开。\n`;
    const parsed = parseArticleText(source);
    const noted = annotation(parsed.text, '外国人', 1, { bodies: [{ type: 'TextualBody', value: 'see <b>this</b> <script>alert(1)</script>', purpose: 'commenting' }] });
    const out = reportMarkdown({ source, sourceMap: parsed.sourceMap, annotations: [noted], title: 't' });
    const notes = out.slice(out.indexOf(REPORT_APPENDIX_MARK));
    expect(notes).toContain('see &lt;b&gt;this&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(notes).not.toMatch(/<(b|script)>/);
  });

  it('maps the end of a span to the source through the map, preferring the earlier span at a boundary', () => {
    const map = [
      { textStart: 0, textEnd: 4, srcStart: 0, srcEnd: 4, verbatim: true },
      { textStart: 4, textEnd: 6, srcStart: 9, srcEnd: 11, verbatim: true },
      { textStart: 6, textEnd: 7, srcStart: 13, srcEnd: 20, verbatim: false },
    ];
    expect(sourceOffsetOfEnd(map, 2)).toBe(2);
    expect(sourceOffsetOfEnd(map, 4)).toBe(4);
    expect(sourceOffsetOfEnd(map, 6)).toBe(11);
    expect(sourceOffsetOfEnd(map, 7)).toBe(20);
    expect(sourceOffsetOfEnd(map, 9)).toBeNull();
  });
});

describe('Markdown report of a link between two spans', () => {
  it('puts the same footnote marker after both spans, and otherwise leaves the source untouched', () => {
    const source = `${HEADER}外交部表示，每月提供 3000 万美元。\n\n第二段：[[zh:哈马斯]]否认了这一说法。\n`;
    const parsed = parseArticleText(source);
    const second = parsed.text.indexOf('哈马斯否认');
    const link = annotation(parsed.text, '外交部表示', 1, {
      motivation: 'linking',
      bodies: [{ type: 'SpecificResource', purpose: 'linking', selectors: describeSpan(parsed.text, second, second + '哈马斯否认'.length), anchor: { state: 'anchored', confidence: 1 } }],
    });
    const out = reportMarkdown({ source, sourceMap: parsed.sourceMap, annotations: [link], title: 't' });
    expect(out).toContain('外交部表示[^1]，');
    expect(out).toContain('[[zh:哈马斯]]否认[^1]了');
    expect(withoutMarkers(out)).toBe(source);
    expect(out).toContain('[^1]: Link: “外交部表示” ↔ “哈马斯否认”');
  });
});

describe('Markdown report markers never change what the source means', () => {
  it('puts a marker for a span that ends inside a wiki-link after the link, so its target stays the same', () => {
    const source = `${HEADER}两[[zh:国关]]系紧张，[[zh:卡塔尔|卡国]]与[[zh:表情😀符号]]。\n`;
    const { out } = report(source, ['两国', '卡', '表情😀']);
    const body = out.slice(0, out.indexOf(REPORT_APPENDIX_MARK));
    expect(body).toContain('两[[zh:国关]][^1]系');
    expect(body).toContain('[[zh:卡塔尔|卡国]][^2]');
    expect(body).toContain('[[zh:表情😀符号]][^3]');
    expect(wikiTargets(body)).toEqual(wikiTargets(source));
    expect(withoutMarkers(out)).toBe(source);
  });

  it('puts a marker after an inline code span and an autolink, and before a bare URL (which would swallow it)', () => {
    const source = `${HEADER}代码 \`[[zh:也不是]]\` 之后，见 <https://example.org/a> 与 https://example.org/news/2023 以及更多。\n`;
    const parsed = parseArticleText(source);
    const { out } = report(source, ['[[zh:也不', 'https://example.org/a', 'https://example.org/news']);
    const body = out.slice(0, out.indexOf(REPORT_APPENDIX_MARK));
    expect(body).toContain('`[[zh:也不是]]`[^1]');
    expect(body).toContain('<https://example.org/a>[^2]');
    expect(body).toContain('见 <https://example.org/a>[^2] 与 [^3]https://example.org/news/2023 以及');
    expect(withoutMarkers(out)).toBe(source);
    // The URLs read back from the report are the article's own.
    const links = (text: string): string[] => JSON.stringify(parseArticleText(text).doc).match(/https:\/\/example\.org[^"]*/g) ?? [];
    expect(links(body)).toEqual(links(source));
    expect(parsed.text).toContain('https://example.org/news/2023');
  });

  it("gives the report's labels a prefix when the article has footnotes of its own, and escapes quoted references", () => {
    const source = `${HEADER}加沙有 200 多名人质[^1]。\n\n[^1]: 数据来自[[zh:以色列国防军]]。\n`;
    // Session 19 reads the article's [^1] as a footnote: the text quoted is 200 多名人质。 (a reference adds no text).
    const { out } = report(source, ['200 多名人质。', '加沙']);
    expect(out).toContain('加沙[^g1]有 200 多名人质[^1]。[^g2]');
    expect(out).toContain('[^g2]: Comment: “200 多名人质。”');
    // The article's own note is still the only definition of [^1].
    expect(out.match(/^\[\^1\]:/gm)).toHaveLength(1);
    expect(out.slice(0, out.indexOf(`\n\n${REPORT_APPENDIX_MARK}`)).replace(/\[\^g\d+\]/g, '')).toBe(source);
    // A reference no note defines is text, and quoted it is escaped.
    const stray = `${HEADER}加沙有 200 多名人质[^1]。\n`;
    const quoted = report(stray, ['200 多名人质[^1]。', '加沙']).out;
    expect(quoted).toContain('加沙[^g1]有 200 多名人质[^1]。[^g2]');
    expect(quoted).toContain('[^g2]: Comment: “200 多名人质\\[^1]。”');
    expect(quoted.slice(0, quoted.indexOf(`\n\n${REPORT_APPENDIX_MARK}`)).replace(/\[\^g\d+\]/g, '')).toBe(stray);
  });
});
