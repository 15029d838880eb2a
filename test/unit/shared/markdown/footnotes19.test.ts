import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import { documentFromJSON } from '../../../../shared/text/canonical';
import { expectSerializedReadsBack, expectSourceMapProducesText } from './sourceMapCheck';

const header = '## 标题\n`2024-03-19 10:05 陈大文`\n\n';
const read = (body: string) => parseArticleText(header + body);

/** The references of a document in order, as `label→number`. */
function refs(doc: DocJSON): string[] {
  const out: string[] = [];
  const walk = (node: DocJSON) => {
    if (node.type === 'footnote_ref') out.push(`${String(node.attrs?.label)}→${String(node.attrs?.number)}`);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

/** The notes of a document in order, as `number:label`. */
function notes(doc: DocJSON): string[] {
  const last = doc.content?.[doc.content.length - 1];
  if (last?.type !== 'footnotes') return [];
  return (last.content ?? []).map((note) => `${String(note.attrs?.number)}:${String(note.attrs?.label)}`);
}

/** Every check an import of footnotes must pass: a valid document, source map, and a write-back that reads the same. */
function expectSound(body: string): ReturnType<typeof read> {
  const a = read(body);
  documentFromJSON(a.doc);
  expectSourceMapProducesText(a, body.slice(0, 30));
  expectSerializedReadsBack(a, body.slice(0, 30));
  return a;
}

describe('footnotes (import 19)', () => {
  it('reads references as numbered notes and gathers the notes after the body', () => {
    const a = expectSound('正文第一句[^1]，第二句[^note]。\n\n[^note]: 第二个注释。\n[^1]: 第一个注释，见[[zh:卡塔尔]]。\n\n结尾段落[^1]。\n');
    expect(refs(a.doc)).toEqual(['1→1', 'note→2', '1→1']);
    expect(notes(a.doc)).toEqual(['1:1', '2:note']);
    expect(a.text).toBe('正文第一句，第二句。\n\n结尾段落。\n\n第一个注释，见卡塔尔。\n\n第二个注释。');
    // The wiki-link in a note is a link of the article, at its place in the text.
    expect(a.wikiLinks.map((l) => a.text.slice(l.start, l.end))).toEqual(['卡塔尔']);
  });

  it('numbers notes in the order they are first referred to, whatever their labels or where they are defined', () => {
    const a = expectSound('First[^b], then[^a], again[^b] and last[^z9].\n\n[^a]: Note A.\n\n[^z9]: Note Z.\n\n[^b]: Note B.\n');
    expect(refs(a.doc)).toEqual(['b→1', 'a→2', 'b→1', 'z9→3']);
    expect(notes(a.doc)).toEqual(['1:b', '2:a', '3:z9']);
    expect(a.text).toBe('First, then, again and last.\n\nNote B.\n\nNote A.\n\nNote Z.');
  });

  it('keeps a definition nobody refers to, and a label defined twice, as notes after the referenced ones', () => {
    const a = expectSound('據報導[^註一]。\n\n[^孤]: 沒有引用的註腳。\n\n[^註一]: 第一則。\n\n[^註一]: 重複的標籤。\n');
    expect(notes(a.doc)).toEqual(['1:註一', '2:孤', '3:註一']);
    expect(a.text).toBe('據報導。\n\n第一則。\n\n沒有引用的註腳。\n\n重複的標籤。');
  });

  it('reads a note over several paragraphs, and a definition in the middle of the article', () => {
    const a = expectSound('甲[^1]。\n\n[^1]: 第一段注释。\n\n    第二段注释，缩进续行。\n\n乙段落。\n');
    expect(a.text).toBe('甲。\n\n乙段落。\n\n第一段注释。\n\n第二段注释，缩进续行。');
    const note = a.doc.content?.[2]?.content?.[0];
    expect(note?.content?.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('leaves text that only looks like a footnote as the characters it is', () => {
    const cases: Array<[string, string]> = [
      ['没有定义的引用[^1]。\n', '没有定义的引用[^1]。'],
      ['标签里有空格[^my note]。\n\n[^my note]: 不是注释。\n', '标签里有空格[^my note]。\n\n[^my note]: 不是注释。'],
      ['空标签[^]。\n\n[^]: 也不是。\n', '空标签[^]。\n\n[^]: 也不是。'],
      ['正则 ^[a-z]+ 不是行内注释。\n', '正则 ^[a-z]+ 不是行内注释。'],
      ['代码 `x[^1]` 里不是。\n\n[^1]: 注。\n', '代码 x[^1] 里不是。\n\n注。'],
      ['转义 \\[^1] 不是。\n\n[^1]: 注。\n', '转义 [^1] 不是。\n\n注。'],
      ['    [^1]: 缩进四格是代码。\n', '[^1]: 缩进四格是代码。'],
      ['Labels are case-sensitive[^A].\n\n[^a]: lower.\n', 'Labels are case-sensitive[^A].\n\nlower.'],
    ];
    for (const [body, text] of cases) {
      const a = expectSound(body);
      expect(a.text, body).toBe(text);
    }
    expect(refs(read('没有定义的引用[^1]。\n').doc)).toEqual([]);
  });

  it('keeps marks and wiki-links around a reference', () => {
    const a = expectSound('**[[zh:多哈]][^2]**是首都，[[zh:美国]][^1][[zh:美国]]。\n\n[^1]: 一。\n[^2]: 二。\n');
    expect(refs(a.doc)).toEqual(['2→1', '1→2']);
    const first = a.doc.content?.[0]?.content?.find((node) => node.type === 'footnote_ref');
    expect(first?.marks?.map((m) => m.type)).toEqual(['strong']);
    // Two links to one page either side of a reference stay two links.
    expect(a.wikiLinks.map((l) => l.target)).toEqual(['多哈', '美国', '美国']);
  });

  it('keeps a link whose text holds a reference a link', () => {
    const a = expectSound('见[报道[^1]](https://example.org/r)。\n\n[^1]: 来源。\n');
    expect(a.text).toBe('见报道。\n\n来源。');
    const link = a.doc.content?.[0]?.content?.find((node) => node.type === 'footnote_ref');
    expect(link?.marks?.map((m) => m.type)).toEqual(['link']);
  });

  it('gives a file of definitions alone an empty body before its notes', () => {
    const a = expectSound('[^1]: 只有注释。\n');
    expect(a.doc.content?.map((n) => n.type)).toEqual(['paragraph', 'footnotes']);
    expect(a.text).toBe('只有注释。');
  });

  it('writes an edit of a note back into its definition line and keeps every other byte (CRLF too)', () => {
    for (const eol of ['\n', '\r\n']) {
      const body = ['第一段[^1]。', '', '[^1]: 原注释。', '[^2]: 第二条，  不动。', '', '第二段[^2]。', ''].join(eol);
      const source = header.replace(/\n/g, eol) + body;
      const base = parseArticleText(source);
      expect(base.text).toBe('第一段。\n\n第二段。\n\n原注释。\n\n第二条，  不动。');
      const edited = structuredClone(base.doc);
      const note = edited.content![2]!.content![0]!.content![0]!;
      note.content = [{ type: 'text', text: '更正后的注释。' }];
      const written = writeBackEdit({ source, bodyStart: base.bodyStart, baseDoc: base.doc, editedDoc: edited, lang: 'zh' });
      expect(written).toBe(source.replace('[^1]: 原注释。', '[^1]: 更正后的注释。'));
      // And an edit of the body leaves the definitions as they were.
      const bodyEdit = structuredClone(base.doc);
      bodyEdit.content![1]!.content![0]!.text = '第二段改';
      const again = writeBackEdit({ source, bodyStart: base.bodyStart, baseDoc: base.doc, editedDoc: bodyEdit, lang: 'zh' });
      expect(again).toBe(source.replace('第二段[^2]', '第二段改[^2]'));
      expect(documentFromJSON(parseArticleText(again!).doc).eq(documentFromJSON(bodyEdit))).toBe(true);
    }
  });
});
