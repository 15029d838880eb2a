import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, type Channel, type ChannelOutput } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function door() {
  const file = path.join(tempDir(), 'glossa.sqlite');
  const services = openServices(file, { imports: { batchMaxMs: 0 } });
  const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => {} });
  const call = async (channel: string, input: unknown) => dispatch(handlers, channel, input);
  /** Calls a channel that must succeed and checks its answer against the contract's output schema. */
  const ok = async <C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return contract[channel].output.parse(result.value) as ChannelOutput<C>;
  };
  const id = services.imports.importBytes('qatar.md', fixture).articleId as number;
  return { services, call, ok, id };
}

describe('translation channels', () => {
  it('drive a whole session through the contract: attach, edit, undo, target, suggest, export, import', async () => {
    const { services, ok, call, id } = door();
    expect((await ok('translation.workspace', { id })).english).toBeNull();
    const en = '(Cover photo: Blinken and the Emir of Qatar in Lusail on October 13.)\n\nThe small Persian Gulf state of Qatar is once again at the center of global diplomacy.';
    let ws = await ok('translation.attachEnglish', { id, source: { kind: 'file', name: 'qatar.md', dataBase64: b64(en) } });
    expect(ws.enSentences.map((x) => x.text)).toEqual([
      '(Cover photo: Blinken and the Emir of Qatar in Lusail on October 13.)',
      'The small Persian Gulf state of Qatar is once again at the center of global diplomacy.',
    ]);
    expect(ws.pairs[0]).toMatchObject({ zh: [0], en: [0] });
    ws = await ok('translation.edit', { id, edit: { op: 'confirm', pair: 0 } });
    expect(ws.pairs[0].status).toBe('confirmed');
    const bad = await call('translation.edit', { id, edit: { op: 'explode', pair: 0 } });
    expect(bad.ok).toBe(false);
    ws = await ok('translation.undo', { id });
    expect(ws.pairs[0].status).toBe('auto');
    ws = await ok('translation.edit', { id, edit: { op: 'confirm', pair: 0 } });

    const last = ws.pairs.length - 1;
    ws = await ok('translation.setTarget', { id, pair: last, target: 'Where does it go from here?', status: 'reviewed' });
    expect(ws.pairs[last]).toMatchObject({ target: 'Where does it go from here?', targetStatus: 'reviewed' });

    const suggestions = await ok('translation.suggest', { text: ws.pairs[0].zhText.replace('10月13日', '10月14日') });
    expect(suggestions[0].target).toBe('(Cover photo: Blinken and the Emir of Qatar in Lusail on October 13.)');
    expect(suggestions[0].score).toBeLessThan(100);
    // The pair itself is not its own suggestion.
    expect(await ok('translation.suggest', { id, pair: 0 })).toEqual([]);
    expect((await ok('translation.concordance', { term: 'Lusail' }))[0].targetSpans).toHaveLength(1);

    const xliff = await ok('translation.export', { id, format: 'xliff' });
    expect(xliff.content).toContain('state="reviewed"');
    const tmx = await ok('translation.export', { id, format: 'tmx' });
    expect(await ok('memory.importTmx', { name: 'mine.tmx', dataBase64: b64(tmx.content) })).toEqual({ added: 3, skipped: 0 });

    const checks = await ok('translation.checks', { id });
    expect(checks.some((f) => f.kind === 'untranslated')).toBe(true);
    services.close();
  });

  it('flags the fixture links that cut a word and fixes one as a new article revision', async () => {
    const { services, ok, call, id } = door();
    const findings = await ok('translation.linkReview', { id });
    const cut = findings.find((f) => f.text === '国关');
    expect(cut?.word.text).toBe('两国关系');
    const minister = findings.find((f) => f.text === '外交部' && f.word.text === '外交部长');
    expect(minister?.fixes.map((x) => x.kind)).toEqual(['unlink', 'extend']);
    const base = services.articles.revisionOf(id);
    const saved = await ok('translation.applyLinkFix', { id, baseRevisionId: base.id, fix: cut?.fixes[0] });
    expect(saved.unchanged).toBe(false);
    const after = services.articles.revisionOf(id);
    expect(after.id).toBe(saved.revisionId);
    expect(after.text).toBe(base.text);
    expect(services.articles.wikiLinks(after.id)).toHaveLength(services.articles.wikiLinks(base.id).length - 1);
    expect((await ok('translation.linkReview', { id })).some((f) => f.text === '国关')).toBe(false);

    const extend = (await ok('translation.linkReview', { id })).find((f) => f.text === '外交部' && f.word.text === '外交部长');
    const fix = extend?.fixes.find((x) => x.kind === 'extend');
    const saved2 = await ok('translation.applyLinkFix', { id, baseRevisionId: after.id, fix });
    const links = services.articles.wikiLinks(saved2.revisionId);
    expect(links.some((l) => l.target === '外交部长' && after.text.slice(l.start, l.end) === '外交部长')).toBe(true);
    // A fix on top of an old revision is refused rather than overwriting the newer one.
    const stale = await call('translation.applyLinkFix', { id, baseRevisionId: base.id, fix: cut?.fixes[0] });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    services.close();
  });

  it('manages the glossary: seed from wiki-links, give English, import and export TBX and CSV', async () => {
    const { services, ok, call, id } = door();
    const seeded = await ok('glossary.seedFromArticle', { id });
    expect(seeded.added).toBe(53);
    expect((await ok('glossary.seedFromArticle', { id })).added).toBe(0);
    const qatar = (await ok('glossary.list', { query: '卡塔尔' })).find((t) => t.zh === '卡塔尔');
    expect(qatar).toMatchObject({ en: '', source: 'wiki-link' });
    const updated = await ok('glossary.update', { id: qatar?.id, en: 'Qatar' });
    expect(updated.en).toBe('Qatar');
    const added = await ok('glossary.add', { zh: '哈马斯', en: 'Hamas', note: 'not linked in the article' });
    expect(added.source).toBe('user');
    const conflict = await call('glossary.update', { id: updated.id, en: 'Qatar' });
    expect(conflict.ok).toBe(true);

    const tbx = await ok('glossary.export', { format: 'tbx' });
    const csv = await ok('glossary.export', { format: 'csv' });
    expect(csv.content).toContain('哈马斯,Hamas,not linked in the article');

    const other = door();
    // Entities nobody has given English yet are not terms a TBX can carry; the CSV keeps them as rows to fill in.
    expect(await other.ok('glossary.import', { name: 'terms.tbx', dataBase64: b64(tbx.content) })).toEqual({ added: 2, skipped: 0 });
    expect(await other.ok('glossary.import', { name: 'terms.csv', dataBase64: b64(csv.content) })).toEqual({ added: 0, skipped: 2 });
    const imported = await other.ok('glossary.list', { query: 'hamas' });
    expect(imported).toEqual([expect.objectContaining({ zh: '哈马斯', en: 'Hamas', note: 'not linked in the article', source: 'import' })]);
    expect((await ok('glossary.remove', { id: added.id })).removed).toBe(true);
    expect((await ok('glossary.remove', { id: added.id })).removed).toBe(false);
    other.services.close();
    services.close();
  });
});
