import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { AlignedPair } from '../../../../shared/model/translation';
import { toBilingualHtml } from '../../../../shared/export/bilingualHtml';
import { TRICKY } from './translationSamples';

const PAIRS: AlignedPair[] = [
  {
    zh: [0],
    en: [0],
    zhText: '卡塔尔与哈马斯的关系是什么？',
    enText: 'What is Qatar’s relationship with Hamas?',
    status: 'confirmed',
    confidence: 1,
    targetStatus: 'reviewed',
    notes: [{ category: 'claim', text: '<script>alert(1)</script> 3000 万美元', appliesTo: 'source' }],
  },
  { zh: [1, 2], en: [1], zhText: `两句中文 ${TRICKY}`, enText: `One English sentence ${TRICKY}`, status: 'auto', confidence: 0.31 },
  { zh: [], en: [2], zhText: '', enText: 'An addition.', status: 'auto', confidence: 0.8 },
];

type Cell = { '#text'?: string; class?: string; lang?: string };

/** Reads the table back with an XML parser: the page is well-formed, so this is a faithful re-import. */
function readTable(html: string): { cells: Cell[]; className: string; id: string }[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false, htmlEntities: true, isArray: (n) => ['tr', 'td', 'li'].includes(n), stopNodes: ['*.style', '*.td'] }).parse(html);
  return doc.html.body.table.tbody.tr.map((tr: { td: Cell[]; class: string; id: string }) => ({ cells: tr.td, className: tr.class, id: tr.id }));
}

function decode(s: string | undefined): string {
  return (s ?? '').replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);
}

describe('toBilingualHtml', () => {
  const html = toBilingualHtml(PAIRS, { title: 'Qatar & Hamas <test>', source: 'https://gnews.org/articles/1916252', published: '2023-11-03' });

  it('is a self-contained, well-formed page with no script and a CSP that forbids one', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('<title>Qatar &amp; Hamas &lt;test&gt;</title>');
    expect(html).toContain('@media print');
  });

  it('has one row per pair with number, both texts, status, confidence and notes, all escaped', () => {
    const rows = readTable(html);
    expect(rows).toHaveLength(PAIRS.length);
    rows.forEach((row, i) => {
      expect(row.id).toBe(`pair-${i + 1}`);
      expect(decode(row.cells[0]['#text'])).toBe(String(i + 1));
      expect(decode(row.cells[1]['#text'])).toBe(PAIRS[i].zhText);
      expect(decode(row.cells[2]['#text'])).toBe(PAIRS[i].enText);
      expect(row.cells[1].lang).toBe('zh');
      expect(row.cells[2].lang).toBe('en');
    });
    expect(rows[0].cells[3]['#text']).toBe('confirmed<br/>reviewed');
    expect(decode(rows[0].cells[4]['#text'])).toBe('100%');
    expect(decode(rows[1].cells[4]['#text'])).toBe('31%');
    expect(rows[1].className).toContain('low');
    expect(rows[0].className).not.toContain('low');
    // The raw cell holds the note escaped: markup in a note is shown, never run.
    expect(rows[0].cells[5]['#text']).toBe('<ul><li><span class="cat">claim (中文)</span>&lt;script&gt;alert(1)&lt;/script&gt; 3000 万美元</li></ul>');
  });
});
