import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../../../../shared/export/tmx';
import { openServices } from '../../../../../electron/services/services';
import { articleMarkdown } from '../../articles';
import { tempDir } from '../../tempDir';
import { FIXTURE_PATH as fixturePath, glossa, ROOT as root } from './runGlossa';

const alignDir = path.join(root, 'test/fixtures/align');

describe('glossa align / check / export (translation)', { timeout: 180_000 }, () => {
  it('attaches English to the fixture, prints the pairs as JSON, and keeps the previous English when run again', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    expect(glossa(['--db', db, 'import', fixturePath]).code).toBe(0);
    const run = glossa(['--db', db, 'align', '1', '--en', path.join(alignDir, 'qatar-hamas.en.txt'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pairs = JSON.parse(run.stdout) as { zh: string; en: string; confidence: number }[];
    expect(Object.keys(pairs[0]).sort()).toEqual(['confidence', 'en', 'zh']);
    expect(pairs.some((p) => p.zh.includes('[[') || p.zh.includes('**'))).toBe(false);
    expect(pairs.find((p) => p.en.startsWith('At least 110 foreign passport holders'))?.zh).toContain('至少 110 名外国护照持有者');
    expect(pairs.every((p) => p.confidence >= 0 && p.confidence <= 1)).toBe(true);

    const confirm = openServices(db);
    confirm.translation.workspace.edit(1, { op: 'confirm', pair: 3 });
    const confirmedZh = confirm.translation.workspace.workspace(1).pairs[3].zhText;
    confirm.close();
    const other = path.join(dir, 'short.md');
    fs.writeFileSync(other, '(Cover photo: Blinken and the Emir of Qatar in Lusail.)\n\nQatar is once again at the center of global diplomacy.\n');
    const again = glossa(['--db', db, 'align', '1', '--en', other, '--json']);
    expect(again.code).toBe(0);
    // The confirmed pair's English is not in the new file: it is reported, not dropped silently.
    expect(again.stderr).toContain('the English was replaced: 0 confirmed pairs and 0 targets carried over, 1 could not be');
    expect(again.stderr).toContain(`not carried (changed): ${confirmedZh.slice(0, 10)}`);
    expect((JSON.parse(again.stdout) as { en: string }[]).filter((p) => p.en).map((p) => p.en)).toEqual([
      '(Cover photo: Blinken and the Emir of Qatar in Lusail.)',
      'Qatar is once again at the center of global diplomacy.',
    ]);
    const s = openServices(db);
    expect(s.translation.workspace.store.englishSides(1).map((x) => x.fileName)).toEqual(['short.md', 'qatar-hamas.en.txt']);
    s.close();

    const out = path.join(dir, 'pairs.tmx');
    const exported = glossa(['--db', db, 'export', '1', '--format', 'tmx', '--out', out]);
    expect(exported.code).toBe(0);
    expect(parseTmx(fs.readFileSync(out, 'utf8')).map((u) => u.target)).toEqual([
      '(Cover photo: Blinken and the Emir of Qatar in Lusail.)',
      'Qatar is once again at the center of global diplomacy.',
    ]);
    const tsv = glossa(['--db', db, 'export', '1', '--format', 'tsv']);
    expect(tsv.code).toBe(0);
    expect(tsv.stdout.split('\n').filter((l) => l.endsWith('\t(Cover photo: Blinken and the Emir of Qatar in Lusail.)'))).toHaveLength(1);
  });

  it('exports the bilingual table as DOCX: a Word file whose table holds every pair in order, escaped, names in bold', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    expect(glossa(['--db', db, 'import', fixturePath]).code).toBe(0);
    expect(glossa(['--db', db, 'align', '1', '--en', path.join(alignDir, 'qatar-hamas.en.txt')]).code).toBe(0);
    const out = path.join(dir, 'table.docx');
    const run = glossa(['--db', db, 'export', '1', '--format', 'docx', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/wrote .*table\.docx/);
    const xml = spawnSync('unzip', ['-p', out, 'word/document.xml']).stdout.toString('utf8');
    const unescape = (t: string): string => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) => unescape([...c[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))),
    );
    const s = openServices(db);
    const pairs = s.translation.workspace.alignedPairs(1);
    s.close();
    expect(rows).toHaveLength(pairs.length + 1);
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual(pairs.map((p) => [p.zhText, p.enText]));
    expect(rows.slice(1).every((r) => /^(auto|confirmed).*\d+%$/.test(r[3]))).toBe(true);
    // `&` and quotes of the English come through escaped, and a wiki-linked name is a bold run of its own.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<\/w:r>).)*<w:b\/>(?:(?!<\/w:r>).)*<w:t(?: [^>]*)?>卡塔尔<\/w:t><\/w:r>/);
  });

  it('aligns presegmented files without a database and prints line indices', () => {
    const dir = tempDir();
    const run = glossa(['--db', path.join(dir, 'never.sqlite'), 'align', '--zh', path.join(alignDir, 'qatar-hamas.zh.txt'), '--en', path.join(alignDir, 'qatar-hamas.en.txt'), '--presegmented', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const beads = JSON.parse(run.stdout) as { zh: number[]; en: number[]; confidence: number }[];
    expect(beads.flatMap((b) => b.zh)).toEqual([...Array(17).keys()]);
    expect(beads.flatMap((b) => b.en)).toEqual([...Array(18).keys()]);
    const gold = JSON.parse(fs.readFileSync(path.join(alignDir, 'qatar-hamas.gold.json'), 'utf8')) as { zh: number[]; en: number[] }[];
    const key = (b: { zh: number[]; en: number[] }): string => `${b.zh.join(',')}|${b.en.join(',')}`;
    const goldKeys = new Set(gold.map(key));
    const correct = beads.filter((b) => goldKeys.has(key(b))).length;
    expect(correct / gold.length).toBeGreaterThanOrEqual(0.9);
    expect(fs.existsSync(path.join(dir, 'never.sqlite'))).toBe(false);
  });

  it('keeps blank lines out of the beads but counts them as lines', () => {
    const dir = tempDir();
    const zh = path.join(dir, 'zh.txt');
    const en = path.join(dir, 'en.txt');
    fs.writeFileSync(zh, '卡塔尔周三宣布了新的援助计划。\n\n该计划价值 6 亿美元。\n');
    fs.writeFileSync(en, 'Qatar announced a new aid plan on Wednesday.\nThe plan is worth $600 million.\n');
    const run = glossa(['align', '--zh', zh, '--en', en, '--presegmented', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { zh: number[]; en: number[] }[]).map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[2], [1]],
    ]);
    expect(glossa(['align', '--en', en, '--presegmented', '--json']).code).toBe(2);
  });

  it('checks a translation and prints the findings as JSON', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    const md = path.join(dir, 'aid.md');
    fs.writeFileSync(md, articleMarkdown({ title: '援助', body: '卡塔尔已向加沙运送 3000 万美元的援助。\n\n以色列尚未发表评论（截至周三）。' }));
    const en = path.join(dir, 'aid.en.txt');
    fs.writeFileSync(en, 'Qatar has sent $300 million in aid to Gaza.\nIsrael has not commented (as of Wednesday.\n');
    expect(glossa(['--db', db, 'import', md]).code).toBe(0);
    expect(glossa(['--db', db, 'align', '1', '--en', en]).code).toBe(0);
    const run = glossa(['--db', db, 'check', '1', '--json']);
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.stdout) as { kind: string; zh: string; en: string; detail: string }[];
    expect(findings.map((f) => f.kind).sort()).toEqual(['brackets', 'number']);
    const number = findings.find((f) => f.kind === 'number');
    expect(number).toMatchObject({ zh: '卡塔尔已向加沙运送 3000 万美元的援助。', en: 'Qatar has sent $300 million in aid to Gaza.' });
    expect(findings.find((f) => f.kind === 'brackets')?.en).toBe('Israel has not commented (as of Wednesday.');
    const missing = glossa(['--db', db, 'check', '7']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no article #7/);
  });
  it('warns when the Chinese changed after it was aligned: check and the translation exports say so on stderr until it is aligned again', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    const zh = path.join(dir, 'quake.zh.md');
    const en = path.join(dir, 'quake.en.txt');
    const article = (deaths: string) => articleMarkdown({ title: '地震', date: '2024-01-06 08:00', author: '甲', source: 'https://example.com/news/quake-2024', body: `地震造成 ${deaths} 人死亡。救援仍在继续。` });
    fs.writeFileSync(zh, article('12'));
    fs.writeFileSync(en, 'The earthquake killed 12 people. Rescue work continues.\n');
    expect(glossa(['--db', db, 'import', zh]).code).toBe(0);
    expect(glossa(['--db', db, 'align', '1', '--en', en]).code).toBe(0);
    const fresh = glossa(['--db', db, 'check', '1']);
    expect(fresh.stderr).not.toContain('warning');

    fs.writeFileSync(zh, article('15'));
    expect(glossa(['--db', db, 'import', zh, '--json']).stdout).toContain('"status":"revised"');
    const check = glossa(['--db', db, 'check', '1', '--json']);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/warning: the Chinese of article #1 changed after it was aligned; these findings use the Chinese as it was then.*glossa align 1 --en FILE/);
    expect(() => JSON.parse(check.stdout)).not.toThrow();
    const tmx = glossa(['--db', db, 'export', '1', '--format', 'tmx']);
    expect(tmx.code).toBe(0);
    expect(tmx.stderr).toMatch(/warning: .* the tmx pairs use the Chinese as it was then/);

    expect(glossa(['--db', db, 'align', '1', '--en', en]).code).toBe(0);
    const realigned = glossa(['--db', db, 'check', '1']);
    expect(realigned.stderr).not.toContain('warning');
    expect(realigned.stdout).toMatch(/15/);
  });
  it('names the confirmed pairs carried onto changed English, so the translator re-reads them', () => {
    const dir = tempDir();
    const db = path.join(dir, 'glossa.sqlite');
    const zh = path.join(dir, 'mayor.zh.md');
    fs.writeFileSync(zh, articleMarkdown({ title: '市长辞职', source: 'https://example.com/news/mayor', body: '市长周一宣布辞职。他在任八年。市议会将于下月选出继任者。' }));
    const en1 = path.join(dir, 'e1.txt');
    const en2 = path.join(dir, 'e2.txt');
    fs.writeFileSync(en1, 'The mayor resigned on Monday. He served for eight years. The city council will choose a successor next month.\n');
    fs.writeFileSync(en2, 'The mayor did not resign on Monday. He served for eight years. The city council will choose a successor next month.\n');
    expect(glossa(['--db', db, 'import', zh]).code).toBe(0);
    expect(glossa(['--db', db, 'align', '1', '--en', en1]).code).toBe(0);
    const confirm = openServices(db);
    confirm.translation.workspace.edit(1, { op: 'confirmAll' });
    confirm.close();
    const again = glossa(['--db', db, 'align', '1', '--en', en2]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('carried, text changed, check it: pair 1: 市长周一宣布辞职。 | The mayor did not resign on Monday.');
    expect(again.stderr).not.toContain('check it: pair 2');
  });
});
