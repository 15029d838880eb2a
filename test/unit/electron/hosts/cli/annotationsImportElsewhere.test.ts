/**
 * `glossa annotations import` of a Glossa JSON-LD export into another database's article: the file's revision ids and
 * anchor states say nothing there, so every span is checked against that article's text (review 17, finding 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../../../electron/services/services';
import { tempDir } from '../../tempDir';
import { FIXTURE_PATH as fixturePath, glossa } from './runGlossa';

const MONEY = '每月 3000 万美元';
const PASSPORTS = '至少 110 名外国护照持有者';

/** The fixture with two claims on it, exported as JSON-LD. */
function exported(dir: string): string {
  const db = path.join(dir, 'source.sqlite');
  const s = openServices(db, { annotations: { defaultActor: 'checker' } });
  const articleId = s.imports.importBytes(fixturePath, fs.readFileSync(fixturePath)).articleId!;
  const revision = s.articles.revisionOf(articleId);
  for (const quote of [MONEY, PASSPORTS]) {
    const start = revision.text.indexOf(quote);
    const claim = s.annotations.create({ articleId, revisionId: revision.id, start, end: start + quote.length, motivation: 'assessing' });
    s.annotations.update({ id: claim.id, claim: { verdict: 'false' } });
  }
  s.close();
  const file = path.join(dir, 'claims.jsonld');
  expect(glossa(['--db', db, 'export', '1', '--format', 'jsonld', '--out', file]).code).toBe(0);
  return file;
}

describe('glossa annotations import into another database', { timeout: 180_000 }, () => {
  it('anchors nothing on the file\'s word: a span found elsewhere is moved, one the text lacks is orphaned, and the output says so', () => {
    const dir = tempDir();
    const file = exported(dir);
    // Article #1 of a fresh database, revision #1 like the file's: a paragraph more at the top, the passports gone.
    const original = fs.readFileSync(fixturePath, 'utf8');
    const other = original
      .replace('（封面图片：', '编者按：本文为转载，略有删节。\n\n（封面图片：')
      .replace(/据拉法过境点[^\n]*\n/, '\n');
    const article = path.join(dir, 'other.md');
    fs.writeFileSync(article, other);
    const db = path.join(dir, 'target.sqlite');
    expect(glossa(['--db', db, 'import', article]).code).toBe(0);

    const run = glossa(['--db', db, 'annotations', 'import', '1', file]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('imported 2 annotations: 0 anchored, 1 moved, 1 orphaned (2 were not where the file put them in this article\'s text and were re-anchored)\n');

    const s = openServices(db);
    const text = s.articles.revisionOf(1).text;
    const byQuote = new Map(s.annotations.list(1).annotations.map((a) => [a.target.selectors.quote.exact, a]));
    const money = byQuote.get(MONEY);
    expect(money?.anchor.state).toBe('moved');
    expect(text.slice(money!.target.selectors.position.start, money!.target.selectors.position.end)).toBe(MONEY);
    expect(byQuote.get(PASSPORTS)?.anchor.state).toBe('orphaned');
    s.close();

    // The Markdown report puts no marker for the orphan and flags the unconfirmed one.
    const report = glossa(['--db', db, 'export', '1', '--format', 'report-md']).stdout;
    expect(report.match(/\[\^\d+\](?!:)/g)).toHaveLength(1);
  });

  it('--json adds the count of re-anchored annotations; a file imported into the text it came from has none', () => {
    const dir = tempDir();
    const file = exported(dir);
    const db = path.join(dir, 'same.sqlite');
    expect(glossa(['--db', db, 'import', fixturePath]).code).toBe(0);
    const run = glossa(['--db', db, 'annotations', 'import', '1', file, '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ imported: 2, reanchored: 0, anchored: 2, moved: 0, orphaned: 0 });
  });
});
