/**
 * Wiki-link edge cases through the whole path: Markdown import -> document (wiki-links are marks) -> the editor's link
 * ranges (one chip each) -> an edit -> Markdown written back -> read again.
 *
 * For each input: the importer's links (language, target, the text they cover) and canonical text; the editor's links
 * on the document built from the stored form; then an edit of another paragraph, after which the serializer must
 * write the link's block as `written` (the input itself where that is already the form it writes) and the write-back
 * must keep the block's bytes; and an edit of the link's own block, after which the links read back the same.
 *
 * The first inputs are adjacent links to one page (`[[zh:A|甲]][[zh:A|乙]]`): they were one link (ProseMirror joins
 * neighbouring text with equal marks), so a save wrote `[[zh:A|甲乙]]` and a chip was missing.
 */
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { parseArticleText, type ImportedArticle } from '../../../../shared/markdown/parseArticle';
import { serializeArticle, serializeDocument } from '../../../../shared/markdown/serialize';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import { withoutLinkSeqs } from '../../../../shared/markdown/wikiLinkSeq';
import type { DocJSON } from '../../../../shared/model/article';
import { encodeStoredDoc, packedOfStoredDoc, decodeStoredDoc } from '../../../../shared/model/storedDoc';
import { documentFromJSON } from '../../../../shared/text/canonical';
import { buildPackedDocument } from '../../../../renderer/editor/documentBuilder';
import { linkSelection, removeWikiLink, setWikiLinkTarget } from '../../../../renderer/editor/wikiLinkCommands';
import { wikiLinksBetween } from '../../../../renderer/editor/wikiLinkRanges';
import { wikiLinkSeqPlugin } from '../../../../renderer/editor/wikiLinkSeq';

type Link = [lang: string, target: string, label: string];

interface Case {
  name: string;
  /** The Markdown of the blocks under test (the article adds a header and a last paragraph). */
  md: string;
  links: Link[];
  /** The canonical text of those blocks. */
  text: string;
  /** What the serializer writes for those blocks, when not `md` itself. */
  written?: string;
  /** Holds adjacent links to one page (see `COUNTED_APART`). */
  adjacent?: true;
}

/**
 * Whether the importer's occurrence list (`wikiLinksOf` in shared/text/canonical.ts) counts adjacent links to one page
 * apart. It joins neighbouring runs with the same language and target, and must also compare the marks' `seq`: a
 * change outside this branch's files, proposed to the lead. Until it is made, the checks of those counts are expected
 * to fail (`it.fails`); set this to true with it.
 */
const COUNTED_APART = true;

const HEADER = '## 维基链接的边缘情况\n`2023-11-03 18:22` 宝尹\n\n';
const LAST = '结尾段。';

const CASES: Case[] = [
  // Adjacent links to one page.
  { name: 'two labelled links to one page, no space', md: '[[zh:A|甲]][[zh:A|乙]]。', links: [['zh', 'A', '甲'], ['zh', 'A', '乙']], text: '甲乙。', adjacent: true },
  { name: 'the same link twice', md: '[[zh:美国]][[zh:美国]]', links: [['zh', '美国', '美国'], ['zh', '美国', '美国']], text: '美国美国', adjacent: true },
  { name: 'the same link three times', md: '[[zh:美国]][[zh:美国]][[zh:美国]]。', links: [['zh', '美国', '美国'], ['zh', '美国', '美国'], ['zh', '美国', '美国']], text: '美国美国美国。', adjacent: true },
  { name: 'the same labelled link twice', md: '[[zh:A|甲]][[zh:A|甲]]', links: [['zh', 'A', '甲'], ['zh', 'A', '甲']], text: '甲甲', adjacent: true },
  { name: 'a bold link then the same link plain', md: '**[[zh:A]]**[[zh:A]]', links: [['zh', 'A', 'A'], ['zh', 'A', 'A']], text: 'AA', adjacent: true },
  { name: 'a plain link then the same link bold', md: '[[zh:A]]**[[zh:A]]**', links: [['zh', 'A', 'A'], ['zh', 'A', 'A']], text: 'AA', adjacent: true },
  { name: 'italic links to one page around a plain one', md: '*[[zh:A|甲]]*[[zh:A|乙]]*[[zh:A|丙]]*', links: [['zh', 'A', '甲'], ['zh', 'A', '乙'], ['zh', 'A', '丙']], text: '甲乙丙', adjacent: true },
  { name: 'struck link then the same link', md: '~~[[zh:A]]~~[[zh:A]]', links: [['zh', 'A', 'A'], ['zh', 'A', 'A']], text: 'AA', adjacent: true },
  { name: 'an image between two links to one page', md: '[[zh:A]]![图](https://i.org/x.png)[[zh:A]]', links: [['zh', 'A', 'A'], ['zh', 'A', 'A']], text: 'AA', adjacent: true },
  { name: 'an external link whose text is a wiki-link, then the same wiki-link', md: '[[[zh:多哈]]](https://x.org)[[zh:多哈]]', links: [['zh', '多哈', '多哈'], ['zh', '多哈', '多哈']], text: '多哈多哈', adjacent: true },
  { name: 'a soft line break between two links to one page', md: '[[zh:A]]\n[[zh:A]]', links: [['zh', 'A', 'A'], ['zh', 'A', 'A']], text: 'A\nA' },
  { name: 'a hard line break between two links to one page', md: '[[zh:A|甲]]\\\n[[zh:A|乙]]', links: [['zh', 'A', '甲'], ['zh', 'A', '乙']], text: '甲\n乙' },
  { name: 'one page spelled percent-encoded and plain, adjacent', md: '[[zh:%E5%8D%A1|卡]][[zh:卡|卡]]', links: [['zh', '卡', '卡'], ['zh', '卡', '卡']], text: '卡卡', written: '[[zh:卡]][[zh:卡]]', adjacent: true },
  { name: 'adjacent links in a list item', md: '- [[zh:A|甲]][[zh:A|乙]]项', links: [['zh', 'A', '甲'], ['zh', 'A', '乙']], text: '甲乙项', adjacent: true },
  { name: 'adjacent links in a block quote', md: '> [[zh:美国]][[zh:美国]]说', links: [['zh', '美国', '美国'], ['zh', '美国', '美国']], text: '美国美国说', adjacent: true },
  { name: 'adjacent links in a table cell', md: '| 国 | 城 |\n| --- | --- |\n| [[zh:A|甲]][[zh:A|乙]] | 多哈 |', links: [['zh', 'A', '甲'], ['zh', 'A', '乙']], text: '国\n\n城\n\n甲乙\n\n多哈', adjacent: true },
  { name: 'adjacent links in a heading', md: '### [[zh:A|甲]][[zh:A|乙]]', links: [['zh', 'A', '甲'], ['zh', 'A', '乙']], text: '甲乙', adjacent: true },
  // Neighbours that are other pages, or the same page apart.
  { name: 'two links to one page with a space between', md: '[[zh:A|甲]] [[zh:A|乙]]', links: [['zh', 'A', '甲'], ['zh', 'A', '乙']], text: '甲 乙' },
  { name: 'one title on two Wikipedias, adjacent', md: '[[zh:A|甲]][[en:A|乙]]', links: [['zh', 'A', '甲'], ['en', 'A', '乙']], text: '甲乙' },
  { name: 'a page and its section, adjacent', md: '[[zh:A|甲]][[zh:A#历史|乙]]', links: [['zh', 'A', '甲'], ['zh', 'A#历史', '乙']], text: '甲乙' },
  { name: 'traditional and simplified titles, adjacent', md: '[[zh:卡塔爾]][[zh:卡塔尔]]', links: [['zh', '卡塔爾', '卡塔爾'], ['zh', '卡塔尔', '卡塔尔']], text: '卡塔爾卡塔尔' },
  { name: 'a link then its label as plain text', md: '[[zh:A]]A', links: [['zh', 'A', 'A']], text: 'AA' },
  // Labels.
  { name: 'a label holding bold markers', md: '[[zh:A|**粗**]]', links: [['zh', 'A', '**粗**']], text: '**粗**' },
  { name: 'a label holding italic markers', md: '[[zh:A|*斜*体]]', links: [['zh', 'A', '*斜*体']], text: '*斜*体' },
  { name: 'a label with an escaped asterisk', md: '[[zh:A|a\\*b]]', links: [['zh', 'A', 'a*b']], text: 'a*b', written: '[[zh:A|a*b]]' },
  { name: 'a label with an escaped pipe', md: '[[zh:A|a\\|b]]', links: [['zh', 'A', 'a|b']], text: 'a|b' },
  { name: 'a label with an escaped bracket', md: '[[zh:A|a\\]b]]', links: [['zh', 'A', 'a]b']], text: 'a]b' },
  { name: 'a label with an entity', md: '[[zh:A|AT&amp;T]]', links: [['zh', 'A', 'AT&T']], text: 'AT&T', written: '[[zh:A|AT&T]]' },
  { name: 'a label over a soft line break', md: '[[en:Gaza Strip|the Gaza\nStrip]]', links: [['en', 'Gaza Strip', 'the Gaza\nStrip']], text: 'the Gaza\nStrip' },
  { name: 'the pipe trick', md: '[[zh:A|]]', links: [['zh', 'A', 'A']], text: 'A', written: '[[zh:A]]' },
  { name: 'the pipe trick on a qualified title', md: '[[zh:卡塔尔 (国家)|]]', links: [['zh', '卡塔尔 (国家)', '卡塔尔']], text: '卡塔尔', written: '[[zh:卡塔尔 (国家)|卡塔尔]]' },
  { name: 'a link with no title is text', md: '[[|x]]', links: [], text: '[[|x]]', written: '\\[\\[|x\\]\\]' },
  { name: 'a title over a line break is text', md: '[[zh:卡\n塔尔]]', links: [], text: '[[zh:卡\n塔尔]]', written: '\\[\\[zh:卡\n塔尔\\]\\]' },
  { name: 'a link in inline code is text', md: '`[[zh:A]]`', links: [], text: '[[zh:A]]' },
  // Links and other inline markup.
  { name: 'a link inside bold', md: '**[[zh:A]]**', links: [['zh', 'A', 'A']], text: 'A' },
  { name: 'bold around a link and text', md: '**前[[zh:A]]后**', links: [['zh', 'A', 'A']], text: '前A后' },
  { name: 'a link then an external link', md: '[[zh:A]]与[链接](https://e.org/a)', links: [['zh', 'A', 'A']], text: 'A与链接' },
  { name: 'an external link then a link, adjacent', md: '[链接](https://e.org/a)[[zh:A]]', links: [['zh', 'A', 'A']], text: '链接A' },
  { name: 'an image then a link', md: '![图](https://i.org/x.png)[[zh:A]]', links: [['zh', 'A', 'A']], text: 'A' },
  { name: 'an image whose alt holds a link, then that link', md: '![[[zh:A]]](https://i.org/x.png)[[zh:A]]', links: [['zh', 'A', 'A']], text: 'A', written: '![A](https://i.org/x.png)[[zh:A]]' },
  // Targets.
  { name: 'a section', md: '[[zh:A#历史]]', links: [['zh', 'A#历史', 'A#历史']], text: 'A#历史' },
  { name: 'a section with a label', md: '[[zh:卡塔尔#外交|外交]]', links: [['zh', '卡塔尔#外交', '外交']], text: '外交' },
  { name: 'a title with a space', md: '[[en:New York]]', links: [['en', 'New York', 'New York']], text: 'New York' },
  { name: 'a title with an underscore', md: '[[en:New_York]]', links: [['en', 'New_York', 'New_York']], text: 'New_York' },
  { name: 'a title with an escaped underscore', md: '[[en:New\\_York]]', links: [['en', 'New_York', 'New_York']], text: 'New_York', written: '[[en:New_York]]' },
  { name: 'a percent-encoded title', md: '[[zh:%E5%8D%A1%E5%A1%94%E5%B0%94]]', links: [['zh', '卡塔尔', '卡塔尔']], text: '卡塔尔', written: '[[zh:卡塔尔]]' },
  { name: 'a percent-encoded space', md: '[[en:A%20B]]', links: [['en', 'A B', 'A B']], text: 'A B', written: '[[en:A B]]' },
  { name: 'a literal percent sign', md: '[[en:50%]]', links: [['en', '50%', '50%']], text: '50%' },
  { name: 'a title with parentheses', md: '[[en:Boston (Massachusetts)]]', links: [['en', 'Boston (Massachusetts)', 'Boston (Massachusetts)']], text: 'Boston (Massachusetts)' },
  { name: 'the pipe trick on parentheses', md: '[[en:Boston (Massachusetts)|]]', links: [['en', 'Boston (Massachusetts)', 'Boston']], text: 'Boston', written: '[[en:Boston (Massachusetts)|Boston]]' },
  { name: 'a leading colon', md: '[[:zh:埃及]]', links: [['zh', '埃及', '埃及']], text: '埃及', written: '[[zh:埃及]]' },
  { name: 'spaces around the title', md: '[[ zh:空格 ]]', links: [['zh', '空格', '空格']], text: '空格', written: '[[zh:空格]]' },
  // Languages.
  { name: 'an en: prefix', md: '[[en:Doha]]', links: [['en', 'Doha', 'Doha']], text: 'Doha' },
  { name: 'a ja: prefix', md: '[[ja:東京]]', links: [['ja', '東京', '東京']], text: '東京' },
  { name: 'a zh-yue: prefix', md: '[[zh-yue:香港]]', links: [['zh-yue', '香港', '香港']], text: '香港' },
  { name: 'an upper-case prefix', md: '[[EN:Doha]]', links: [['en', 'Doha', 'Doha']], text: 'Doha', written: '[[en:Doha]]' },
  { name: 'no prefix: the article language', md: '[[多哈]]', links: [['zh', '多哈', '多哈']], text: '多哈', written: '[[zh:多哈]]' },
  // Blocks.
  { name: 'a link in a list item', md: '- [[zh:A]]项', links: [['zh', 'A', 'A']], text: 'A项' },
  { name: 'a link in a block quote', md: '> [[zh:A]]说', links: [['zh', 'A', 'A']], text: 'A说' },
  { name: 'links in table cells', md: '| 国 | 城 |\n| --- | --- |\n| [[zh:A]] | [[zh:B|乙]] |', links: [['zh', 'A', 'A'], ['zh', 'B', '乙']], text: '国\n\n城\n\nA\n\n乙' },
  { name: 'traditional characters in title and label', md: '[[zh:臺灣|台灣]]與[[zh:香港]]', links: [['zh', '臺灣', '台灣'], ['zh', '香港', '香港']], text: '台灣與香港' },
];

const article = (md: string): string => `${HEADER}${md}\n\n${LAST}\n`;

function linksOf(a: ImportedArticle): Link[] {
  return a.wikiLinks.map((l) => [l.lang, l.target, a.text.slice(l.start, l.end)]);
}

/** The editor's links (one chip each): language, target and text of each link range. */
function editorLinks(doc: PMNode): Link[] {
  return wikiLinksBetween(doc, 0, doc.content.size).map((r) => [r.lang, r.target, doc.textBetween(r.from, r.to, '\n', '\n')]);
}

/** The first text block holding a link (or the first one), and where its content ends. */
function blockEnd(doc: PMNode): number {
  let first = -1;
  let linked = -1;
  doc.descendants((node, pos) => {
    if (linked >= 0) return false;
    if (!node.isTextblock) return true;
    if (first < 0) first = pos + node.nodeSize - 1;
    if (node.content.size > 0 && wikiLinksBetween(doc, pos, pos + node.nodeSize).length > 0) linked = pos + node.nodeSize - 1;
    return false;
  });
  return linked >= 0 ? linked : first;
}

/** The document after typing `text` at `pos`, as the editor does it. */
function typed(doc: PMNode, pos: number, text: string): PMNode {
  const state = EditorState.create({ doc });
  return state.apply(state.tr.insertText(text, pos)).doc;
}

/** The article's Markdown after the edit, as saving writes it: block by block if that reads back the same, else whole. */
function saved(a: ImportedArticle, base: PMNode, edited: PMNode): string {
  const json = edited.toJSON() as DocJSON;
  const inPlace = writeBackEdit({ source: a.source, bodyStart: a.bodyStart, baseDoc: base.toJSON() as DocJSON, editedDoc: json, lang: a.meta.lang });
  if (inPlace !== null && documentFromJSON(parseArticleText(inPlace).doc).eq(edited)) return inPlace;
  return serializeArticle(json, a.source.slice(0, a.bodyStart));
}

describe('wiki-link edge cases from import to a saved edit', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const a = parseArticleText(article(c.md));
      expect(editorLinks(documentFromJSON(a.doc)), 'links of the imported document').toEqual(c.links);
      if (!c.adjacent) expect(linksOf(a), 'links of the import').toEqual(c.links);
      expect(a.text, 'canonical text').toBe(`${c.text}\n\n${LAST}`);

      // The editor's document, built from the stored form as opening an article does.
      const stored = encodeStoredDoc(a.doc, a.text);
      const doc = buildPackedDocument(packedOfStoredDoc(stored, a.text)!);
      expect(doc.eq(documentFromJSON(decodeStoredDoc(stored, a.text))), 'stored form').toBe(true);
      expect(doc.eq(documentFromJSON(a.doc)), 'built document').toBe(true);
      expect(editorLinks(doc), 'links in the editor').toEqual(c.links);

      // An edit of the last paragraph: the serializer writes the blocks under test as `written`, the write-back keeps
      // their bytes, and both read back as the edited document.
      const elsewhere = typed(doc, doc.content.size - 1 - LAST.length, '新');
      const body = serializeDocument(elsewhere.toJSON() as DocJSON);
      expect(body.slice(0, body.lastIndexOf(`\n\n新${LAST}`)), 'serialized').toBe(c.written ?? c.md);
      const whole = serializeArticle(elsewhere.toJSON() as DocJSON, a.source.slice(0, a.bodyStart));
      const reread = parseArticleText(whole);
      expect(documentFromJSON(reread.doc).eq(elsewhere), 'serialized reads back').toBe(true);
      expect(editorLinks(documentFromJSON(reread.doc)), 'links of the serialized article').toEqual(c.links);
      const kept = saved(a, doc, elsewhere);
      expect(kept, 'write-back keeps the block').toBe(article(c.md).replace(`\n${LAST}`, `\n新${LAST}`));

      // An edit of the block holding the (first) link: its links read back the same.
      const inBlock = typed(doc, blockEnd(doc), '！');
      const again = parseArticleText(saved(a, doc, inBlock));
      expect(documentFromJSON(again.doc).eq(inBlock), 'edited block reads back').toBe(true);
      expect(editorLinks(documentFromJSON(again.doc)), 'links after editing their block').toEqual(c.links);
      expect(editorLinks(inBlock), 'links in the editor after the edit').toEqual(c.links);
    });
  }

  // The occurrences the importer stores (and the library's link counts, the entity list) for adjacent links to one page.
  for (const c of CASES.filter((c) => c.adjacent)) {
    (COUNTED_APART ? it : it.fails)(`${c.name}: the importer counts each link`, () => {
      const a = parseArticleText(article(c.md));
      expect(linksOf(a)).toEqual(c.links);
    });
  }

  it('has at least 40 cases besides the adjacent same-page ones', () => {
    expect(CASES.filter((c) => !c.adjacent).length).toBeGreaterThanOrEqual(40);
  });
});

/** A state selecting `length` positions from the start of the n-th `needle` in the document's text nodes. */
function selecting(doc: PMNode, needle: string, length = needle.length, occurrence = 0): EditorState {
  let seen = 0;
  let at = -1;
  doc.descendants((node, pos) => {
    if (at >= 0 || !node.isText) return at < 0;
    for (let i = (node.text ?? '').indexOf(needle); i >= 0; i = (node.text ?? '').indexOf(needle, i + 1)) {
      if (seen++ === occurrence) {
        at = pos + i;
        return false;
      }
    }
    return true;
  });
  if (at < 0) throw new Error(`"${needle}" is not in the document`);
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, at, at + length)));
}

function applied(state: EditorState, command: Command): PMNode {
  let next: PMNode | null = null;
  expect(command(state, (tr) => (next = state.apply(tr).doc))).toBe(true);
  return next!;
}

describe('wiki-link commands next to links to the same page', () => {
  // Another paragraph the serializer would write otherwise (`**粗体**`): kept only when the save goes block by block.
  const OTHER = '有__粗体__的段。';
  const open = (md: string) => {
    const a = parseArticleText(article(`${md}\n\n${OTHER}`));
    return { a, doc: documentFromJSON(a.doc) };
  };
  /** The saved Markdown of the first paragraph, checking that the save kept the other paragraph's bytes. */
  const savedFirst = (a: ImportedArticle, base: PMNode, edited: PMNode): string => {
    const markdown = saved(a, base, edited);
    expect(markdown, 'saved block by block').toContain(`\n\n${OTHER}\n\n${LAST}\n`);
    const reread = parseArticleText(markdown);
    expect(documentFromJSON(reread.doc).eq(edited), 'reads back as the edited document').toBe(true);
    return markdown.slice(HEADER.length, markdown.indexOf(`\n\n${OTHER}`));
  };

  it('keeps a link retargeted to its neighbour’s page a link of its own', () => {
    const { a, doc } = open('[[zh:A|甲]][[zh:B|乙]]。');
    const edited = applied(selecting(doc, '乙'), setWikiLinkTarget('zh', 'A'));
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙']]);
    expect(savedFirst(a, doc, edited)).toBe('[[zh:A|甲]][[zh:A|乙]]。');
  });

  it('retargets the first of two adjacent links to one page, leaving the second as the importer reads it', () => {
    const { a, doc } = open('[[zh:A|甲]][[zh:A|乙]]。');
    const edited = applied(selecting(doc, '甲'), setWikiLinkTarget('zh', 'B'));
    expect(editorLinks(edited)).toEqual([['zh', 'B', '甲'], ['zh', 'A', '乙']]);
    expect(savedFirst(a, doc, edited)).toBe('[[zh:B|甲]][[zh:A|乙]]。');
  });

  it('removes the first of two adjacent links to one page', () => {
    const { a, doc } = open('[[zh:A|甲]][[zh:A|乙]]。');
    const edited = applied(selecting(doc, '甲'), removeWikiLink);
    expect(editorLinks(edited)).toEqual([['zh', 'A', '乙']]);
    expect(savedFirst(a, doc, edited)).toBe('甲[[zh:A|乙]]。');
  });

  it('removes the middle one of three adjacent links to one page', () => {
    const { a, doc } = open('[[zh:A|甲]][[zh:A|乙]][[zh:A|丙]]');
    const edited = applied(selecting(doc, '乙'), removeWikiLink);
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '丙']]);
    expect(savedFirst(a, doc, edited)).toBe('[[zh:A|甲]]乙[[zh:A|丙]]');
  });

  it('links the words right after a link to the same page as a link of their own', () => {
    const { a, doc } = open('[[zh:A|甲]]乙。');
    const edited = applied(selecting(doc, '乙'), linkSelection('zh', 'A'));
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙']]);
    expect(savedFirst(a, doc, edited)).toBe('[[zh:A|甲]][[zh:A|乙]]。');
  });

  it('still extends a link over a selection that takes it in', () => {
    const { a, doc } = open('[[zh:A|甲]][[zh:A|乙]]丙。');
    const edited = applied(selecting(doc, '乙', 2), linkSelection('zh', 'A'));
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙丙']]);
    expect(savedFirst(a, doc, edited)).toBe('[[zh:A|甲]][[zh:A|乙丙]]。');
  });
});

describe('documents stored before wiki-links had a seq', () => {
  it('are stored as before when they have no adjacent links to one page', () => {
    const a = parseArticleText(article('[[zh:卡塔尔]]与[[zh:美国]][[zh:以色列]]，**[[zh:多哈]]**。'));
    expect(encodeStoredDoc(a.doc, a.text)).not.toContain('seq');
    expect(JSON.stringify(a.doc)).not.toContain('seq');
    // ProseMirror's JSON of it names no seq either (the absent attribute is `undefined`, which JSON leaves out).
    expect(JSON.stringify(documentFromJSON(a.doc).toJSON())).not.toContain('seq');
    expect(documentFromJSON(a.doc).toJSON()).toEqual(a.doc);
  });

  it('open with adjacent links to one page as the one link they stored', () => {
    const a = parseArticleText(article('[[zh:A|甲]][[zh:A|乙]]。'));
    const old = withoutLinkSeqs(a.doc);
    expect(old.content?.[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '甲乙', marks: [{ type: 'wikiLink', attrs: { lang: 'zh', target: 'A' } }] },
        { type: 'text', text: '。' },
      ],
    });
    const stored = encodeStoredDoc(old, a.text);
    const doc = buildPackedDocument(packedOfStoredDoc(stored, a.text)!);
    expect(editorLinks(doc)).toEqual([['zh', 'A', '甲乙']]);
  });

  it('read back, after an edit elsewhere, as themselves but for where adjacent links to one page split', () => {
    const a = parseArticleText(article('[[zh:A|甲]][[zh:A|乙]]。'));
    const doc = documentFromJSON(withoutLinkSeqs(a.doc));
    const edited = typed(doc, doc.content.size - 1 - LAST.length, '新');
    const inPlace = writeBackEdit({ source: a.source, bodyStart: a.bodyStart, baseDoc: doc.toJSON() as DocJSON, editedDoc: edited.toJSON() as DocJSON, lang: 'zh' });
    expect(inPlace).toBe(article('[[zh:A|甲]][[zh:A|乙]]。').replace(`\n${LAST}`, `\n新${LAST}`));
    const reread = documentFromJSON(parseArticleText(inPlace!).doc);
    // Not equal (the file keeps two links where the stored document has one), so a save that compares with `eq` alone
    // writes the whole file anew, as `[[zh:A|甲乙]]`; equal once the split is set aside.
    expect(reread.eq(edited)).toBe(false);
    expect(withoutLinkSeqs(reread.toJSON() as DocJSON)).toEqual(withoutLinkSeqs(edited.toJSON() as DocJSON));
    expect(editorLinks(reread)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙']]);
  });

  it('are told apart from a document whose links differ in more than their splits', () => {
    const one = parseArticleText(article('[[zh:A|甲]][[zh:A|乙]]。')).doc;
    for (const md of ['[[zh:A|甲]][[zh:B|乙]]。', '[[zh:A|甲]]乙。', '[[zh:A|甲]][[zh:A|丙]]。', '[[en:A|甲]][[zh:A|乙]]。']) {
      expect(withoutLinkSeqs(parseArticleText(article(md)).doc), md).not.toEqual(withoutLinkSeqs(one));
    }
  });

  it('refuse a seq that is not a positive whole number with a message that says so', () => {
    const bad = (seq: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '甲', marks: [{ type: 'wikiLink', attrs: { lang: 'zh', target: 'A', seq } }] }] }] });
    for (const seq of [0, -1, 1.5, '1', null]) {
      expect(() => documentFromJSON(bad(seq) as DocJSON), String(seq)).toThrow(/seq must be absent or a positive whole number/);
    }
    expect(editorLinks(documentFromJSON(bad(2) as DocJSON))).toEqual([['zh', 'A', '甲']]);
  });
});

describe('editing around adjacent links to one page (wikiLinkSeqPlugin)', () => {
  const OTHER = '有__粗体__的段。';
  const open = (md: string) => {
    const a = parseArticleText(article(`${md}\n\n${OTHER}`));
    return { a, state: EditorState.create({ doc: documentFromJSON(a.doc), plugins: [wikiLinkSeqPlugin()] }) };
  };
  /** Where the n-th `needle` starts in the document. */
  const at = (doc: PMNode, needle: string): number => selecting(doc, needle).selection.from;
  const savedFirst = (a: ImportedArticle, base: PMNode, edited: PMNode): string => {
    const markdown = saved(a, base, edited);
    expect(markdown, 'saved block by block').toContain(`\n\n${OTHER}\n\n${LAST}\n`);
    expect(documentFromJSON(parseArticleText(markdown).doc).eq(edited), 'reads back as the edited document').toBe(true);
    return markdown.slice(HEADER.length, markdown.indexOf(`\n\n${OTHER}`));
  };

  it('keeps two links apart when the words between them are deleted', () => {
    const { a, state } = open('[[zh:A|甲]]和[[zh:A|乙]]。');
    const from = at(state.doc, '和');
    const edited = state.apply(state.tr.delete(from, from + 1)).doc;
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙']]);
    expect(savedFirst(a, state.doc, edited)).toBe('[[zh:A|甲]][[zh:A|乙]]。');
  });

  it('keeps two links apart when the paragraphs they end and start are joined', () => {
    const { a, state } = open('前[[zh:A|甲]]\n\n[[zh:A|乙]]后');
    const end = at(state.doc, '甲') + 1;
    const edited = state.apply(state.tr.delete(end, end + 2)).doc;
    expect(edited.firstChild?.textContent).toBe('前甲乙后');
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙']]);
    expect(savedFirst(a, state.doc, edited)).toBe('前[[zh:A|甲]][[zh:A|乙]]后');
  });

  it('gives the link left when the first of two is deleted the seq of a link that follows none', () => {
    const { a, state } = open('[[zh:A|甲]][[zh:A|乙]]。');
    const from = at(state.doc, '甲');
    const edited = state.apply(state.tr.delete(from, from + 1)).doc;
    expect(editorLinks(edited)).toEqual([['zh', 'A', '乙']]);
    expect(savedFirst(a, state.doc, edited)).toBe('[[zh:A|乙]]。');
  });

  it('gives the second link the seq of a link that follows none when words are typed between two', () => {
    const { a, state } = open('[[zh:A|甲]][[zh:A|乙]]。');
    const edited = state.apply(state.tr.insertText('和', at(state.doc, '乙'))).doc;
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲'], ['zh', 'A', '乙']]);
    expect(savedFirst(a, state.doc, edited)).toBe('[[zh:A|甲]]和[[zh:A|乙]]。');
  });

  it('leaves one link one when a word inside it is deleted', () => {
    const { a, state } = open('[[zh:A|甲乙丙]]。');
    const from = at(state.doc, '乙');
    const edited = state.apply(state.tr.delete(from, from + 1)).doc;
    expect(editorLinks(edited)).toEqual([['zh', 'A', '甲丙']]);
    expect(savedFirst(a, state.doc, edited)).toBe('[[zh:A|甲丙]]。');
  });
});
