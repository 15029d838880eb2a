import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleViewReader } from '../../../../electron/services/articleView';
import { entitiesOfLinks } from '../../../../electron/services/wikiLinkRows';
import { openServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

function withArticle(body: string) {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const outcome = s.imports.importBytes('a.md', bytes(articleMarkdown({ title: '测试', date: '2023-11-03 06:22', author: '甲', body })));
  expect(outcome.status).toBe('imported');
  return { s, articleId: outcome.articleId ?? 0, revisionId: outcome.revisionId ?? 0, views: new ArticleViewReader(s.db) };
}

describe('ArticleViewReader', () => {
  it('reads what opening shows: the same document, text and links as the full revision record', () => {
    const { s, articleId, revisionId, views } = withArticle('[[zh:卡塔尔]]与[[zh:哈马斯]]谈判，**[[zh:卡塔尔]]**再次出面。\n\n另见[[en:Doha]]。');
    const full = s.articles.revisionOf(articleId);
    const view = views.revisionOf(articleId);
    const summary = s.articles.summary(articleId);
    expect(view).toEqual({
      id: revisionId,
      createdAt: full.createdAt,
      kind: 'import',
      contentHash: full.contentHash,
      doc: full.doc,
      text: full.text,
      warnings: full.warnings,
      meta: {
        title: summary?.title,
        author: summary?.author,
        published: summary?.published,
        source: summary?.source,
        lang: summary?.lang,
        wikiLinks: 4,
        wikiTargets: 3,
      },
    });
    expect(views.wikiLinks(revisionId)).toEqual(s.articles.wikiLinks(revisionId));
    expect(views.wikiLinks(revisionId).map((l) => l.target)).toEqual(['卡塔尔', '哈马斯', '卡塔尔', 'Doha']);
    s.close();
  });

  it('refuses an unknown article and a revision of another article with NOT_FOUND', () => {
    const { s, articleId, views } = withArticle('[[zh:卡塔尔]]');
    const other = s.imports.importBytes('b.md', bytes(articleMarkdown({ title: '另一篇', date: '2023-11-04 06:22', author: '乙', body: '正文' })));
    expect(() => views.revisionOf(articleId + 100)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => views.revisionOf(articleId, other.revisionId ?? 0)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    s.close();
  });
});

describe('entitiesOfLinks', () => {
  it('counts targets as the repository does: most linked first, ties by target then language', () => {
    const { s, revisionId, views } = withArticle(
      '[[zh:以色列]][[zh:卡塔尔]]、[[en:Qatar]]、[[zh:卡塔尔]]、[[en:Doha]]、[[zh:Doha]]、[[zh:𠀀字]]、[[zh:以色列]]、[[zh:ｆｕｌｌ]]。',
    );
    const derived = entitiesOfLinks(views.wikiLinks(revisionId));
    expect(derived).toEqual(s.articles.entities(revisionId));
    // Ties in Chinese collation (pinyin: 卡 kǎ before 以 yǐ), the order the reader shows.
    expect(derived.slice(0, 2)).toEqual([
      { lang: 'zh', target: '卡塔尔', count: 2 },
      { lang: 'zh', target: '以色列', count: 2 },
    ]);
    s.close();
  });

  it('is empty for an article without links', () => {
    expect(entitiesOfLinks([])).toEqual([]);
  });
});
