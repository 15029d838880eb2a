/**
 * The wiki-link review's one-key fixes keep adjacent links to one page apart: a link a fix makes (or leaves) right
 * next to a link to the same page gets the `seq` the importer would give it (shared/markdown/wikiLinkSeq.ts), so the
 * two stay two links in the stored revision, its occurrence list and the Markdown written back.
 */
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../../electron/services/services';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { tempDir } from '../tempDir';
import path from 'node:path';

const HEADER = '## 外交部长会谈\n`2023-11-03 18:22` 宝尹\n\n';

function open(body: string) {
  const services = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { batchMaxMs: 0 } });
  const id = services.imports.importBytes('minister.md', Buffer.from(HEADER + body, 'utf8')).articleId as number;
  return { services, id };
}

/** [text, target] of every stored link of the article's current revision. */
function linksOf(services: ReturnType<typeof open>['services'], id: number): [string, string][] {
  const revision = services.articles.revisionOf(id);
  return services.articles.wikiLinks(revision.id).map((l) => [revision.text.slice(l.start, l.end), l.target]);
}

describe('applyLinkFix and adjacent links to one page', () => {
  it('an extended link next to a link to the same page stays a link of its own', () => {
    const { services, id } = open('[[zh:外交部长]][[zh:外交部]]长表示，会谈顺利。\n');
    const review = services.translation.review;
    const finding = review.linkReview(id).find((f) => f.text === '外交部');
    expect(finding?.word.text).toBe('外交部长');
    const extend = finding?.fixes.find((x) => x.kind === 'extend');
    expect(extend).toEqual({ kind: 'extend', start: 4, end: 8, target: '外交部长' });
    const base = services.articles.revisionOf(id);
    review.applyLinkFix(services.edits, id, base.id, extend!);
    expect(linksOf(services, id)).toEqual([['外交部长', '外交部长'], ['外交部长', '外交部长']]);
    const after = services.articles.revisionOf(id);
    expect(after.sourceText).toContain('[[zh:外交部长]][[zh:外交部长]]表示');
    // What was stored reads back from its own Markdown as the same two links.
    expect(parseArticleText(after.sourceText).wikiLinks.map((l) => l.target)).toEqual(['外交部长', '外交部长']);
    services.close();
  });

  it('unlinking the first of a row of links to one page leaves the rest with the seq the importer gives', () => {
    const { services, id } = open('[[zh:美国]][[zh:美国]][[zh:美国]]说。\n');
    const base = services.articles.revisionOf(id);
    const review = services.translation.review;
    review.applyLinkFix(services.edits, id, base.id, { kind: 'unlink', start: 0, end: 2 });
    const after = services.articles.revisionOf(id);
    expect(linksOf(services, id)).toEqual([['美国', '美国'], ['美国', '美国']]);
    // The stored document is the one the saved Markdown reads as: first link without seq, the second with 1.
    const reread = parseArticleText(after.sourceText);
    expect(JSON.stringify(after.doc)).toBe(JSON.stringify(reread.doc));
    services.close();
  });
});
