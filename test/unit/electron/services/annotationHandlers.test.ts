import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, type Channel, type ChannelOutput } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));

function door() {
  const services = openServices(path.join(tempDir(), 'glossa.sqlite'), { annotations: { defaultActor: 'desk' } });
  const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
  const call = async (channel: string, input: unknown) => dispatch(handlers, channel, input);
  const ok = async <C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return contract[channel].output.parse(result.value) as ChannelOutput<C>;
  };
  return { services, call, ok };
}

describe('annotation channels', () => {
  it('annotate in one round trip, edit a claim, list, history, tags, suggestions and exports through dispatch', async () => {
    const { services, call, ok } = door();
    const articleId = services.imports.importBytes('qatar.md', fixture).articleId!;
    const { revisionId, suggestions } = await ok('claims.suggest', { articleId });
    const money = suggestions.find((s) => s.kind === 'money' && s.text.includes('3000 万'))!;
    expect(money).toMatchObject({ value: 30_000_000, currency: 'USD', per: 'month' });

    const created = await ok('annotations.create', {
      articleId,
      revisionId,
      start: money.start,
      end: money.end,
      motivation: 'assessing',
      tags: ['money'],
      claim: { value: { ...money } },
    });
    expect(created.claim).toMatchObject({ statedText: money.text, verdict: 'unverified', value: { value: 30_000_000 } });

    const updated = await ok('annotations.update', {
      id: created.id,
      claim: { verdict: 'true', english: '$30M per month', sources: [{ url: 'https://www.reuters.com/x', title: 'Reuters' }] },
    });
    expect(updated.claim?.sources[0]?.url).toBe('https://www.reuters.com/x');
    const bad = await call('annotations.update', { id: created.id, claim: { sources: [{ url: 'file:///etc/passwd' }] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(JSON.stringify(bad)).toContain('Only http and https links can be sources');
    const noScheme = await call('annotations.update', { id: created.id, claim: { sources: [{ url: 'www.reuters.com/x' }] } });
    expect(JSON.stringify(noScheme)).toContain('has no https:// (or http://) in front, so it is not a complete address. Use https://www.reuters.com/x?');
    const badId = await call('annotations.delete', { id: 'not-a-uuid' });
    expect(badId).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    expect((await ok('annotations.list', { articleId })).annotations).toEqual([updated]);
    expect((await ok('annotations.history', { id: created.id })).map((h) => [h.action, h.actor])).toEqual([
      ['created', 'desk'],
      ['edited', 'desk'],
    ]);
    expect(await ok('tags.list', {})).toEqual([{ name: 'money', colour: null, count: 1 }]);
    expect(await ok('tags.setColour', { name: 'money', colour: '#00aa00' })).toEqual({ name: 'money', colour: '#00aa00', count: 1 });
    expect(await ok('tags.rename', { from: 'money', to: 'figures' })).toEqual({ changed: 1 });
    expect((await ok('claims.verdictScale', {})).verdicts.map((v) => v.id)).toContain('mostly false');

    const csv = await ok('annotations.exportReport', { id: articleId, format: 'claims-csv' });
    expect(csv).toMatchObject({ mediaType: 'text/csv; charset=utf-8', encoding: 'utf8' });
    expect(csv.content).toContain('$30M per month');
    const reviews = JSON.parse((await ok('annotations.exportReport', { id: articleId, format: 'claimreview' })).content) as { reviewRating: { ratingValue: number; alternateName: string } }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'True' });

    const jsonld = (await ok('annotations.exportReport', { id: articleId, format: 'jsonld' })).content;
    expect(await ok('annotations.delete', { id: created.id })).toEqual({ id: created.id, deleted: true });
    expect((await ok('annotations.list', { articleId })).annotations).toEqual([]);
    // Importing the export brings the deleted annotation back under the same id.
    expect(await ok('annotations.import', { articleId, json: jsonld })).toEqual({ imported: 1, anchored: 1, moved: 0, orphaned: 0, reanchored: 0 });
    expect((await ok('annotations.list', { articleId })).annotations.map((a) => a.id)).toEqual([created.id]);
    expect((await ok('annotations.history', { id: created.id })).map((h) => h.action)).toEqual(['created', 'edited', 'edited', 'deleted', 'restored']);
    // A file whose positions are off (another tool counted differently): the quote finds the words, shown as moved for
    // the checker to confirm, and the answer says how many were not where the file put them.
    const shifted = jsonld.replace(/"start":\s*(\d+),\s*"end":\s*(\d+)/, (_m, a: string, b: string) => `"start": ${Number(a) + 7}, "end": ${Number(b) + 7}`);
    expect(shifted).not.toBe(jsonld);
    expect(await ok('annotations.import', { articleId, json: shifted })).toEqual({ imported: 1, anchored: 0, moved: 1, orphaned: 0, reanchored: 1 });
    services.close();
  });
});

describe('link, snapshot and revision channels', () => {
  it('links two spans, reads a snapshot back and reports the current revision through dispatch', async () => {
    const { services, call, ok } = door();
    const articleId = services.imports.importBytes('qatar.md', fixture).articleId!;
    const { revisionId } = await ok('annotations.revision', { articleId });
    const text = services.articles.revisionOf(articleId).text;
    const a = text.indexOf('卡塔尔');
    const b = text.indexOf('哈马斯', a + 10);
    const link = await ok('annotations.create', { articleId, revisionId, start: a, end: a + 3, motivation: 'linking', link: { start: b, end: b + 3 } });
    expect(link.bodies).toEqual([expect.objectContaining({ type: 'SpecificResource', purpose: 'linking', anchor: { state: 'anchored', confidence: 1 } })]);
    // A second span outside the text is refused with a message, not stored.
    const bad = await call('annotations.create', { articleId, revisionId, start: a, end: a + 3, motivation: 'linking', link: { start: b, end: text.length + 5 } });
    expect(bad.ok).toBe(false);

    const claim = await ok('annotations.create', { articleId, revisionId, start: b, end: b + 3, motivation: 'assessing', claim: { sources: [{ url: 'https://example.org/s' }] } });
    const sourceId = claim.claim!.sources[0]!.id;
    const pdf = Buffer.from('%PDF-1.7 snapshot');
    const attached = await ok('annotations.addSnapshot', { id: claim.id, sourceId, fileName: 'copy.pdf', mediaType: 'application/pdf', dataBase64: pdf.toString('base64') });
    const sha256 = attached.claim!.sources[0]!.snapshot!.sha256;
    expect(await ok('annotations.snapshot', { id: claim.id, sha256 })).toEqual({ fileName: 'copy.pdf', mediaType: 'application/pdf', size: pdf.byteLength, dataBase64: pdf.toString('base64') });
    const missing = await call('annotations.snapshot', { id: link.id, sha256 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    services.close();
  });
});
