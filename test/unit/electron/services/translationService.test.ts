import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../../../shared/export/tmx';
import { parseXliff } from '../../../../shared/export/xliffImport';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = fs.readFileSync(path.join(root, 'test/fixtures/qatar-hamas.zh.md'));
const qatarEn = fs.readFileSync(path.join(root, 'test/fixtures/align/qatar-hamas.en.txt'));

/** A short hand-written news item and its translation: numbers, names, one attribution, a quote. */
const ZH_BODY = [
  '[[zh:卡塔尔]]外交部周二表示，已向加沙运送 3000 万美元的援助物资。',
  '发言人马吉德·安萨里说，首批物资包括药品和食品。',
  '“我们将继续与[[zh:埃及]]合作。”他说。',
  '据联合国统计，已有 110 名外国人离开加沙。',
  '[[zh:以色列]]尚未对此发表评论。',
].join('\n\n');
const EN_TEXT = [
  "Qatar's foreign ministry said on Tuesday it had sent $30 million in aid to Gaza.",
  'The first shipment includes medicine and food, spokesman Majed al-Ansari said.',
  '"We will keep working with Egypt," he said.',
  'According to the U.N., 110 foreigners have left Gaza.',
  'Israel has not commented.',
].join('\n');

function open(file: string): GlossaServices {
  return openServices(file);
}

function setupSmall(): { s: GlossaServices; id: number; file: string } {
  const file = path.join(tempDir(), 'glossa.sqlite');
  const s = open(file);
  const r = s.imports.importBytes('aid.md', bytes(articleMarkdown({ title: '卡塔尔援助', body: ZH_BODY, date: '2023-11-03 06:22' })));
  return { s, id: r.articleId as number, file };
}

function fileSource(name: string, content: Buffer | string): { kind: 'file'; name: string; dataBase64: string } {
  return { kind: 'file', name, dataBase64: Buffer.from(content).toString('base64') };
}

describe('translation workspace', () => {
  it('attaches English to a hand-written article and aligns it 1-1 with canonical sentence texts', () => {
    const { s, id } = setupSmall();
    const ws = s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    expect(ws.zhSentences).toHaveLength(5);
    expect(ws.enSentences).toHaveLength(5);
    expect(ws.pairs.map((p) => [p.zh, p.en])).toEqual([0, 1, 2, 3, 4].map((i) => [[i], [i]]));
    expect(ws.pairs[0].zhText).toBe('卡塔尔外交部周二表示，已向加沙运送 3000 万美元的援助物资。');
    expect(ws.pairs[2].zhText).toBe('“我们将继续与埃及合作。”他说。');
    expect(ws.zhText.slice(ws.pairs[3].zhStart as number, ws.pairs[3].zhEnd as number)).toBe(ws.pairs[3].zhText);
    expect(ws.enText.slice(ws.pairs[3].enStart as number, ws.pairs[3].enEnd as number)).toBe('According to the U.N., 110 foreigners have left Gaza.');
    expect(ws.pairs.every((p) => p.status === 'auto' && p.confidence > 0 && p.confidence <= 1)).toBe(true);
    s.close();
  });

  it('aligns the fixture with a real English opening and keeps the alignment in the database', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    let s = open(file);
    const id = s.imports.importBytes('qatar.md', fixture).articleId as number;
    const ws = s.translation.workspace.attachEnglish(id, fileSource('qatar.en.txt', qatarEn));
    expect(ws.enSentences.length).toBeGreaterThanOrEqual(15);
    // Every sentence of both sides is in exactly one pair, in order.
    expect(ws.pairs.flatMap((p) => p.zh)).toEqual(ws.zhSentences.map((_, i) => i));
    expect(ws.pairs.flatMap((p) => p.en)).toEqual(ws.enSentences.map((_, i) => i));
    expect(ws.pairs.some((p) => p.zhText.includes('[['))).toBe(false);
    const passports = ws.pairs.find((p) => p.enText.includes('110 foreign passport holders'));
    expect(passports?.zhText).toContain('110 名外国护照持有者');
    const cover = ws.pairs.find((p) => p.enText.startsWith('(Cover photo'));
    expect(cover?.zhText).toContain('封面图片');
    s.close();
    s = open(file);
    const again = s.translation.workspace.workspace(id);
    expect(again.pairs).toEqual(ws.pairs);
    expect(again.english?.fileName).toBe('qatar.en.txt');
    s.close();
  });

  it('saves every edit at once: merge, confirm and undo survive closing the database mid-task', () => {
    const { s, id, file } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    let ws = s.translation.workspace.edit(id, { op: 'merge', pair: 0 });
    expect(ws.pairs[0]).toMatchObject({ zh: [0, 1], en: [0, 1], status: 'confirmed', confidence: 1 });
    ws = s.translation.workspace.edit(id, { op: 'confirm', pair: 3 });
    expect(ws.undoDepth).toBe(2);
    s.close();

    const s2 = open(file);
    ws = s2.translation.workspace.workspace(id);
    expect(ws.pairs).toHaveLength(4);
    expect(ws.pairs[3]).toMatchObject({ zh: [4], en: [4], status: 'confirmed' });
    expect(ws.undoDepth).toBe(2);
    ws = s2.translation.workspace.undo(id);
    expect(ws.pairs[3].status).toBe('auto');
    ws = s2.translation.workspace.undo(id);
    expect(ws.pairs.map((p) => p.zh)).toEqual([[0], [1], [2], [3], [4]]);
    expect(ws.undoDepth).toBe(0);
    // Nothing left to undo: the workspace comes back as it is.
    expect(s2.translation.workspace.undo(id).pairs).toEqual(ws.pairs);
    s2.close();
  });

  it('splits, shifts, inserts gaps and counts split points inside the pair', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    s.translation.workspace.edit(id, { op: 'merge', pair: 1 });
    let ws = s.translation.workspace.edit(id, { op: 'split', pair: 1, zhAt: 1, enAt: 1 });
    expect(ws.pairs.slice(1, 3).map((p) => [p.zh, p.en])).toEqual([[[1], [1]], [[2], [2]]]);
    ws = s.translation.workspace.edit(id, { op: 'shift', pair: 2, side: 'en', direction: 'up' });
    expect(ws.pairs[1].en).toEqual([1, 2]);
    expect(ws.pairs[2]).toMatchObject({ zh: [2], en: [] });
    ws = s.translation.workspace.edit(id, { op: 'insertGap', pair: 4, side: 'en', where: 'before' });
    expect(ws.pairs.flatMap((p) => p.en)).toEqual([0, 1, 2, 3, 4]);
    expect(() => s.translation.workspace.edit(id, { op: 'merge', pair: ws.pairs.length - 1 })).toThrow(/last/);
    expect(() => s.translation.workspace.edit(id, { op: 'confirm', pair: 99 })).toThrow();
    s.close();
  });

  it('splits and merges a sentence in the segmentation, realigns around it, and undoes that too', () => {
    const { s, id, file } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    s.translation.workspace.edit(id, { op: 'confirm', pair: 0 });
    const before = s.translation.workspace.workspace(id);
    const comma = before.enSentences[1].text.indexOf(', spokesman');
    let ws = s.translation.workspace.editSentence(id, { op: 'splitSentence', side: 'en', sentence: 1, offset: comma + 1 });
    expect(ws.enSentences.map((x) => x.text).slice(1, 3)).toEqual(['The first shipment includes medicine and food,', 'spokesman Majed al-Ansari said.']);
    expect(ws.pairs[0]).toMatchObject({ zh: [0], en: [0], status: 'confirmed' });
    expect(ws.pairs.flatMap((p) => p.en)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ws.pairs.find((p) => p.zh.includes(1))?.en).toEqual([1, 2]);
    s.close();
    const s2 = open(file);
    ws = s2.translation.workspace.workspace(id);
    expect(ws.enSentences).toHaveLength(6);
    ws = s2.translation.workspace.editSentence(id, { op: 'mergeSentence', side: 'zh', sentence: 3 });
    expect(ws.zhSentences).toHaveLength(4);
    expect(ws.zhSentences[3].text).toBe('据联合国统计，已有 110 名外国人离开加沙。以色列尚未对此发表评论。');
    expect(ws.pairs.flatMap((p) => p.zh)).toEqual([0, 1, 2, 3]);
    ws = s2.translation.workspace.undo(id);
    expect(ws.zhSentences).toHaveLength(5);
    ws = s2.translation.workspace.undo(id);
    expect(ws.enSentences).toHaveLength(5);
    expect(ws.pairs.map((p) => p.en)).toEqual([[0], [1], [2], [3], [4]]);
    s2.close();
  });

  it('keeps the sentences an alignment was made on, and says what to do with one made on other sentence rules', () => {
    const { s, id, file } = setupSmall();
    const ws = s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    const store = s.translation.workspace.store;
    // The spans are stored with the alignment: a later Glossa cutting sentences differently still finds these.
    expect(store.segmentation('zh', ws.zhRevisionId)?.spans).toEqual(ws.zhSentences.map(({ start, end }) => ({ start, end })));
    expect(store.segmentation('en', (ws.english as { id: number }).id)?.userEdited).toBe(false);

    // A database from before spans were stored, whose beads were made on other sentence rules (4 Chinese sentences
    // where the current rules cut 5): the workspace refuses with what to do, rather than failing inside.
    const db = new Database(file);
    db.prepare('DELETE FROM segmentations').run();
    db.close();
    const row = store.alignment(id) as NonNullable<ReturnType<typeof store.alignment>>;
    const legacy = [0, 1, 2, 3].map((i) => ({ zh: [i], en: i === 3 ? [3, 4] : [i], confidence: 0.9, status: 'auto' as const }));
    store.updateBeads(row.id, row.zhRevisionId, legacy, new Date().toISOString());
    expect(() => s.translation.workspace.workspace(id)).toThrow(/earlier version of Glossa.*glossa align/s);

    // Attaching the English again aligns afresh on today's sentences.
    const again = s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    expect(again.pairs.map((p) => [p.zh, p.en])).toEqual([0, 1, 2, 3, 4].map((i) => [[i], [i]]));
    s.close();
  });

  it('keeps the previous English side as a revision when English is attached again', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, fileSource('first.txt', 'Qatar sent aid.\nIt came by road.'));
    const ws = s.translation.workspace.attachEnglish(id, fileSource('second.md', `# Qatar aid\n\n${EN_TEXT}`));
    expect(ws.english).toMatchObject({ fileName: 'second.md', kind: 'file' });
    expect(ws.englishRevisions.map((r) => r.fileName)).toEqual(['first.txt']);
    expect(s.translation.workspace.store.englishSides(id).map((x) => x.text)).toEqual([ws.enText, 'Qatar sent aid.\nIt came by road.']);
    expect(ws.enSentences).toHaveLength(5);
    s.close();
  });

  it('feeds confirmed pairs to the memory, and suggests them with a percentage for a similar sentence', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    expect(s.translation.memory.suggest('卡塔尔外交部周三表示，已向加沙运送 3000 万美元的援助物资。')).toEqual([]);
    s.translation.workspace.edit(id, { op: 'confirm', pair: 0 });
    const hits = s.translation.memory.suggest('卡塔尔外交部周三表示，已向加沙运送 3000 万美元的援助物资。');
    expect(hits).toHaveLength(1);
    expect(hits[0].target).toBe("Qatar's foreign ministry said on Tuesday it had sent $30 million in aid to Gaza.");
    expect(hits[0].score).toBeGreaterThan(85);
    expect(hits[0].score).toBeLessThan(100);
    expect(hits[0].origin).toBe('卡塔尔援助');
    // Undoing the confirmation takes the pair out of the memory again.
    s.translation.workspace.undo(id);
    expect(s.translation.memory.suggest('卡塔尔外交部周三表示，已向加沙运送 3000 万美元的援助物资。')).toEqual([]);
    s.translation.workspace.edit(id, { op: 'confirmAll' });
    const conc = s.translation.memory.concordance('加沙');
    expect(conc.map((h) => h.target)).toEqual([
      "Qatar's foreign ministry said on Tuesday it had sent $30 million in aid to Gaza.",
      'According to the U.N., 110 foreigners have left Gaza.',
    ]);
    expect(conc[0].sourceSpans[0]).toEqual({ start: 13, end: 15 });
    s.close();
  });

  it('keeps typed targets of a fresh translation, and checks them', () => {
    const { s, id, file } = setupSmall();
    let ws = s.translation.workspace.attachEnglish(id, { kind: 'empty' });
    expect(ws.pairs.map((p) => [p.zh, p.en, p.targetStatus])).toEqual([0, 1, 2, 3, 4].map((i) => [[i], [], 'new']));
    ws = s.translation.workspace.setTarget(id, 0, 'Qatar said on Tuesday it had sent $300 million in aid to Gaza.', 'draft');
    ws = s.translation.workspace.setTarget(id, 3, 'According to the U.N., 110 foreigners have left Gaza.', 'translated');
    s.close();
    const s2 = open(file);
    ws = s2.translation.workspace.workspace(id);
    expect(ws.pairs[0]).toMatchObject({ target: 'Qatar said on Tuesday it had sent $300 million in aid to Gaza.', targetStatus: 'draft' });
    const findings = s2.translation.review.checks(id);
    expect(findings.filter((f) => f.kind === 'number').map((f) => f.pairIndex)).toEqual([0]);
    expect(findings.filter((f) => f.kind === 'untranslated').map((f) => f.pairIndex)).toEqual([1, 2, 4]);
    // A translated target feeds the memory; a draft does not.
    expect(s2.translation.memory.suggest('据联合国统计，已有 110 名外国人离开加沙。')[0]?.score).toBe(100);
    expect(s2.translation.memory.suggest('卡塔尔外交部周二表示，已向加沙运送 3000 万美元的援助物资。')).toEqual([]);
    s2.close();
  });

  it('flags glossary terms missing from the English once the entity has its English', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT.replace('working with Egypt', 'working with Cairo') });
    expect(s.translation.review.checks(id).filter((f) => f.kind === 'term')).toEqual([]);
    const egypt = s.translation.glossary.list().find((t) => t.zh === '埃及');
    expect(egypt).toBeUndefined();
    s.translation.glossary.seed(['卡塔尔', '埃及', '以色列']);
    const seeded = s.translation.glossary.list();
    expect(seeded.map((t) => [t.zh, t.en, t.source])).toEqual([
      ['以色列', '', 'wiki-link'],
      ['卡塔尔', '', 'wiki-link'],
      ['埃及', '', 'wiki-link'],
    ]);
    s.translation.glossary.update(seeded[2].id, 'Egypt');
    const terms = s.translation.review.checks(id).filter((f) => f.kind === 'term');
    expect(terms.map((f) => f.pairIndex)).toEqual([2]);
    expect(terms[0].detail).toContain('Egypt');
    s.close();
  });

  it('exports TMX, XLIFF 2.1 and 1.2, TSV and bilingual HTML; TMX goes back into another memory', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    s.translation.workspace.edit(id, { op: 'confirm', pair: 1 });
    const tmx = s.translation.review.exportAs(id, 'tmx');
    expect(tmx.fileName).toBe('卡塔尔援助.tmx');
    const units = parseTmx(tmx.content);
    expect(units).toHaveLength(5);
    expect(units[1]).toMatchObject({ source: '发言人马吉德·安萨里说，首批物资包括药品和食品。', pairStatus: 'confirmed' });
    const xliff = parseXliff(s.translation.review.exportAs(id, 'xliff').content);
    expect(xliff.map((u) => u.target)).toEqual(EN_TEXT.split('\n'));
    expect(parseXliff(s.translation.review.exportAs(id, 'xliff12').content)).toHaveLength(5);
    const tsv = s.translation.review.exportAs(id, 'tsv').content.trim().split('\n');
    expect(tsv[4]).toBe('以色列尚未对此发表评论。\tIsrael has not commented.');
    const html = s.translation.review.exportAs(id, 'bilingual-html').content;
    expect(html).toContain('According to the U.N., 110 foreigners have left Gaza.');

    const other = open(path.join(tempDir(), 'other.sqlite'));
    expect(other.translation.memory.importTmx('aid.tmx', tmx.content)).toEqual({ added: 5, skipped: 0 });
    expect(other.translation.memory.importTmx('aid.tmx', tmx.content)).toEqual({ added: 0, skipped: 5 });
    const hit = other.translation.memory.suggest('以色列尚未对此事发表评论。');
    expect(hit[0]).toMatchObject({ target: 'Israel has not commented.' });
    expect(hit[0].score).toBeGreaterThan(80);
    other.close();
    s.close();
  });

  it('marks the alignment stale when the Chinese gets a new revision, and realigns on the new text', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    const base = s.articles.revisionOf(id);
    const doc = JSON.parse(JSON.stringify(base.doc).split('尚未对此发表评论').join('拒绝置评')) as typeof base.doc;
    const saved = s.edits.saveEdit(id, base.id, doc);
    let ws = s.translation.workspace.workspace(id);
    expect(ws.stale).toBe(true);
    expect(ws.pairs[4].zhText).toBe('以色列尚未对此发表评论。');
    ws = s.translation.workspace.edit(id, { op: 'realign' });
    expect(ws).toMatchObject({ stale: false, zhRevisionId: saved.revisionId });
    expect(ws.pairs[4]).toMatchObject({ zhText: '以色列拒绝置评。', enText: 'Israel has not commented.' });
    s.close();
  });

  it('carries confirmed pairs and typed targets over a re-imported changed Chinese file, and reports what it could not', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    for (const pair of [1, 2, 4]) s.translation.workspace.edit(id, { op: 'confirm', pair });
    s.translation.workspace.setTarget(id, 3, 'The U.N. says 110 foreigners have left Gaza.', 'reviewed');
    // The changed file: a new opening sentence, sentence 2 lightly edited, sentence 5 rewritten completely.
    const changed = [
      '[[zh:埃及]]方面周一表示，拉法口岸将在本周重新开放。',
      ZH_BODY.replace('首批物资', '第一批物资').replace('[[zh:以色列]]尚未对此发表评论。', '以方发言人周三拒绝就卡塔尔的说法置评，并称行动仍将继续。'),
    ].join('\n\n');
    const r = s.imports.importBytes('aid.md', bytes(articleMarkdown({ title: '卡塔尔援助', body: changed, date: '2023-11-03 06:22' })));
    expect(r).toMatchObject({ articleId: id, status: 'revised' });
    expect(s.translation.workspace.workspace(id).stale).toBe(true);
    const ws = s.translation.workspace.edit(id, { op: 'realign' });
    expect(ws.stale).toBe(false);
    const confirmed = ws.pairs.filter((p) => p.status === 'confirmed');
    expect(confirmed.map((p) => [p.zh, p.en])).toEqual([[[2], [1]], [[3], [2]]]);
    expect(confirmed[0].zhText).toBe('发言人马吉德·安萨里说，第一批物资包括药品和食品。');
    const un = ws.pairs.find((p) => p.zhText.startsWith('据联合国统计'));
    expect(un).toMatchObject({ zh: [4], target: 'The U.N. says 110 foreigners have left Gaza.', targetStatus: 'reviewed' });
    expect(ws.carry).toMatchObject({ side: 'zh', carried: 2, targetsCarried: 1 });
    expect(ws.carry?.edited.map((e) => e.pair)).toEqual([ws.pairs.indexOf(confirmed[0])]);
    expect(ws.carry?.lost).toEqual([
      { reason: 'changed', zhText: '以色列尚未对此发表评论。', enText: 'Israel has not commented.', status: 'confirmed', target: null, targetStatus: null },
    ]);
    // The report survives a reload, and undo takes the whole carry-over back (old revision, pairs and targets).
    expect(s.translation.workspace.workspace(id).carry?.lost).toHaveLength(1);
    const undone = s.translation.workspace.undo(id);
    expect(undone).toMatchObject({ stale: true, carry: null });
    expect(undone.pairs.filter((p) => p.status === 'confirmed').map((p) => p.zh)).toEqual([[1], [2], [4]]);
    expect(undone.pairs[3]).toMatchObject({ target: 'The U.N. says 110 foreigners have left Gaza.' });
    s.close();
  });

  it('carries confirmed pairs and targets when the English side is replaced, and lists the pairs whose English went away', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    s.translation.workspace.edit(id, { op: 'confirm', pair: 0 });
    s.translation.workspace.edit(id, { op: 'confirm', pair: 2 });
    s.translation.workspace.setTarget(id, 4, 'Israel declined to comment.', 'translated');
    const lines = EN_TEXT.split('\n');
    const replaced = [lines[0], 'Aid agencies welcomed the shipment.', lines[1], '"Egypt remains our partner," the spokesman added.', lines[3], lines[4]].join('\n');
    const ws = s.translation.workspace.attachEnglish(id, fileSource('revised.txt', replaced));
    expect(ws.english?.fileName).toBe('revised.txt');
    expect(ws.pairs.filter((p) => p.status === 'confirmed').map((p) => [p.zh, p.en])).toEqual([[[0], [0]]]);
    expect(ws.pairs.find((p) => p.zh[0] === 4)).toMatchObject({ target: 'Israel declined to comment.', targetStatus: 'translated' });
    expect(ws.carry).toMatchObject({ side: 'en', carried: 1, targetsCarried: 1 });
    expect(ws.carry?.lost.map((l) => [l.reason, l.zhText, l.enText])).toEqual([['changed', '“我们将继续与埃及合作。”他说。', '"We will keep working with Egypt," he said.']]);
    expect(ws.undoDepth).toBe(1);
    s.close();
  });

  it('keeps a confirmed pair the user had split into two sentences when the Chinese gets a new revision', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    // Split 发言人马吉德·安萨里说，|首批物资… on the old revision and confirm its pair (now 2-1).
    let ws = s.translation.workspace.editSentence(id, { op: 'splitSentence', side: 'zh', sentence: 1, offset: '发言人马吉德·安萨里说，'.length });
    const pair = ws.pairs.findIndex((p) => p.zh.includes(1));
    ws = s.translation.workspace.edit(id, { op: 'confirm', pair });
    expect(ws.pairs[pair]).toMatchObject({ zh: [1, 2], en: [1], status: 'confirmed' });
    const base = s.articles.revisionOf(id);
    const doc = JSON.parse(JSON.stringify(base.doc).split('尚未对此发表评论').join('拒绝置评')) as typeof base.doc;
    s.edits.saveEdit(id, base.id, doc);
    ws = s.translation.workspace.edit(id, { op: 'realign' });
    // The new revision has the default segmentation (one sentence there): the pair follows it as 1-1, still confirmed.
    expect(ws.pairs.filter((p) => p.status === 'confirmed').map((p) => [p.zhText, p.enText])).toEqual([
      ['发言人马吉德·安萨里说，首批物资包括药品和食品。', 'The first shipment includes medicine and food, spokesman Majed al-Ansari said.'],
    ]);
    expect(ws.carry).toMatchObject({ carried: 1, lost: [] });
    s.close();
  });

  it('keeps every typed target of a fresh translation when a Chinese sentence is edited', () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'empty' });
    s.translation.workspace.setTarget(id, 0, 'Qatar sent $30 million in aid to Gaza on Tuesday.', 'draft');
    s.translation.workspace.setTarget(id, 4, 'Israel has not commented.', 'final');
    const base = s.articles.revisionOf(id);
    const doc = JSON.parse(JSON.stringify(base.doc).split('据联合国统计').join('另据联合国统计')) as typeof base.doc;
    s.edits.saveEdit(id, base.id, doc);
    const ws = s.translation.workspace.edit(id, { op: 'realign' });
    expect(ws.pairs.filter((p) => p.target !== null).map((p) => [p.zh, p.target, p.targetStatus])).toEqual([
      [[0], 'Qatar sent $30 million in aid to Gaza on Tuesday.', 'draft'],
      [[4], 'Israel has not commented.', 'final'],
    ]);
    expect(ws.carry?.lost).toEqual([]);
    s.close();
  });

  it('shows claims and notes on the Chinese beside the pair they overlap, and exports them', async () => {
    const { s, id } = setupSmall();
    s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
    const revision = s.articles.revisionOf(id);
    const start = revision.text.indexOf('3000 万美元');
    s.annotations.create({ articleId: id, revisionId: revision.id, start, end: start + '3000 万美元'.length, motivation: 'assessing', claim: { english: '$30 million' } });
    const quote = revision.text.indexOf('110 名外国人');
    s.annotations.create({
      articleId: id,
      revisionId: revision.id,
      start: quote,
      end: quote + 3,
      motivation: 'commenting',
      bodies: [{ type: 'TextualBody', purpose: 'commenting', value: 'UN figure from Thursday' }],
    });
    const ws = s.translation.workspace.workspace(id);
    expect(ws.pairs[0].notes).toEqual([expect.objectContaining({ category: 'claim', text: expect.stringContaining('3000 万美元 ($30 million)') })]);
    expect(ws.pairs[3].notes).toEqual([{ category: 'annotation', text: 'UN figure from Thursday', appliesTo: 'source' }]);
    expect(ws.pairs[1].notes).toBeUndefined();
    // Both annotations are drawn on the Chinese of the pair list, labelled with what they say.
    expect(ws.zhHighlights.map((h) => [ws.zhText.slice(h.start, h.end), h.motivation, h.label])).toEqual([
      ['3000 万美元', 'assessing', 'Claim: 3000 万美元 — unverified'],
      ['110', 'commenting', 'UN figure from Thursday'],
    ]);
    expect(s.translation.review.exportAs(id, 'bilingual-html').content).toContain('UN figure from Thursday');
    expect(parseXliff(s.translation.review.exportAs(id, 'xliff').content)[3].notes?.map((n) => n.text)).toEqual(['UN figure from Thursday']);
    // The DOCX table carries them too, beside their pair.
    const docx = await s.translation.review.exportFile(id, 'docx');
    expect(docx).toMatchObject({ fileName: '卡塔尔援助.bilingual.docx', encoding: 'base64' });
    const xml = strFromU8(unzipSync(Buffer.from(docx.content, 'base64'))['word/document.xml']);
    expect(xml.indexOf('UN figure from Thursday')).toBeGreaterThan(xml.indexOf('110 名外国人'));
    expect(xml.indexOf('UN figure from Thursday')).toBeLessThan(xml.indexOf('以色列'));
    s.close();
  });

  it('refuses to work on an article without English or a missing article, saying what to do', () => {
    const { s, id } = setupSmall();
    expect(s.translation.workspace.workspace(id)).toMatchObject({ english: null, pairs: [] });
    expect(() => s.translation.workspace.edit(id, { op: 'confirm', pair: 0 })).toThrow(/attach English first/);
    expect(() => s.translation.review.checks(id)).toThrow(/attach English first/);
    expect(() => s.translation.workspace.workspace(999)).toThrow(/no article #999/);
    s.close();
  });
});

describe('language tags of a traditional article', () => {
  it('labels its TMX, XLIFF and memory rows zh-Hant, and a simplified article zh-CN', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const s = open(file);
    const traditional = ZH_BODY.replace('外交部周二表示，已向加沙运送 3000 万美元的援助物资。', '外交部週二表示，已向加沙運送 3000 萬美元的援助物資。')
      .replace('发言人马吉德·安萨里说，首批物资包括药品和食品。', '發言人馬吉德·安薩里說，首批物資包括藥品和食品。')
      .replace('据联合国统计，已有 110 名外国人离开加沙。', '據聯合國統計，已有 110 名外國人離開加沙。');
    const tw = s.imports.importBytes('tw.md', bytes(articleMarkdown({ title: '卡塔爾援助', body: traditional, date: '2023-11-03 06:22' }))).articleId as number;
    const cn = s.imports.importBytes('cn.md', bytes(articleMarkdown({ title: '卡塔尔援助', body: ZH_BODY, date: '2023-11-04 06:22' }))).articleId as number;
    for (const id of [tw, cn]) {
      s.translation.workspace.attachEnglish(id, { kind: 'text', text: EN_TEXT });
      s.translation.workspace.edit(id, { op: 'confirm', pair: 1 });
    }
    expect(s.translation.review.exportAs(tw, 'tmx').content).toContain('srclang="zh-Hant"');
    expect(s.translation.review.exportAs(tw, 'xliff').content).toContain('srcLang="zh-Hant"');
    expect(s.translation.review.exportAs(cn, 'tmx').content).toContain('srclang="zh-CN"');
    expect(s.db.prepare('SELECT article_id, source_lang FROM translation_memory ORDER BY id').raw().all()).toEqual([
      [tw, 'zh-Hant'],
      [cn, 'zh-CN'],
    ]);
    s.close();
  });
});
