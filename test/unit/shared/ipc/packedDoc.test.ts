import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { markListKey, packDoc, unpackDoc, type PackedDoc } from '../../../../shared/ipc/packedDoc';

const fixture = readFileSync(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url));
const wiki = (lang: string, target: string) => ({ type: 'wikiLink', attrs: { lang, target } });

const handWritten: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '标题' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '卡塔尔', marks: [wiki('zh', '卡塔尔')] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'New York', marks: [wiki('en', 'New York'), { type: 'strong' }] },
        { type: 'hard_break' },
        { type: 'image', attrs: { src: 'https://example.org/a.png', alt: '', title: null }, marks: [{ type: 'link', attrs: { href: 'https://example.org', title: null } }] },
        { type: 'text', text: '卡塔尔', marks: [wiki('zh', '卡塔尔')] },
      ],
    },
    { type: 'paragraph' },
    { type: 'paragraph', content: [] },
    { type: 'bullet_list', attrs: { bullet: '*' }, content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: '一', marks: [] }] }] }] },
  ],
};

describe('packDoc and unpackDoc', () => {
  it('give back exactly the document of an imported article, in a fraction of its JSON', () => {
    const doc = parseArticle(fixture).doc;
    const packed = packDoc(doc);
    if (!packed) throw new Error('the fixture did not pack');
    expect(unpackDoc(packed)).toEqual(doc);
    // It also survives the trip through JSON that the preview host makes.
    expect(unpackDoc(JSON.parse(JSON.stringify(packed)) as PackedDoc)).toEqual(doc);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(doc).length / 2);
  });

  it('keep absent and empty fields apart, node marks, and every kind of node', () => {
    const packed = packDoc(handWritten);
    if (!packed) throw new Error('did not pack');
    const back = unpackDoc(JSON.parse(JSON.stringify(packed)) as PackedDoc);
    expect(back).toEqual(handWritten);
    expect(back.content?.[2]).toEqual({ type: 'paragraph' });
    expect(back.content?.[3]).toEqual({ type: 'paragraph', content: [] });
  });

  it('write each distinct mark list once, and unpacked text with the same marks shares one list', () => {
    const packed = packDoc(handWritten);
    if (!packed) throw new Error('did not pack');
    expect(packed.marks).toHaveLength(4);
    const paragraph = unpackDoc(packed).content?.[1].content ?? [];
    expect(paragraph[0].marks).toBe(paragraph[5].marks);
    expect(paragraph[0].marks).not.toBe(paragraph[2].marks);
  });

  it('decline a document it cannot say exactly, so the caller sends the JSON', () => {
    const odd = (node: unknown): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [node as DocJSON] }] });
    expect(packDoc(odd({ type: 'text', text: 'a', attrs: { x: 1 } }))).toBeNull();
    expect(packDoc(odd({ type: 'text', text: 'a', id: 7 }))).toBeNull();
    expect(packDoc(odd({ type: 'text' }))).toBeNull();
    expect(packDoc(odd({ type: 'text', text: 'a', marks: 'strong' }))).toBeNull();
    expect(packDoc(odd({ type: 'image', text: 'a' }))).toBeNull();
    expect(packDoc(odd({ type: 'image', attrs: [1] }))).toBeNull();
  });

  it('refuse a malformed packed document', () => {
    const bad: unknown[] = [
      { marks: [], doc: ['doc', 0, [['a', 3]]] },
      { marks: [], doc: ['doc', 0, [7]] },
      { marks: [], doc: ['doc', 0, 'not a list'] },
      { marks: [], doc: ['doc', [1], 0] },
      { marks: [], doc: ['doc', 0, 0, 0, 0] },
      { doc: 'x' },
    ];
    for (const packed of bad) expect(() => unpackDoc(packed as PackedDoc)).toThrow(TypeError);
  });
});

describe('markListKey', () => {
  it('names equal lists alike and never confuses different ones, whatever their text holds', () => {
    const lists: unknown[][] = [
      [wiki('zh', '卡塔尔')],
      [wiki('zh', '卡塔')],
      [wiki('en', '卡塔尔')],
      [{ type: 'wikiLink', attrs: { lang: 'zh', target: '1:a' } }],
      [{ type: 'wikiLink', attrs: { lang: 'zh:1', target: 'a' } }],
      [{ type: 'wikiLink', attrs: { lang: 'zh', target: 'a;5:strong' } }],
      [{ type: 'wikiLink', attrs: { lang: 'zh', target: 'a' } }, { type: 'strong' }],
      [{ type: 'strong' }, { type: 'wikiLink', attrs: { lang: 'zh', target: 'a' } }],
      [{ type: 'link', attrs: { href: 'https://a', title: null } }],
      [{ type: 'link', attrs: { href: 'https://a', title: 'null' } }],
      [{ type: 'heading', attrs: { level: 2 } }],
      [{ type: 'heading', attrs: { level: '2' } }],
      [{ type: 'strong', extra: 1 }],
      [{ type: 'strong' }],
    ];
    const keys = lists.map(markListKey);
    expect(new Set(keys).size).toBe(lists.length);
    expect(markListKey([wiki('zh', '卡塔尔')])).toBe(keys[0]);
  });
});
