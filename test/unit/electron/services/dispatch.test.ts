import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, type Channel, type ChannelOutput } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { articleMarkdown } from '../articles';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));

function door() {
  const services = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { batchMaxMs: 0 } });
  const opened: string[] = [];
  const handlers = createHandlers(services, {
    pickImportPaths: async () => ({ supported: false, paths: [] }),
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  const call = async (channel: string, input: unknown) => dispatch(handlers, channel, input);
  /** Calls a channel that must succeed and checks its answer against the contract's output schema. */
  const ok = async <C extends Channel>(channel: C, input: unknown): Promise<ChannelOutput<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return contract[channel].output.parse(result.value) as ChannelOutput<C>;
  };
  return { services, opened, call, ok };
}

describe('dispatch', () => {
  it.each([
    ['articles.get', { id: '1' }, /id: .*expected number/],
    ['articles.get', { id: -3 }, /id:/],
    ['articles.get', null, /\(input\)/],
    ['articles.list', { sort: 'colour' }, /sort:/],
    ['articles.export', { id: 1, format: 'pdf' }, /format:/],
    ['articles.search', { query: '   ' }, /query:/],
    ['articles.search', { query: '卡塔尔', limit: 0 }, /limit:/],
    ['articles.search', { query: 'x'.repeat(501) }, /query:/],
    ['articles.saveEdit', { id: 1, baseRevisionId: 1, doc: { content: [] } }, /doc\.type:/],
    ['import.start', {}, /Nothing to import/],
    ['import.start', { files: [{ name: 'a.md' }] }, /files\.0\.dataBase64:/],
    ['import.status', { jobId: 7 }, /jobId:/],
    ['shell.openExternal', { url: '' }, /url:/],
    ['dialog.pickImportPaths', {}, /folders:/],
  ])('rejects malformed input for %s (%j)', async (channel, input, message) => {
    const { call, services } = door();
    const result = await call(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_INPUT');
      expect(result.error.message).toContain(`Invalid input for ${channel}`);
      expect(result.error.message).toMatch(message);
    }
    services.close();
  });

  it('refuses names that are not channels, prototype keys included', async () => {
    const { call, services } = door();
    for (const name of ['articles.delete', '__proto__', 'toString', 'constructor', '']) {
      const result = await call(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    services.close();
  });

  it('passes service errors through with their code and message', async () => {
    const { call, services } = door();
    expect(await call('articles.get', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('#99') } });
    expect(await call('import.status', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    services.close();
  });
});

describe('handlers, through dispatch', () => {
  it('import, list, get, edit, export: answers that fit the contract', async () => {
    const { ok, services } = door();
    const started = await ok('import.start', { files: [{ name: 'qatar.md', dataBase64: fixture.toString('base64') }] });
    const job = await services.imports.wait(started.jobId);
    expect(job.results[0].status).toBe('imported');
    const status = await ok('import.status', { jobId: started.jobId });
    expect(status).toMatchObject({ state: 'finished', done: 1, total: 1 });
    expect(Object.keys(status.results[0]).sort()).toEqual(['articleId', 'error', 'file', 'status', 'title', 'warnings']);

    const list = await ok('articles.list', { query: '卡塔尔', sort: 'title', direction: 'asc' });
    expect(list.map((a) => a.wikiLinks)).toEqual([183]);
    expect(await ok('articles.list', { query: '不存在的标题' })).toEqual([]);

    const detail = await ok('articles.get', { id: list[0].id });
    expect(detail.wikiLinks.length).toBe(183);
    expect(detail.entities[0]).toEqual({ lang: 'zh', target: '卡塔尔', count: 47 });
    expect(detail.revisions.map((r) => r.kind)).toEqual(['import']);

    const unchanged = await ok('articles.saveEdit', { id: detail.summary.id, baseRevisionId: detail.revision.id, doc: detail.doc });
    expect(unchanged).toEqual({ revisionId: detail.revision.id, unchanged: true });

    const md = await ok('articles.export', { id: detail.summary.id, format: 'md' });
    expect(Buffer.from(md.content, 'utf8').equals(fixture)).toBe(true);
    services.close();
  });

  it('imports paths and can cancel a job', async () => {
    const { ok, services } = door();
    const dir = tempDir();
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.md`), articleMarkdown({ title: `文章${i}` }));
    const started = await ok('import.start', { paths: [dir] });
    expect(started.total).toBe(30);
    const cancelled = await ok('import.cancel', { jobId: started.jobId });
    expect(['running', 'cancelled']).toContain(cancelled.state);
    const final = await services.imports.wait(started.jobId);
    expect(final.state).toBe('cancelled');
    expect(services.articles.list().length).toBe(final.results.filter((r) => r.status === 'imported').length);
    services.close();
  });

  it('opens only https URLs that parse, and nothing else', async () => {
    const { call, ok, opened, services } = door();
    expect(await ok('shell.openExternal', { url: 'https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94' })).toEqual({ opened: true });
    for (const url of ['http://example.org/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://', 'not a url', 'glossa://app/index.html']) {
      const result = await call('shell.openExternal', { url });
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(opened).toEqual(['https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94']);
    services.close();
  });

  it('says when a door has no file dialog', async () => {
    const { ok, services } = door();
    expect(await ok('dialog.pickImportPaths', { folders: true })).toEqual({ supported: false, paths: [] });
    services.close();
  });
});
