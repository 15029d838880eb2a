/**
 * Article import on a fifth set of unseen articles (test/fixtures/import15/), written with their expectations
 * (import15Expected.ts) by reading the files, before the importer was run on them. This set is about the HEADER as
 * other sites write it, and a few body shapes the earlier sets left out:
 * - bylines: several authors (`作者：王小明、李华`, `By Jane Doe and John Smith`), `文/记者 张伟`, `记者 林怡君` between
 *   bars, a role after the name (`By Lyse Doucet, Chief international correspondent`), `Posted … by …`;
 * - dates: `Updated …`, a relative update note (`（更新：3小时前）`, `Updated 2 hours ago`), zones written `ET`, `(EST)`,
 *   `GMT+8`, `UTC+2`, `HKT`, `JST`, `（北京时间）` after the clock and `北京时间` before the date, ROC years
 *   (`民國113年`), a Japanese weekday in brackets (`2023年11月3日(金)`), `18時22分`, a like count after a bar
 *   (`12点赞`);
 * - header layouts: no back-link, the source line above the title and a back-link at the end, `#` / `###` / setext
 *   titles (`===`, and `---` in a file with mixed line endings), a link in the title, a labelled block of one field a
 *   line (`记者：`, `原文連結：` with a bare URL), no metadata line at all under a first paragraph that quotes a date,
 *   a header naming only the agency over a CNA dateline whose place is in no list (`王強太魯閣`), or over Xinhua's;
 * - body: a table with `\|` in cells and in a wiki-link, a footnote, HTML blocks and comments, code spans and blocks
 *   holding `[[…]]`, links in headings, `[[zh:卡塔尔#历史]]` with and without a label, underscores and
 *   percent-encoding, `[[en:…]]` in Chinese, nested brackets (`[[[zh:美国]]]`, a label with `[…]`, a wiki-link inside
 *   a Markdown link), full-width punctuation around links, a line of 600 links, a BOM with CRLF, mixed endings,
 *   reference links and images, named and numeric entities and backslash escapes.
 *
 * Each article is checked for its header fields, text, links, warnings, source map, a no-op write-back, an edit of
 * its first and of its last block written back with every other line as it was (mixed line endings too), the Markdown written whole reading back the same, and, through the services,
 * the stored counts and entities and a byte-exact `md` export. import15Cli.test.ts runs the `glossa` CLI on the folder.
 *
 * Conventions beyond import13 and import14's: several authors are kept as the byline writes them (`王小明、李华`,
 * `Jane Doe and John Smith`); a byline's labels (`文/记者`), role and outlet (`, Chief international correspondent`)
 * are no part of the name; a zone is read before the date as after the time; when the only date is an update's, it
 * is the date; an update note with no date (`（更新：3小时前）`) is dropped; a zone written `(EST)` in daylight time is
 * taken as written; a source line above the title and a date line under it make one header; a back-link at the end
 * stays body text; a first paragraph quoting a date is body text (and the article warns that it has no date);
 * `[[zh:卡塔尔#历史]]` without a label shows `卡塔尔#历史` and is the page 卡塔尔; `[[[zh:美国]]]` is `[美国]` and a
 * label that opened a `[` takes the `]` after `]]` (MediaWiki's Parser does both); `12点赞` is a count.
 *
 * At the first run, 18 of these 361 checks failed; 4 were the test's own mistakes (two articles that rightly warn of
 * a missing or relative date, and two whose edited block has no unmarked text for the helper to change: it now adds
 * one), so 14 failed on the importer: the header fields of 02, 04, 05, 06, 09, 10 (and 10's text and body twice: its
 * byline stayed in the body), 11, 23, 26; the first-block edit of 27 (its reference definition was dropped — the
 * known gap) and of 25 (the edited first paragraph, no longer ending in `。`, was read back as a metadata line); and
 * the no-op write-back of 24 (mixed line endings gave null). None fails after; and 24's edits, written whole before
 * (the helper then expected null), are now kept block by block as well. Of the CLI test's 151 checks, 11 failed
 * before (the same articles' import lines and 10's text, and the stderr check, which also held the two wrong
 * warning expectations); none after. import15Rules.test.ts tries each rule beyond these files.
 *
 * Known misses left as they are: a CNA reporter of two characters before a three-character place that is in no
 * list and has no division suffix is still cut at three characters; a rewritten block writes `[[zh:X|X]]` as
 * `[[zh:X]]` (the serializer's form); `[[Category:…]]`, `[[File:…|thumb|…]]` and `[[w:zh:…]]` are read as pages of
 * the article's language, their text shown (news articles rarely hold them).
 */
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { parseArticleText, type ImportedArticle } from '../../../../shared/markdown/parseArticle';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import { canonicalText, documentFromJSON } from '../../../../shared/text/canonical';
import { expectSerializedReadsBack, expectSourceMapProducesText } from './sourceMapCheck';
import { describeEachUnseenArticle, describeThroughServices, unseenArticleFolder } from './unseenArticleChecks';
import { EXPECTED } from './import15Expected';

const { files: FILES, bytesOf, read } = unseenArticleFolder(new URL('../../../fixtures/import15/', import.meta.url));

/**
 * Adds a correction note to `block` as a reader fixing the text would: after its last unmarked text, or, in a block
 * whose text is all in links, as a text of its own after the last one.
 */
function addCorrection(block: DocJSON): void {
  let last: { parent: DocJSON; index: number } | null = null;
  const walk = (n: DocJSON): void => {
    (n.content ?? []).forEach((child, index) => {
      if (child.type === 'text') last = { parent: n, index };
      walk(child);
    });
  };
  walk(block);
  const found = last as { parent: DocJSON; index: number } | null;
  expect(found).not.toBeNull();
  const node = found!.parent.content![found!.index];
  if (!(node.marks ?? []).length) node.text = `${node.text}（更正）`;
  else found!.parent.content!.splice(found!.index + 1, 0, { type: 'text', text: '（更正）' });
}

/**
 * Edits top-level block `index` of the article (a correction note at the end of its text), writes it back, and
 * checks that the file reads back as the edited document with the same header, and that every line before the
 * block's first source line and after its last one is the file's own.
 */
function expectBlockEditKeepsTheRest(a: ImportedArticle, file: string, index: number): void {
  const edited = structuredClone(a.doc);
  const blocks = edited.content!;
  const at = index < 0 ? blocks.length + index : index;
  addCorrection(blocks[at]);
  const written = writeBackEdit({ source: a.source, bodyStart: a.bodyStart, baseDoc: a.doc, editedDoc: edited, lang: a.meta.lang });
  expect(written, file).not.toBeNull();
  const again = parseArticleText(written!.replace(/^\uFEFF/, ''));
  expect(documentFromJSON(again.doc).eq(documentFromJSON(edited)), file).toBe(true);
  expect(again.meta, file).toEqual(a.meta);
  const before = canonicalText({ type: 'doc', content: a.doc.content!.slice(0, at) }).text;
  const own = canonicalText({ type: 'doc', content: [a.doc.content![at]] }).text;
  const from = before.length + (at > 0 ? 2 : 0);
  const spans = a.sourceMap.filter((span) => span.textStart >= from && span.textEnd <= from + own.length);
  const firstSource = Math.min(...spans.map((span) => span.srcStart));
  const lastSource = Math.max(...spans.map((span) => span.srcEnd));
  const keep = a.source.lastIndexOf('\n', firstSource) + 1;
  expect(written!.slice(0, keep), `${file}: before block ${at}`).toBe(a.source.slice(0, keep));
  const tail = a.source.slice(lastSource).replace(/^[^\r\n]*/, '');
  expect(written!.endsWith(tail), `${file}: after block ${at}: ${JSON.stringify(tail.slice(0, 80))}`).toBe(true);
}

describe('import of a fifth set of unseen articles: headers of other sites', () => {
  it('has an expectation for every fixture', () => {
    expect(FILES.filter((f) => !EXPECTED[f])).toEqual([]);
    expect(FILES.length).toBe(30);
  });

  // The title may come back in these articles' text (a quoted headline), so it is not checked out of the body.
  describeEachUnseenArticle(EXPECTED, read, {
    titleNotInBody: false,
    more: (a, file) => {
      it('maps every text run to source that produces it', () => {
        expectSourceMapProducesText(a, file);
      });

      it('writes a no-op edit back as the file itself (mixed line endings too)', () => {
        expect(writeBackEdit({ source: a.source, bodyStart: a.bodyStart, baseDoc: a.doc, editedDoc: a.doc, lang: a.meta.lang })).toBe(a.source);
      });

      it('writes an edit of the first block back with every other line as it was', () => {
        expectBlockEditKeepsTheRest(a, file, 0);
      });

      it('writes an edit of the last block back with every other line as it was', () => {
        expectBlockEditKeepsTheRest(a, file, -1);
      });

      it('reads the article written back whole as Markdown to the same document and header', () => {
        expectSerializedReadsBack(a, file);
      });
    },
  });

  describeThroughServices(FILES, EXPECTED, bytesOf);
});
