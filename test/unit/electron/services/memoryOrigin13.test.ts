/**
 * Where a memory hit comes from, as the translator reads it: the title of the article whose confirmed pair it is
 * (not the internal `article:12`), and for a unit imported from TMX the file it came from (a Glossa TMX names an
 * article of another library by its id, which means nothing here).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const ZH = '[[zh:卡塔尔]]外交部周二表示，已向加沙运送 3000 万美元的援助物资。\n\n[[zh:以色列]]尚未对此发表评论。';
const SOURCE = 'https://example.org/news/qatar-aid';
const EN = "Qatar's foreign ministry said on Tuesday it had sent $30 million in aid to Gaza.\nIsrael has not commented.";

function setup(): { s: GlossaServices; id: number } {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const id = s.imports.importBytes('aid.md', bytes(articleMarkdown({ title: '卡塔尔向加沙运送援助', body: ZH, source: SOURCE }))).articleId as number;
  s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN });
  s.translation.workspace.edit(id, { op: 'confirmAll' });
  return { s, id };
}

describe('memory origins', () => {
  it('name the article a suggestion and a concordance hit come from by its title', () => {
    const { s } = setup();
    const hits = s.translation.memory.suggest('卡塔尔外交部周三表示，已向加沙运送 3000 万美元的援助物资。');
    expect(hits.map((h) => h.origin)).toEqual(['卡塔尔向加沙运送援助']);
    expect(s.translation.memory.concordance('以色列').map((h) => h.origin)).toEqual(['卡塔尔向加沙运送援助']);
    s.close();
  });

  it('follow a new title of the article', () => {
    const { s, id } = setup();
    s.imports.importBytes('aid.md', bytes(articleMarkdown({ title: '卡塔尔援助加沙', body: ZH, source: SOURCE })));
    expect(s.articles.summary(id)?.title).toBe('卡塔尔援助加沙');
    expect(s.translation.memory.concordance('以色列').map((h) => h.origin)).toEqual(['卡塔尔援助加沙']);
    s.close();
  });

  it('name the TMX file for units a Glossa TMX of another library brought in', () => {
    const { s, id } = setup();
    const tmx = s.translation.review.exportAs(id, 'tmx').content;
    expect(tmx).toContain(`<prop type="x-glossa-origin">article:${id}</prop>`);
    const other = openServices(path.join(tempDir(), 'other.sqlite'));
    expect(other.translation.memory.importTmx('qatar-aid.tmx', tmx)).toEqual({ added: 2, skipped: 0 });
    expect(other.translation.memory.concordance('以色列').map((h) => h.origin)).toEqual(['qatar-aid.tmx']);
    // The same file again adds nothing.
    expect(other.translation.memory.importTmx('qatar-aid.tmx', tmx)).toEqual({ added: 0, skipped: 2 });
    other.close();
    s.close();
  });
});
