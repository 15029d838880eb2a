import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../articles';
import { tempDir } from '../../tempDir';
import { FIXTURE_PATH, glossa } from './runGlossa';

describe('glossa search', { timeout: 120_000 }, () => {
  it('lists the articles holding a phrase with hits in context, as text and as JSON lines, and explains misuse', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    const other = path.join(dir, 'other.md');
    fs.writeFileSync(other, articleMarkdown({ title: '另一篇', body: '卡塔尔每月提供 3000 万美元。卡塔尔再次表示。' }));
    expect(glossa(['--db', db, 'import', FIXTURE_PATH, other]).code).toBe(0);

    const text = glossa(['--db', db, 'search', '3000', '万美元']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('[3000 万美元]');
    expect(text.stdout.match(/^#\d+ /gm)).toHaveLength(2);

    const json = glossa(['--db', db, 'search', '卡塔尔', '--json']);
    expect(json.code).toBe(0);
    const hits = json.stdout.trim().split('\n').map((line) => JSON.parse(line) as { title: string; count: number; matches: { match: string }[] });
    expect(hits.map((h) => h.count)).toEqual([47, 2]);
    expect(hits[0].matches.map((m) => m.match)).toEqual(['卡塔尔', '卡塔尔', '卡塔尔']);

    const none = glossa(['--db', db, 'search', '没有这个短语']);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('No article contains');
    expect(glossa(['--db', db, 'search']).code).toBe(2);
    expect(glossa(['--db', db, 'search', 'x', '--limit', '0']).code).toBe(2);
  });
});
