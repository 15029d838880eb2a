import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBilingualDocx, xmlSafe, type DocxPair } from '../../../../shared/export/bilingualDocx';

const pairs: DocxPair[] = [
  { zh: [0], en: [0], zhText: '卡塔尔外交部周二表示，已运送 3000 万美元的援助。', enText: "Qatar's ministry said it sent $30 million in aid.", status: 'confirmed', confidence: 1, zhLinks: [{ start: 0, end: 3 }] },
  {
    zh: [1],
    en: [1, 2],
    zhText: '他说：“<援助> & 合作将继续。”',
    enText: 'He said "<aid> & cooperation" would continue. It was a "first step".',
    status: 'auto',
    confidence: 0.42,
    notes: [{ category: 'claim', text: '3000 万美元 ($30 million): unverified — check Reuters & AP', appliesTo: 'source' }],
  },
  { zh: [2], en: [], zhText: '以色列尚未评论。', enText: '', status: 'auto', confidence: 0.91, targetStatus: 'new' },
];

/** The text of each table row's cells, in order, read back from word/document.xml. */
function tableText(xml: string): string[][] {
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) => unescape([...c[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))),
  );
}

describe('bilingual DOCX', () => {
  it('writes a zip whose document holds one row per pair, in order, with both texts, status, confidence and notes, escaped', async () => {
    const bytes = await toBilingualDocx(pairs, { title: '卡塔尔援助 <草稿>', source: 'https://example.com/a?b=1&c=2', exported: '2026-11-26' });
    expect(bytes[0]).toBe(0x50); // PK: a zip archive
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
    const xml = strFromU8(files['word/document.xml']);
    // Raw markup characters from the texts never reach the XML unescaped.
    expect(xml).not.toContain('<援助>');
    expect(xml).toContain('&lt;援助&gt; &amp; 合作');
    expect(xml).toContain('卡塔尔援助 &lt;草稿&gt;');
    const rows = tableText(xml);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['#', '中文', 'English', 'Status', 'Notes']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(rows[1].slice(1, 4)).toEqual([pairs[0].zhText, pairs[0].enText, 'confirmed100%']);
    expect(rows[2].slice(1, 4)).toEqual([pairs[1].zhText, pairs[1].enText, 'auto42%']);
    expect(rows[2][4]).toBe('claim (中文): 3000 万美元 ($30 million): unverified — check Reuters & AP');
    expect(rows[3].slice(1, 4)).toEqual(['以色列尚未评论。', '', 'auto · new91%']);
    // The header repeats on each page; the wiki-linked name is bold.
    expect(xml).toMatch(/<w:tblHeader\/>/);
    const runOf = (text: string): string => [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).find((r) => r.includes(`>${text}</w:t>`)) ?? '';
    expect(runOf('卡塔尔')).toContain('<w:b/>');
    expect(runOf('外交部周二表示')).not.toContain('<w:b/>');
  });

  it('drops characters Word cannot read and keeps line breaks inside a cell', async () => {
    expect(xmlSafe('a\u0007b\u000Bc\uFFFEd\nok😀')).toBe('abcd\nok😀');
    const bytes = await toBilingualDocx([{ zh: [0], en: [0], zhText: '第一行\n第二行\u0001', enText: 'line one', status: 'auto', confidence: 0.8 }], { title: 't' });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml).not.toContain('\u0001');
    expect(xml).toMatch(/第一行<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?第二行/);
  });
});
