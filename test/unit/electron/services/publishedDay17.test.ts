/**
 * Review 17, finding 2, end to end: the day an article was written on in its own zone is read again from its stored
 * header (no column holds it), so suggestions resolve 昨天 / last year from it, while `published` stays UTC in the
 * library, `show` and `list`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleViewReader } from '../../../../electron/services/articleView';
import { openServices } from '../../../../electron/services/services';
import { glossa } from '../hosts/cli/runGlossa';
import { tempDir } from '../tempDir';

const NEW_YEAR = '###  [:house:返回](README.md)\n---\n\n\n## 新年\n`1/1/2024 0:30 AM UTC+8 宝尹` [轉載自GNews](https://gnews.org/articles/2)\n\n昨天，卡塔尔宣布了新政策。去年，卡塔尔投资了 2.5 亿欧元。上周三，至少 110 名外国人离开加沙。\n';
const BEIJING = '## 卡塔尔斡旋\n`2023年11月3日 07:30 北京时间 新华社记者 李明`\n\n昨天，卡塔尔宣布释放 4 名人质。\n';

/** The dates suggested for an article, by the text that gives them. */
function suggestedDates(services: ReturnType<typeof openServices>, articleId: number): Record<string, string | null> {
  const text = services.articles.revisionOf(articleId).text;
  const dates: Record<string, string | null> = {};
  for (const s of services.annotations.suggest(articleId).suggestions) if (s.kind === 'date') dates[text.slice(s.start, s.end)] = s.date;
  return dates;
}

describe('the written day of publication, read back from the stored header', () => {
  it('anchors suggestions for files stored as UTF-8 bytes (with a BOM and CRLF) and as text (UTF-16)', () => {
    const dir = tempDir();
    const services = openServices(path.join(dir, 'glossa.sqlite'));
    try {
      const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NEW_YEAR.replace(/\n/g, '\r\n'), 'utf8')]);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BEIJING, 'utf16le')]);
      const newYear = services.imports.importBytes('c3.md', utf8).articleId!;
      const beijing = services.imports.importBytes('c4.md', utf16).articleId!;

      expect(suggestedDates(services, newYear)).toMatchObject({ 昨天: '2023-12-31', 去年: '2023', 上周三: '2023-12-27' });
      expect(suggestedDates(services, beijing)).toMatchObject({ 昨天: '2023-11-02' });

      // What opening an article gives the renderer (which suggests claims itself) carries the day too.
      const views = new ArticleViewReader(services.db);
      expect(views.revisionOf(newYear).meta).toMatchObject({ published: '2023-12-31T16:30:00Z', publishedDay: '2024-01-01' });
      expect(views.storedRevisionOf(beijing).meta).toMatchObject({ published: '2023-11-02T23:30:00Z', publishedDay: '2023-11-03' });
      expect(services.articles.revisionOf(beijing).meta.publishedDay).toBe('2023-11-03');
      // What the translation checks and alignment anchor on, read from the header alone.
      expect(services.articles.relativeDateAnchor(newYear)).toBe('2024-01-01');
      expect(services.articles.relativeDateAnchor(beijing)).toBe('2023-11-03');
      expect(services.articles.relativeDateAnchor(999)).toBeNull();

      // The library keeps `published` in UTC.
      expect(services.articles.list().map((a) => a.published).sort()).toEqual(['2023-11-02T23:30:00Z', '2023-12-31T16:30:00Z']);
      expect(services.articles.summary(newYear)?.published).toBe('2023-12-31T16:30:00Z');
    } finally {
      services.close();
    }
  });

  it('adds nothing for a date without a zone, and keeps today’s dates for it', () => {
    const dir = tempDir();
    const services = openServices(path.join(dir, 'glossa.sqlite'));
    try {
      const id = services.imports.importBytes('plain.md', Buffer.from('## 标题\n`2020-08-14 08:08 路德社`\n\n昨天，卡塔尔宣布释放 4 名人质。\n')).articleId!;
      expect(services.articles.revisionOf(id).meta).not.toHaveProperty('publishedDay');
      expect(new ArticleViewReader(services.db).revisionOf(id).meta).not.toHaveProperty('publishedDay');
      expect(suggestedDates(services, id)).toMatchObject({ 昨天: '2020-08-13' });
      expect(services.articles.relativeDateAnchor(id)).toBe('2020-08-14T08:08:00Z');
    } finally {
      services.close();
    }
  });

  it('reads the day again from the Markdown an edit stores', () => {
    const dir = tempDir();
    const services = openServices(path.join(dir, 'glossa.sqlite'));
    try {
      const id = services.imports.importBytes('c3.md', Buffer.from(NEW_YEAR)).articleId!;
      const base = services.articles.revisionOf(id);
      const edited = JSON.parse(JSON.stringify(base.doc).replace('新政策', '新的政策')) as typeof base.doc;
      expect(services.edits.saveEdit(id, base.id, edited).unchanged).toBe(false);
      expect(services.articles.revisionOf(id).meta).toMatchObject({ published: '2023-12-31T16:30:00Z', publishedDay: '2024-01-01' });
      expect(new ArticleViewReader(services.db).revisionOf(id).meta.publishedDay).toBe('2024-01-01');
      expect(suggestedDates(services, id)).toMatchObject({ 昨天: '2023-12-31', 去年: '2023' });
    } finally {
      services.close();
    }
  });

  it('leaves `published` in ISO 8601 UTC in the CLI’s import, list and show', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    const file = path.join(dir, 'c4.md');
    fs.writeFileSync(file, BEIJING);
    const imported = glossa(['--db', db, 'import', file, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).published).toBe('2023-11-02T23:30:00Z');
    const listed = glossa(['--db', db, 'list', '--json']);
    expect(JSON.parse(listed.stdout.trim().split('\n')[0]).published).toBe('2023-11-02T23:30:00Z');
    const shown = JSON.parse(glossa(['--db', db, 'show', '1', '--json']).stdout);
    expect(shown.published).toBe('2023-11-02T23:30:00Z');
    expect(shown.revision.meta).toMatchObject({ published: '2023-11-02T23:30:00Z', publishedDay: '2023-11-03' });
  }, 60_000);
});
