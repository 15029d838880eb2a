import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const BODY = [
  '[[zh:卡塔尔]]向加沙提供每月 3000 万美元的援助。',
  '第二段说，至少 110 名外国护照持有者离开加沙。',
  '第三段：哈马斯扣押了 200 多名人质。',
].join('\n\n');

function setup(file = path.join(tempDir(), 'glossa.sqlite')): { s: GlossaServices; articleId: number; revisionId: number; text: string } {
  const s = openServices(file, { annotations: { defaultActor: 'tester' } });
  const r = s.imports.importBytes('anno.md', bytes(articleMarkdown({ title: '注释测试', body: BODY })));
  const revision = s.articles.revisionOf(r.articleId!);
  return { s, articleId: r.articleId!, revisionId: revision.id, text: revision.text };
}

function span(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length };
}

/** Replaces text in every text node, as a typing user would. */
function replaceText(doc: DocJSON, from: string, to: string): DocJSON {
  return JSON.parse(JSON.stringify(doc).split(from).join(to)) as DocJSON;
}

describe('annotation service', () => {
  it('creates a claim from offsets with selectors built from the text, and reads it back from a reopened file', () => {
    const file = path.join(tempDir(), 'glossa.sqlite');
    const { s, articleId, revisionId, text } = setup(file);
    const at = span(text, '3000 万美元');
    const created = s.annotations.create({ articleId, revisionId, ...at, motivation: 'assessing', tags: ['money', 'money', ' 援助 '], creator: 'ann' });
    expect(created.target.selectors.quote.exact).toBe('3000 万美元');
    expect(created.target.selectors.quote.prefix.endsWith('加沙提供每月 ')).toBe(true);
    expect(created.claim).toMatchObject({ statedText: '3000 万美元', verdict: 'unverified', status: 'open', sources: [] });
    expect(created.bodies).toEqual([
      { type: 'TextualBody', value: 'money', purpose: 'tagging' },
      { type: 'TextualBody', value: '援助', purpose: 'tagging' },
    ]);
    s.close();
    const again = openServices(file);
    expect(again.annotations.list(articleId)).toEqual({ revisionId, annotations: [created] });
    again.close();
  });

  it('refuses an empty span, a stale revision, a bad verdict and a javascript: source', () => {
    const { s, articleId, revisionId, text } = setup();
    expect(() => s.annotations.create({ articleId, revisionId, start: 3, end: 3, motivation: 'commenting' })).toThrow(/not a span/);
    expect(() => s.annotations.create({ articleId, revisionId: revisionId + 99, start: 0, end: 2, motivation: 'commenting' })).toThrow(/newer revision/);
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '110 名'), motivation: 'assessing' });
    expect(() => s.annotations.update({ id: a.id, claim: { verdict: 'kinda' } })).toThrow(/not a verdict/);
    expect(() => s.annotations.update({ id: a.id, claim: { sources: [{ url: 'javascript:alert(1)' }] } })).toThrow(/Only http and https/);
    // Nothing was half-written: only the creation is in the history.
    expect(s.annotations.history(a.id).map((h) => h.action)).toEqual(['created']);
  });

  it('updates claim details and sources, soft-deletes and restores, keeping every step in history', () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '3000 万美元'), motivation: 'assessing' });
    const updated = s.annotations.update({
      id: a.id,
      actor: 'reviewer',
      bodies: [{ type: 'TextualBody', value: 'Check the ministry figures', purpose: 'commenting' }],
      claim: {
        verdict: 'mostly true',
        status: 'checked',
        reviewer: 'Li',
        english: '$30M per month',
        attributedTo: '卡塔尔',
        rationale: 'Reuters reports the same amount.',
        sources: [{ url: ' https://www.reuters.com/a ', title: 'Reuters', credibility: 5, archiveUrl: 'https://web.archive.org/x' }],
      },
    });
    expect(updated.claim).toMatchObject({ verdict: 'mostly true', status: 'checked', reviewer: 'Li', english: '$30M per month', attributedTo: '卡塔尔' });
    expect(updated.claim?.sources[0]).toMatchObject({ url: 'https://www.reuters.com/a', title: 'Reuters', credibility: 5, publisher: '' });
    const sourceId = updated.claim!.sources[0]!.id;
    const withSnapshot = s.annotations.addSnapshot({
      id: a.id,
      sourceId,
      fileName: 'C:\\saved\\page.html',
      mediaType: 'text/html',
      dataBase64: Buffer.from('<p>saved</p>').toString('base64'),
    });
    expect(withSnapshot.claim?.sources[0]?.snapshot).toEqual({
      fileName: 'page.html',
      mediaType: 'text/html',
      sha256: createHash('sha256').update('<p>saved</p>').digest('hex'),
      size: 12,
    });
    expect(Buffer.from(s.annotations.repository.snapshot(withSnapshot.claim!.sources[0]!.snapshot!.sha256)!.bytes).toString()).toBe('<p>saved</p>');
    // Editing the source list again with the same id keeps the snapshot.
    const kept = s.annotations.update({ id: a.id, claim: { sources: [{ id: sourceId, url: 'https://www.reuters.com/b' }] } });
    expect(kept.claim?.sources[0]?.snapshot?.fileName).toBe('page.html');

    expect(s.annotations.delete(a.id, 'reviewer')).toEqual({ id: a.id, deleted: true });
    expect(s.annotations.list(articleId).annotations).toEqual([]);
    expect(() => s.annotations.update({ id: a.id, tags: ['x'] })).toThrow(/deleted/);
    const history = s.annotations.history(a.id);
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['created', 'tester'],
      ['edited', 'reviewer'],
      ['edited', 'tester'],
      ['edited', 'tester'],
      ['deleted', 'reviewer'],
    ]);
    expect(history[1]?.before?.claim?.verdict).toBe('unverified');
    expect(history[1]?.after?.claim?.verdict).toBe('mostly true');
    expect(history[4]?.after).toBeNull();
    const restored = s.annotations.restore(a.id);
    expect(s.annotations.list(articleId).annotations).toEqual([restored]);
  });

  it('renames and merges tags on every annotation, keeping the colour', () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '卡塔尔'), motivation: 'tagging', tags: ['国家', '中东'] });
    const b = s.annotations.create({ articleId, revisionId, ...span(text, '哈马斯'), motivation: 'tagging', tags: ['组织', '中东'] });
    s.annotations.setTagColour('中东', '#ff0000');
    expect(s.annotations.tags()).toEqual([
      { name: '中东', colour: '#ff0000', count: 2 },
      { name: '国家', colour: null, count: 1 },
      { name: '组织', colour: null, count: 1 },
    ]);
    expect(s.annotations.renameTag('中东', 'Middle East')).toBe(2);
    expect(s.annotations.mergeTags(['国家', '组织'], 'actor')).toBe(2);
    expect(s.annotations.tags()).toEqual([
      { name: 'Middle East', colour: '#ff0000', count: 2 },
      { name: 'actor', colour: null, count: 2 },
    ]);
    // Merging onto a tag an annotation already has leaves it once.
    expect(s.annotations.mergeTags(['actor'], 'Middle East')).toBe(2);
    expect(s.annotations.get(a.id).bodies).toEqual([{ type: 'TextualBody', value: 'Middle East', purpose: 'tagging' }]);
    expect(s.annotations.history(b.id).map((h) => h.action)).toEqual(['created', 'edited', 'edited', 'edited']);
  });

  it('re-anchors after an edit before the span (moved offsets, still anchored) and orphans a deleted paragraph', () => {
    const { s, articleId, revisionId, text } = setup();
    const money = s.annotations.create({ articleId, revisionId, ...span(text, '3000 万美元'), motivation: 'assessing' });
    const hostages = s.annotations.create({ articleId, revisionId, ...span(text, '200 多名人质'), motivation: 'assessing' });
    const passports = s.annotations.create({ articleId, revisionId, ...span(text, '110 名外国护照持有者'), motivation: 'commenting' });

    // Edit before every span: insert a phrase at the start of the first paragraph.
    const doc1 = replaceText(s.articles.revisionOf(articleId).doc, '向加沙', '据报道，向加沙');
    const saved1 = s.edits.saveEdit(articleId, revisionId, doc1);
    const text1 = s.articles.revisionOf(articleId).text;
    const list1 = s.annotations.list(articleId);
    expect(list1.revisionId).toBe(saved1.revisionId);
    for (const a of list1.annotations) {
      expect(a.revisionId).toBe(saved1.revisionId);
      expect(a.anchor.state).toBe('anchored');
      const { start, end } = a.target.selectors.position;
      expect(text1.slice(start, end)).toBe(a.target.selectors.quote.exact);
    }
    expect(s.annotations.get(money.id).target.selectors.position.start).toBe(text1.indexOf('3000 万美元'));
    expect(s.annotations.get(money.id).target.selectors.position.start).toBe(money.target.selectors.position.start + '据报道，'.length);
    expect(s.annotations.history(money.id).map((h) => [h.action, h.actor])).toEqual([
      ['created', 'tester'],
      ['reanchored', 'glossa'],
    ]);

    // Delete the third paragraph: its claim is orphaned, keeps its old selectors, and is still listed.
    const doc2 = s.articles.revisionOf(articleId).doc;
    const withoutThird = { ...doc2, content: (doc2.content ?? []).filter((n) => !JSON.stringify(n).includes('人质')) };
    const saved2 = s.edits.saveEdit(articleId, saved1.revisionId, withoutThird);
    const orphan = s.annotations.get(hostages.id);
    expect(orphan.anchor.state).toBe('orphaned');
    expect(orphan.revisionId).toBe(saved1.revisionId);
    expect(orphan.target.selectors.quote.exact).toBe('200 多名人质');
    // The passports claim is still found (its context reached into the deleted paragraph, so it may ask for a confirm).
    const survivor = s.annotations.get(passports.id);
    expect(survivor.revisionId).toBe(saved2.revisionId);
    expect(survivor.anchor.state).not.toBe('orphaned');
    const survivorText = s.articles.revisionOf(articleId).text;
    expect(survivorText.slice(survivor.target.selectors.position.start, survivor.target.selectors.position.end)).toBe('110 名外国护照持有者');

    // Re-attach the orphan to a new selection: same id, history kept.
    const text2 = s.articles.revisionOf(articleId).text;
    const reattached = s.annotations.reattach({ id: hostages.id, revisionId: saved2.revisionId, ...span(text2, '110 名') });
    expect(reattached).toMatchObject({ id: hostages.id, revisionId: saved2.revisionId, anchor: { state: 'anchored', confidence: 1 } });
    expect(s.annotations.history(hostages.id).map((h) => h.action)).toEqual(['created', 'reanchored', 'reanchored', 'confirmed']);
  });

  it('re-anchors when a changed file is re-imported as a new revision', () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '200 多名人质'), motivation: 'assessing' });
    const changed = articleMarkdown({ title: '注释测试', body: `前言一句。\n\n${BODY}` });
    const r = s.imports.importBytes('anno.md', bytes(changed));
    expect(r.status).toBe('revised');
    const now = s.annotations.get(a.id);
    const newText = s.articles.revisionOf(articleId).text;
    expect(now.revisionId).toBe(r.revisionId);
    expect(newText.slice(now.target.selectors.position.start, now.target.selectors.position.end)).toBe('200 多名人质');
  });

  it('keeps a look-alike edit as moved until confirmed', () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '至少 110 名外国护照持有者离开加沙'), motivation: 'assessing' });
    const doc = replaceText(s.articles.revisionOf(articleId).doc, '至少 110 名外国护照持有者离开加沙', '至少 120 名外国护照持有人离开了加沙');
    s.edits.saveEdit(articleId, revisionId, doc);
    const moved = s.annotations.get(a.id);
    expect(moved.anchor.state).toBe('moved');
    expect(moved.anchor.confidence).toBeLessThan(0.95);
    const confirmed = s.annotations.confirm(a.id);
    expect(confirmed.anchor).toEqual({ state: 'anchored', confidence: 1 });
  });

  it('does not let a pasted duplicate of the sentence silently take the annotation', () => {
    const { s, articleId, revisionId, text } = setup();
    const sentence = '至少 110 名外国护照持有者离开加沙';
    const a = s.annotations.create({ articleId, revisionId, ...span(text, sentence), motivation: 'assessing' });
    // The paragraph gets a copy of the sentence pasted before it.
    const doc = replaceText(s.articles.revisionOf(articleId).doc, '第二段说，', `${sentence}。第二段说，`);
    s.edits.saveEdit(articleId, revisionId, doc);
    const after = s.annotations.get(a.id);
    const newText = s.articles.revisionOf(articleId).text;
    const original = newText.indexOf(sentence, newText.indexOf('第二段说，'));
    const onOriginal = after.target.selectors.position.start === original;
    // Either it stayed on the original sentence, or it asks the checker to confirm; never "anchored" on the copy.
    expect(onOriginal || after.anchor.state === 'moved').toBe(true);
  });

  it('suggests claims on the current revision', () => {
    const { s, articleId } = setup();
    const { suggestions } = s.annotations.suggest(articleId);
    expect(suggestions.find((x) => x.kind !== 'statement' && x.text.includes('3000 万'))).toMatchObject({ value: 30_000_000, currency: 'USD', per: 'month' });
    expect(suggestions.find((x) => x.kind !== 'statement' && x.text.includes('110'))).toMatchObject({ value: 110, approx: 'atLeast' });
  });
});
