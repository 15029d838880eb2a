/**
 * An end-to-end sweep of the `glossa` command line over articles it has never seen (test/fixtures/sweep/: traditional
 * characters, English, CRLF, BOM, escapes, entities, nested image links, bare URLs, emoji, tables, lists, code,
 * footnotes, raw HTML, every wiki-link form, no metadata, a title alone). Most commands run the real CLI in-process
 * (`runCli`, buffered streams: the same code as the process, without a Node start per command); the exit codes, the
 * bytes on stdout and the refusals of bad input also run `glossa` as a child process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/hosts/cli/cli';
import { openServices } from '../../electron/services/services';
import { REPORT_APPENDIX_MARK } from '../../shared/export/reportMarkdown';
import { parseArticleText } from '../../shared/markdown/parseArticle';
import { glossa, ROOT } from './electron/hosts/cli/runGlossa';
import { tempDir } from './electron/tempDir';

const SWEEP = path.join(ROOT, 'test/fixtures/sweep');
const FILES = fs.readdirSync(SWEEP).filter((f) => f.endsWith('.md')).sort();

/** What `import --json` must print for each file, in file order (ids 1..16). */
const EXPECTED: [title: string, author: string | null, published: string | null, source: string | null, lang: string, links: number, targets: number][] = [
  ['臺灣央行維持利率不變，通膨壓力仍在', '林志明', '2024-05-20T00:00:00Z', 'https://www.cna.com.tw/news/afe/202405200123.aspx', 'zh', 14, 14],
  ['How Qatar became indispensable in talks with Hamas', 'Jane Doe', '2023-11-03T06:22:00Z', 'https://edition.cnn.com/2023/11/03/middleeast/qatar-hamas-talks/index.html', 'en', 9, 9],
  ['美国_国会通过&签署《芯片法案》–影响几何', '王小明', '2020-08-14T08:08:00Z', 'https://gnews.org/articles/300001', 'zh', 7, 7],
  ['图片与链接混杂的报道：香港《国安法》实施三周年', '陈大文', '2023-06-30T22:15:00Z', 'https://gnews.org/articles/1500002', 'zh', 7, 5],
  ['2023年各国军费开支一览', '李四', '2024-04-22T09:30:00Z', 'https://gnews.org/articles/2000003', 'zh', 10, 9],
  ['技术报道：开源软件供应链攻击', '张三', '2024-03-30T18:00:00Z', 'https://gnews.org/articles/2100004', 'zh', 5, 5],
  ['维基链接的各种写法', '赵六', '2023-11-03T00:00:00Z', 'https://gnews.org/articles/1916999', 'zh', 13, 7],
  ['没有元数据行的文章', null, null, null, 'zh', 2, 2],
  ['只有标题的文章', null, null, null, 'zh', 0, 0],
  ['Ukraine grain deal collapses', null, null, null, 'en', 4, 4],
  ['脚注与原始HTML', '周七', '2023-11-03T00:00:00Z', 'https://gnews.org/articles/1916777', 'zh', 4, 4],
  ['中英混排：美联储加息', 'Reuters', '2023-11-03T00:00:00Z', 'https://gnews.org/articles/1916888', 'zh', 3, 3],
  ['以色列与哈马斯停火协议：CRLF 行尾', '宝尹', '2023-11-24T07:00:00Z', 'https://gnews.org/articles/1930001', 'zh', 7, 7],
  ['带 BOM 的文章：日本核污水排海', '田中', '2023-08-24T13:03:00Z', 'https://gnews.org/articles/1800005', 'zh', 5, 5],
  ['BOM 加 CRLF 加转义：台海_局势', '林小华', '2024-01-13T00:00:00Z', 'https://gnews.org/articles/2000013', 'zh', 7, 7],
  ['Unicode 边角：组合字符、零宽字符与不间断空格', 'Zoë Müller', '2023-12-01T00:00:00Z', 'https://gnews.org/articles/1950016', 'zh', 5, 5],
];

interface Run {
  code: number;
  stdout: string;
  bytes: Buffer;
  stderr: string;
}

/** Runs the CLI in-process on `db`. */
async function cli(db: string, ...args: string[]): Promise<Run> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (list: Buffer[]) => ({ write: (chunk: string | Uint8Array) => list.push(Buffer.from(chunk)) });
  const code = await runCli(['--db', db, ...args], { stdout: sink(out), stderr: sink(err), env: {} });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString('utf8'), bytes, stderr: Buffer.concat(err).toString('utf8') };
}

/** A database with the sweep imported. */
async function sweepDb(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'sweep.sqlite');
  const run = await cli(db, 'import', SWEEP, '--json');
  expect(run.code).toBe(0);
  return { db, dir };
}

/** Spans per article (by id) that cut through wiki-links, URLs, code, entities, escapes, emoji and table cells. */
const AWKWARD: Record<number, string[]> = {
  3: ['英特尔&', '芯片与科学法案', '$5', '美国国'],
  4: ['两国', 'https://www.hrw.org/news', '😀'],
  5: ['9,160', '乌克兰军费'],
  6: ['[[zh:也不', 'bash'],
  7: ['卡', '两国', '卡塔尔经济', '百分号编码'],
  // Across the article's own footnote reference (a superscript since session 19, no text of its own).
  11: ['200 多名人质。', '联合国秘'],
  13: ['首批 13 名人质', '哈马', '50'],
  14: ['7,800 吨', '日本'],
  15: ['40.05%', '投票率為'],
  16: ['Zoe\u0301', '表情😀', '😀😀'],
};

/** Claims from the first suggestions (with verdicts, sources and awkward text), awkward comments, a link and a question. */
function annotate(db: string): void {
  const s = openServices(db, { annotations: { defaultActor: 'sweeper' } });
  try {
    for (const a of s.articles.list({})) {
      const rev = s.articles.revisionOf(a.id);
      const verdicts = ['true', 'mostly false', 'mixed', 'unverified'];
      s.annotations.suggest(a.id).suggestions.slice(0, 4).forEach((x, k) => {
        const claim = s.annotations.create({ articleId: a.id, revisionId: rev.id, start: x.start, end: x.end, motivation: 'assessing' });
        s.annotations.update({
          id: claim.id,
          claim: {
            verdict: verdicts[k],
            english: `Claim ${k}, "quoted" | piped\nsecond line`,
            attributedTo: '=SUM(A1)',
            rationale: 'Because <b>bold</b> & </script>',
            sources: [{ url: `https://example.org/src?a=1&b=${k}`, title: 'Src, with "comma"', publisher: 'Pub|lisher', quote: 'a\nb' }],
          },
        });
      });
      for (const quote of AWKWARD[a.id] ?? []) {
        const start = rev.text.indexOf(quote);
        expect(start, `${quote} in #${a.id}`).toBeGreaterThanOrEqual(0);
        s.annotations.create({
          articleId: a.id,
          revisionId: rev.id,
          start,
          end: start + quote.length,
          motivation: 'commenting',
          bodies: [{ type: 'TextualBody', value: `note on ${quote} | <x>\nsecond`, purpose: 'commenting' }],
          tags: ['sweep', '标签 一'],
        });
      }
      if (rev.text.length > 20) {
        s.annotations.create({ articleId: a.id, revisionId: rev.id, start: 0, end: 4, motivation: 'linking', link: { start: rev.text.length - 4, end: rev.text.length } });
        s.annotations.create({ articleId: a.id, revisionId: rev.id, start: 2, end: 6, motivation: 'questioning', bodies: [{ type: 'TextualBody', value: '?', purpose: 'questioning' }] });
      }
    }
  } finally {
    s.close();
  }
}

/** The body of a Markdown report (before the appendix) without the report's markers. */
function withoutMarkers(report: Buffer): Buffer {
  const text = report.toString('utf8');
  // The appendix is written with the file's line ending (CRLF files get a CRLF appendix).
  const body = text.slice(0, text.search(new RegExp(`\\r?\\n\\r?\\n${REPORT_APPENDIX_MARK}`)));
  // The report's labels are [^N], or [^gN] when the article has [^N] footnotes of its own.
  const label = /\[\^\d+\]:/.test(body) ? /\[\^g\d+\]/g : /\[\^\d+\]/g;
  return Buffer.from(body.replace(label, ''), 'utf8');
}

describe('glossa on articles it has never seen', { timeout: 300_000 }, () => {
  it('imports every sweep article with the right metadata and counts, then unchanged, then revised', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'sweep.sqlite');
    const first = await cli(db, 'import', SWEEP, '--json');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual(
      EXPECTED.map(([title, author, published, source, lang, wikiLinks, wikiTargets], i) => ({ id: i + 1, title, author, published, source, lang, wikiLinks, wikiTargets, status: 'imported' })),
    );
    // Only the three articles without a date are warned about, and each is named.
    expect(first.stderr.trim().split('\n').map((l) => path.basename(l.split(': ')[2] ?? ''))).toEqual(['08-no-metadata.zh.md', '09-title-only.zh.md', '10-english-nometa.en.md']);

    const again = await cli(db, 'import', SWEEP, '--json');
    expect(again.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status)).toEqual(FILES.map(() => 'unchanged'));

    // Changed copies (same source link, or without one the same file name and title): CRLF, BOM, no metadata, title only.
    const changed = path.join(dir, 'changed');
    fs.mkdirSync(changed);
    const edits: [file: string, from: string, to: string][] = [
      ['13-crlf.zh.md', '13 名', '12 名'],
      ['15-bom-crlf-trad.zh.md', '71.86%', '71.9%'],
      ['08-no-metadata.zh.md', '500 亿元', '600 亿元'],
      ['09-title-only.zh.md', '## 只有标题的文章\n', '## 只有标题的文章\n\n加一句。\n'],
    ];
    for (const [file, from, to] of edits) {
      const bytes = fs.readFileSync(path.join(SWEEP, file));
      const edited = Buffer.from(bytes.toString('latin1').replace(Buffer.from(from).toString('latin1'), Buffer.from(to).toString('latin1')), 'latin1');
      expect(edited.equals(bytes)).toBe(false);
      fs.writeFileSync(path.join(changed, file), edited);
    }
    const revised = await cli(db, 'import', changed, '--json');
    expect(revised.code).toBe(0);
    expect(revised.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; status: string }).map((l) => [l.id, l.status])).toEqual([
      [8, 'revised'],
      [9, 'revised'],
      [13, 'revised'],
      [15, 'revised'],
    ]);
    // The new revision exports as the changed file, the old one as the original, byte for byte (BOM and CRLF kept).
    const show = JSON.parse((await cli(db, 'show', '15', '--json')).stdout) as { revisions: { id: number }[] };
    expect(show.revisions).toHaveLength(2);
    expect((await cli(db, 'export', '15', '-f', 'md')).bytes.equals(fs.readFileSync(path.join(changed, '15-bom-crlf-trad.zh.md')))).toBe(true);
    expect((await cli(db, 'export', '15', '-f', 'md', '--revision', String(show.revisions[0].id))).bytes.equals(fs.readFileSync(path.join(SWEEP, '15-bom-crlf-trad.zh.md')))).toBe(true);
    // The text view lists every revision, so --revision has ids to choose from.
    expect((await cli(db, 'show', '15')).stdout).toContain(`#${show.revisions[0].id}`);
  });

  it('exports md byte for byte, html with every wiki-link and no script, json with the canonical text', async () => {
    const { db, dir } = await sweepDb();
    for (const [i, file] of FILES.entries()) {
      const id = String(i + 1);
      const original = fs.readFileSync(path.join(SWEEP, file));
      const out = path.join(dir, `${id}.md`);
      const md = await cli(db, 'export', id, '--format', 'md', '--out', out);
      expect(md.code, file).toBe(0);
      expect(fs.readFileSync(out).equals(original), file).toBe(true);

      const html = (await cli(db, 'export', id, '-f', 'html')).stdout;
      expect(html.match(/class="wiki-link"/g)?.length ?? 0, file).toBe(EXPECTED[i][5]);
      expect(html, file).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=/i);

      const json = JSON.parse((await cli(db, 'export', id, '-f', 'json')).stdout) as { text: string; meta: { title: string }; doc: { type: string } };
      expect(json.meta.title).toBe(EXPECTED[i][0]);
      expect(json.doc.type).toBe('doc');
      // Wiki-links are read everywhere but in code (article 6 shows them in code); the header is metadata, not text.
      if (file.startsWith('06-')) expect(json.text).toContain('行内代码 [[zh:也不是]] 不应成为链接');
      else expect(json.text, file).not.toContain('[[');
      if (EXPECTED[i][2] !== null) expect(json.text, file).not.toContain(EXPECTED[i][0]);
    }
  });

  it('claims --suggest --json: every field, offsets that slice the text, ISO 4217 currencies, per and approx from their sets', async () => {
    const { db } = await sweepDb();
    const FIELDS = ['text', 'start', 'end', 'kind', 'value', 'valueMax', 'currency', 'unit', 'per', 'approx', 'date'];
    const currencies = new Set<string>();
    for (let id = 1; id <= FILES.length; id++) {
      const run = await cli(db, 'claims', String(id), '--suggest', '--json');
      expect(run.code).toBe(0);
      const text = (JSON.parse((await cli(db, 'export', String(id), '-f', 'json')).stdout) as { text: string }).text;
      const suggestions = JSON.parse(run.stdout) as Record<string, string | number | null>[];
      for (const s of suggestions) {
        expect(Object.keys(s)).toEqual(FIELDS);
        expect(text.slice(s.start as number, s.end as number)).toBe(s.text);
        if (s.currency !== null) currencies.add(s.currency as string);
        expect([null, 'day', 'week', 'month', 'year']).toContain(s.per);
        expect([null, 'atLeast', 'atMost', 'moreThan', 'lessThan', 'about', 'range']).toContain(s.approx);
        if (s.valueMax !== null) expect(s.approx).toBe('range');
        if (s.date !== null) expect(s.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
      }
    }
    expect([...currencies].sort()).toEqual(['CNY', 'EUR', 'TWD', 'USD']);
    expect((await cli(db, 'claims', '9', '--suggest', '--json')).stdout).toBe('[]\n');
  });

  it('reports: report-md is the file plus markers (BOM, CRLF, wiki-links intact), jsonld round-trips, csv and claimreview are whole', async () => {
    const { db, dir } = await sweepDb();
    annotate(db);
    const fresh = path.join(dir, 'fresh.sqlite');
    expect((await cli(fresh, 'import', SWEEP)).code).toBe(0);
    for (const [i, file] of FILES.entries()) {
      const id = String(i + 1);
      const original = fs.readFileSync(path.join(SWEEP, file));
      const report = (await cli(db, 'export', id, '-f', 'report-md')).bytes;
      expect(withoutMarkers(report).equals(original), file).toBe(true);
      // Read back, the report has the article's wiki-links: no marker landed inside one.
      const body = report.toString('utf8').slice(0, report.toString('utf8').indexOf(REPORT_APPENDIX_MARK));
      const targets = (t: string) => parseArticleText(t).wikiLinks.map((l) => `${l.lang}:${l.target}`);
      expect(targets(body), file).toEqual(targets(original.toString('utf8')));

      const jsonld = path.join(dir, `${id}.jsonld`);
      expect((await cli(db, 'export', id, '-f', 'jsonld', '--out', jsonld)).code).toBe(0);
      const imported = await cli(fresh, 'annotations', 'import', id, jsonld, '--json');
      expect(imported.code, imported.stderr).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ moved: 0, orphaned: 0 });
      expect((await cli(fresh, 'export', id, '-f', 'jsonld')).bytes.equals(fs.readFileSync(jsonld)), file).toBe(true);

      const csv = (await cli(db, 'export', id, '-f', 'claims-csv')).stdout;
      expect(csv.startsWith('\uFEFFannotation_id,article_id,')).toBe(true);
      expect(csv).not.toMatch(/,=SUM/);

      const reviews = JSON.parse((await cli(db, 'export', id, '-f', 'claimreview')).stdout) as { reviewRating: { alternateName: string } }[];
      expect(reviews.map((r) => r.reviewRating.alternateName)).not.toContain('Unverified');

      const html = (await cli(db, 'export', id, '-f', 'report-html')).stdout;
      expect(html.match(/<script/g)?.length ?? 0, file).toBeLessThanOrEqual(1);
      expect(html).not.toContain('</script><');
    }
  });

  it('an edit of a file imported with a BOM exports with its BOM: md differs from the file in the edited line only, report-md is md plus markers', async () => {
    const { db } = await sweepDb();
    const s = openServices(db, { annotations: { defaultActor: 'editor' } });
    try {
      for (const [id, from, to] of [[14, '7,800 吨', '7,900 吨'], [15, '71.86%', '71.9%']] as const) {
        const base = s.articles.revisionOf(id);
        const saved = s.edits.saveEdit(id, base.id, JSON.parse(JSON.stringify(base.doc).replace(from, to)));
        expect(saved.unchanged).toBe(false);
        const edited = s.articles.revisionOf(id);
        const at = edited.text.indexOf(to);
        s.annotations.create({ articleId: id, revisionId: edited.id, start: at, end: at + to.length, motivation: 'commenting' });
      }
    } finally {
      s.close();
    }
    for (const id of [14, 15]) {
      const original = fs.readFileSync(path.join(SWEEP, FILES[id - 1] ?? '')).toString('utf8').split('\n');
      const md = (await cli(db, 'export', String(id), '-f', 'md')).bytes;
      const lines = md.toString('utf8').split('\n');
      expect(lines[0]).toBe(original[0]);
      expect(lines.filter((line, i) => line !== original[i])).toHaveLength(1);
      expect(withoutMarkers((await cli(db, 'export', String(id), '-f', 'report-md')).bytes).equals(md)).toBe(true);
    }
  });

  it('report-pdf carries the article and its claims (pdftotext)', async () => {
    const { db, dir } = await sweepDb();
    annotate(db);
    const pdf = path.join(dir, 'report.pdf');
    const run = await cli(db, 'export', '13', '-f', 'report-pdf', '--out', pdf);
    expect(run.code, run.stderr).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-']).stdout.toString('utf8').replace(/\s+/g, '');
    expect(text).toContain('以色列与哈马斯停火协议');
    expect(text).toContain('Mostlyfalse');
    expect(text).toContain('Claim1,"quoted"');
  });

  it('refuses --out onto its own database (the export replaced the library with a Markdown file)', async () => {
    const { db } = await sweepDb();
    const before = fs.readFileSync(db);
    const run = await cli(db, 'export', '1', '-f', 'md', '--out', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is Glossa's database; choose another file/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect((await cli(db, 'list', '--json')).stdout.trim().split('\n')).toHaveLength(FILES.length);
  });

  it('does not write a PDF into a terminal', async () => {
    const { db } = await sweepDb();
    const written: string[] = [];
    const terminal = { isTTY: true, write: (chunk: string | Uint8Array) => written.push(Buffer.from(chunk).toString('utf8')) };
    const errors: string[] = [];
    const code = await runCli(['--db', db, 'export', '3', '-f', 'report-pdf'], { stdout: terminal, stderr: { write: (c: string | Uint8Array) => errors.push(String(c)) }, env: {} });
    expect(code).toBe(2);
    expect(written).toEqual([]);
    expect(errors.join('')).toMatch(/report-pdf is a binary file; write it with --out FILE/);
  });

  it('refuses bad input with what is wrong and what to do, a non-zero exit code, and nothing written', () => {
    const dir = tempDir();
    const db = path.join(dir, 'g.sqlite');
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'empty.md'), '');
    fs.writeFileSync(path.join(bad, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    fs.writeFileSync(path.join(bad, 'invalid.md'), Buffer.concat([Buffer.from('## 坏文件\n\n'), Buffer.alloc(64, 0xff), Buffer.from('\n')]));
    fs.writeFileSync(path.join(bad, 'huge.md'), `## 大文件\n\n${'很长的文字[[zh:卡塔尔]]。\n'.repeat(700_000)}`);
    fs.copyFileSync(path.join(SWEEP, '02-english.en.md'), path.join(bad, 'good.md'));

    const missing = glossa(['--db', db, 'import', path.join(dir, 'missing.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.md does not exist; check the path/);

    const folder = glossa(['--db', db, 'import', bad, '--json']);
    expect(folder.code).toBe(1);
    expect(folder.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(['How Qatar became indispensable in talks with Hamas']);
    const errors = folder.stderr.trim().split('\n');
    expect(errors.find((l) => l.includes('empty.md'))).toMatch(/empty.*\[EMPTY_FILE\]/);
    expect(errors.find((l) => l.includes('binary.md'))).toMatch(/binary.*\[BINARY_FILE\]/);
    expect(errors.find((l) => l.includes('invalid.md'))).toMatch(/UTF-8.*\[INVALID_UTF8\]/);
    expect(errors.find((l) => l.includes('huge.md'))).toMatch(/16 MB.*\[TOO_LARGE\]/);

    const unknownId = glossa(['--db', db, 'export', '99', '-f', 'md']);
    expect(unknownId.code).toBe(1);
    expect(unknownId.stderr).toMatch(/no article #99; run "glossa list"/);
    expect(unknownId.stdout).toBe('');

    const unknownFormat = glossa(['--db', db, 'export', '1', '-f', 'docx2']);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toMatch(/--format must be md, html, json.*not "docx2"/);

    for (const format of ['md', 'report-pdf', 'tmx']) {
      const into = path.join(dir, 'no-such-folder', `out.${format}`);
      const run = glossa(['--db', db, 'export', '1', '-f', format, '--out', into]);
      expect(run.code, format).toBe(1);
      expect(run.stderr, format).toMatch(/The folder .*no-such-folder does not exist; create it first .* Nothing was written\./);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(fs.existsSync(path.dirname(into))).toBe(false);
    }
    const intoFolder = glossa(['--db', db, 'export', '1', '-f', 'md', '--out', bad]);
    expect(intoFolder.code).toBe(1);
    expect(intoFolder.stderr).toMatch(/is a folder; give --out the name of a file/);
    const emptyOut = glossa(['--db', db, 'export', '1', '-f', 'md', '--out', '']);
    expect(emptyOut.code).toBe(2);
    // A folder given as the database is named as one, not an internal error (EISDIR), and is left as it was.
    const dbFolder = glossa(['--db', bad, 'list']);
    expect(dbFolder.code).toBe(1);
    expect(dbFolder.stderr).toMatch(/is a folder; give --db the name of a database file/);
    expect(dbFolder.stderr).not.toMatch(/internal error/);
    expect(fs.statSync(bad).isDirectory()).toBe(true);

    // --revision is not silently ignored by formats made from the current revision.
    const reportRevision = glossa(['--db', db, 'export', '1', '-f', 'report-md', '--revision', '1']);
    expect(reportRevision.code).toBe(2);
    expect(reportRevision.stderr).toMatch(/--revision is for md, html and json/);

    // An existing file is replaced only by a whole export, and no temporary file is left beside it.
    const target = path.join(dir, 'article.md');
    fs.writeFileSync(target, 'old');
    expect(glossa(['--db', db, 'export', '1', '-f', 'md', '--out', target]).code).toBe(0);
    expect(fs.readFileSync(target).equals(fs.readFileSync(path.join(SWEEP, '02-english.en.md')))).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('glossa-tmp'))).toEqual([]);
    expect(glossa(['--db', db, 'export', '7', '-f', 'md', '--out', target]).code).toBe(1);
    expect(fs.readFileSync(target).equals(fs.readFileSync(path.join(SWEEP, '02-english.en.md')))).toBe(true);
  });
});
