import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../../../electron/services/services';
import { REPORT_APPENDIX_MARK } from '../../../../../shared/export/reportMarkdown';
import { tempDir } from '../../tempDir';
import { FIXTURE_PATH as fixturePath, glossa } from './runGlossa';

/** A database with the fixture imported and two claims on it (one with a verdict and a source), plus a comment. */
function annotatedDb(): { db: string; dir: string } {
  const dir = tempDir();
  const db = path.join(dir, 'glossa.sqlite');
  const s = openServices(db, { annotations: { defaultActor: 'checker' } });
  const imported = s.imports.importBytes(fixturePath, fs.readFileSync(fixturePath));
  const articleId = imported.articleId!;
  const revision = s.articles.revisionOf(articleId);
  const money = revision.text.indexOf('每月 3000 万美元');
  const claim = s.annotations.create({ articleId, revisionId: revision.id, start: money, end: money + '每月 3000 万美元'.length, motivation: 'assessing' });
  s.annotations.update({
    id: claim.id,
    claim: {
      verdict: 'mostly true',
      english: '$30M per month',
      attributedTo: 'Qatar',
      sources: [{ url: 'https://www.reuters.com/world/qatar-gaza', title: 'Reuters report' }],
    },
  });
  const passports = revision.text.indexOf('至少 110 名');
  s.annotations.create({ articleId, revisionId: revision.id, start: passports, end: passports + '至少 110 名'.length, motivation: 'assessing' });
  const qatar = revision.text.indexOf('卡塔尔');
  s.annotations.create({
    articleId,
    revisionId: revision.id,
    start: qatar,
    end: qatar + 3,
    motivation: 'commenting',
    bodies: [{ type: 'TextualBody', value: 'first mention <b>', purpose: 'commenting' }],
  });
  s.close();
  return { db, dir };
}

describe('glossa claims and annotation exports', { timeout: 180_000 }, () => {
  it('claims --suggest --json prints a JSON array with the normalised monthly amount', () => {
    const { db } = annotatedDb();
    const run = glossa(['--db', db, 'claims', '1', '--suggest', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const suggestions = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(Array.isArray(suggestions)).toBe(true);
    const money = suggestions.find((s) => String(s.text).includes('3000 万') && s.kind === 'money');
    expect(money).toMatchObject({ value: 30_000_000, currency: 'USD', per: 'month' });
    expect(Object.keys(money!)).toEqual(['text', 'start', 'end', 'kind', 'value', 'valueMax', 'currency', 'unit', 'per', 'approx', 'date']);

    const claims = JSON.parse(glossa(['--db', db, 'claims', '1', '--json']).stdout) as { claim: { verdict: string } }[];
    expect(claims.map((c) => c.claim.verdict).sort()).toEqual(['mostly true', 'unverified']);
  });

  it('report-md is the original plus markers at the exact source positions, after a wiki-link close', () => {
    const { db, dir } = annotatedDb();
    const out = path.join(dir, 'report.md');
    const run = glossa(['--db', db, 'export', '1', '--format', 'report-md', '--out', out]);
    expect(run.code).toBe(0);
    const report = fs.readFileSync(out, 'utf8');
    const original = fs.readFileSync(fixturePath, 'utf8');
    expect(report).toContain('每月 3000 万[[zh:美元]][^');
    const body = report.slice(0, report.indexOf(`\n\n${REPORT_APPENDIX_MARK}`));
    expect(body.replace(/\[\^\d+\]/g, '')).toBe(original);
    expect(report.slice(report.indexOf(REPORT_APPENDIX_MARK))).toMatch(/\| \d+ \| 每月 3000 万美元 \| Mostly true \| \$30M per month \| Qatar \| \[Reuters report\]\(<https:\/\/www\.reuters\.com\/world\/qatar-gaza>\) \|/);
  });

  it('jsonld export imports into a fresh database with nothing lost', () => {
    const { db, dir } = annotatedDb();
    const file = path.join(dir, 'annotations.jsonld');
    expect(glossa(['--db', db, 'export', '1', '--format', 'jsonld', '--out', file]).code).toBe(0);
    const fresh = path.join(dir, 'fresh.sqlite');
    expect(glossa(['--db', fresh, 'import', fixturePath]).code).toBe(0);
    const run = glossa(['--db', fresh, 'annotations', 'import', '1', file]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('imported 3 annotations: 3 anchored, 0 moved, 0 orphaned\n');
    const a = openServices(db);
    const b = openServices(fresh);
    const strip = (list: ReturnType<typeof a.annotations.list>['annotations']) => list.map((x) => ({ ...x, revisionId: 0, articleId: 0 }));
    expect(strip(b.annotations.list(1).annotations)).toEqual(strip(a.annotations.list(1).annotations));
    a.close();
    b.close();
  });

  it('report-html is self-contained with the claims table and JSON-LD; report-pdf carries the same text', () => {
    const { db, dir } = annotatedDb();
    const htmlFile = path.join(dir, 'report.html');
    expect(glossa(['--db', db, 'export', '1', '--format', 'report-html', '--out', htmlFile]).code).toBe(0);
    const html = fs.readFileSync(htmlFile, 'utf8');
    // The article's own wiki-link (美元) stays a link; the highlight covers it, and the note number follows it.
    expect(html).toMatch(
      /<mark class="claim" title="\[(\d+)\]">每月 3000 万<\/mark><a class="wiki-link"[^>]*><mark class="claim" title="\[\1\]">美元<\/mark><\/a><sup class="ref" id="ref-\1"><a href="#note-\1">\1<\/a><\/sup>的/,
    );
    expect(html).toContain('first mention &lt;b&gt;');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/ld+json">');
    const pdfFile = path.join(dir, 'report.pdf');
    const run = glossa(['--db', db, 'export', '1', '--format', 'report-pdf', '--out', pdfFile]);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', pdfFile, '-']).stdout.toString('utf8');
    expect(text).toContain('$30M per month');
    expect(text).toContain('Mostly true');
    expect(text.replace(/\s+/g, '')).toContain('卡塔尔如何在与哈马斯的谈判中变得不可或缺');
  });
});
