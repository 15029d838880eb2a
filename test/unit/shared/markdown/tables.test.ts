import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { serializeDocument } from '../../../../shared/markdown/serialize';
import { documentHtml } from '../../../../shared/export/html';
import { documentFromJSON } from '../../../../shared/text/canonical';

const HEADER = '## 表格\n`2024-03-19 10:05` 陈大文\n\n';
const parse = (body: string) => parseArticleText(HEADER + body);

const TABLE = [
  '前文。',
  '',
  '| 項目 | 數字 | 備註 |',
  '|:---|---:|:---:|',
  '| 議員 | 90 | [[zh:立法會]] |',
  '| 贊成 | 89 | a \\| b |',
  '| 0 | 0 |',
  '',
  '後文 | 不是表格',
  '',
].join('\n');

describe('GFM tables', () => {
  it('reads a table as rows of cells, each cell a block of the canonical text, with its column alignment', () => {
    const parsed = parse(TABLE);
    expect(parsed.text).toBe(['前文。', '項目', '數字', '備註', '議員', '90', '立法會', '贊成', '89', 'a | b', '0', '0', '後文 | 不是表格'].join('\n\n'));
    const table = parsed.doc.content![1];
    expect(table.type).toBe('table');
    expect(table.content!.map((row) => row.content!.map((cell) => cell.type[6]))).toEqual([
      ['h', 'h', 'h'],
      ['c', 'c', 'c'],
      ['c', 'c', 'c'],
      ['c', 'c', 'c'],
    ]);
    expect(table.content![1].content!.map((cell) => cell.attrs?.align)).toEqual(['left', 'right', 'center']);
    // A wiki-link in a cell is a link like any other.
    expect(parsed.wikiLinks.map((w) => [w.target, parsed.text.slice(w.start, w.end)])).toEqual([['立法會', '立法會']]);
    // The document is valid for the schema.
    expect(() => documentFromJSON(parsed.doc)).not.toThrow();
  });

  it('maps every cell back to its exact place in the file, also after an escaped pipe and for equal cells', () => {
    const parsed = parse(TABLE);
    const spans = parsed.sourceMap.map((s) => [parsed.text.slice(s.textStart, s.textEnd), parsed.source.slice(s.srcStart, s.srcEnd)]);
    expect(spans).toContainEqual(['a | b', 'a \\| b']);
    expect(spans).toContainEqual(['議員', '議員']);
    // The two cells "0" of the last row map to two different places.
    const zeros = parsed.sourceMap.filter((s) => parsed.text.slice(s.textStart, s.textEnd) === '0').map((s) => s.srcStart);
    expect(new Set(zeros).size).toBe(2);
    for (const at of zeros) expect(parsed.source[at]).toBe('0');
  });

  it('does not split a cell at the pipe of a labelled wiki-link, and keeps pipes outside links as they are', () => {
    const parsed = parse(['| 項目 | 連結 |', '|---|---|', '| 贊成 | [[zh:香港|香港特区]] |', '| `[[a|b]]` | [[zh:|x]] |', '', '段落 [[zh:北京|京]]。', ''].join('\n'));
    const cells = parsed.doc.content![0].content!.map((row) => row.content!.map((cell) => (cell.content ?? []).map((n) => n.text).join('')));
    expect(cells).toEqual([['項目', '連結'], ['贊成', '香港特区'], ['[[a|b]]', '[[zh:|x]]']]);
    expect(parsed.wikiLinks.map((w) => [w.target, parsed.text.slice(w.start, w.end)])).toEqual([['香港', '香港特区'], ['北京', '京']]);
    // Offsets are the file's: the label maps to itself.
    const label = parsed.sourceMap.find((s) => parsed.text.slice(s.textStart, s.textEnd) === '香港特区')!;
    expect(parsed.source.slice(label.srcStart, label.srcEnd)).toBe('香港特区');
    expect(parsed.text).not.toContain('\uE000');
  });

  it('maps the cells after a labelled wiki-link to their own place in the row', () => {
    const parsed = parse(['| 国家 | 首都 | 备注 |', '|---|---|---|', '| [[zh:卡塔尔]] | [[zh:多哈|多哈市]] | 海湾 \\| 小国 |', ''].join('\n'));
    const spans = parsed.sourceMap.map((s) => [parsed.text.slice(s.textStart, s.textEnd), parsed.source.slice(s.srcStart, s.srcEnd)]);
    expect(spans).toContainEqual(['海湾 | 小国', '海湾 \\| 小国']);
    expect(spans).toContainEqual(['多哈市', '多哈市']);
  });

  it('maps the cells of a table inside a block quote past the quote markers', () => {
    const parsed = parse(['> | 表 | [[zh:约旦|约旦王国]] |', '> |---|---|', '> > 不是这张表', '', '> | 甲 | 乙 |', '> |---|---|', '> | \\| 竖线 | `代码` |', ''].join('\n'));
    const spans = parsed.sourceMap.map((s) => [parsed.text.slice(s.textStart, s.textEnd), parsed.source.slice(s.srcStart, s.srcEnd)]);
    for (const cell of ['表', '约旦王国', '甲', '乙']) expect(spans).toContainEqual([cell, cell]);
    expect(spans).toContainEqual(['| 竖线', '\\| 竖线']);
    expect(spans).toContainEqual(['代码', '代码']);
  });

  it('leaves a line with pipes but no delimiter row as text', () => {
    expect(parse('| 不是 | 表格 |\n| 第二行 |\n').doc.content!.map((n) => n.type)).toEqual(['paragraph']);
  });

  it('writes a table back as Markdown that reads to the same document, and as HTML', () => {
    const parsed = parse(TABLE);
    const markdown = serializeDocument(parsed.doc);
    expect(markdown).toContain('| :--- | ---: | :---: |');
    expect(markdown).toContain('| 贊成 | 89 | a \\| b |');
    expect(parse(markdown).doc).toEqual(parsed.doc);
    const html = documentHtml(parsed.doc);
    expect(html).toContain('<th style="text-align: left">項目</th>');
    expect(html).toContain('<td style="text-align: right">89</td>');
    expect(html).toContain('<td style="text-align: center">a | b</td>');
  });

  it('writes a labelled wiki-link in a cell back without escaping its pipe (the target stays the target)', () => {
    const parsed = parse('| 地方 | 人口 |\n|---|---|\n| [[zh:香港|香港特区]] | 750 万 |\n');
    const markdown = serializeDocument(parsed.doc);
    expect(markdown).toContain('| [[zh:香港|香港特区]] | 750 万 |');
    const again = parse(markdown);
    expect(again.wikiLinks.map((l) => l.target)).toEqual(['香港']);
    expect(again.doc).toEqual(parsed.doc);
  });
});
