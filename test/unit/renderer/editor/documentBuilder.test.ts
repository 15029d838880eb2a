import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { documentFromJSON } from '../../../../shared/text/canonical';
import { buildDocument, buildPackedDocument } from '../../../../renderer/editor/documentBuilder';
import { packDoc, type PackedDoc } from '../../../../shared/ipc/packedDoc';

const fixture = readFileSync(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url), 'utf8');

const wiki = (lang: string, target: string) => ({ type: 'wikiLink', attrs: { lang, target } });
const t = (text: string, ...marks: DocJSON['marks'] & object) => ({ type: 'text', text, ...(marks.length ? { marks } : {}) });

/** A document with every kind of block and inline the schema has, written by hand. */
const handWritten: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [t('标题 '), t('卡塔尔', wiki('zh', '卡塔尔'))] },
    {
      type: 'paragraph',
      content: [
        t('Before '),
        t('bold link', wiki('en', 'New York'), { type: 'strong' }),
        t(' and '),
        t('plain link', wiki('en', 'New_York')),
        t(' then '),
        t('site', { type: 'link', attrs: { href: 'https://example.org', title: null } }),
        { type: 'hard_break' },
        t('code', { type: 'code' }),
        { type: 'image', attrs: { src: 'https://example.org/a.png', alt: 'A', title: null } },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [t('引用', { type: 'em' }, wiki('zh', '哈马斯'))] }] },
    { type: 'horizontal_rule' },
    { type: 'code_block', attrs: { info: 'ts' }, content: [t('const a = 1;')] },
    {
      type: 'bullet_list',
      content: [
        { type: 'list_item', content: [{ type: 'paragraph', content: [t('one', wiki('zh', '多哈'))] }] },
        {
          type: 'list_item',
          content: [
            { type: 'paragraph' },
            { type: 'ordered_list', attrs: { order: 4 }, content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [t('four', { type: 'strike' })] }] }] },
          ],
        },
      ],
    },
  ],
};

function same(json: DocJSON): void {
  const built = buildDocument(json);
  const reference = documentFromJSON(json);
  expect(built.eq(reference)).toBe(true);
  expect(built.toJSON()).toEqual(reference.toJSON());
  // The wire form builds the same document.
  const packed = packDoc(json);
  if (!packed) throw new Error('the test document cannot be packed');
  const fromWire = buildPackedDocument(JSON.parse(JSON.stringify(packed)) as PackedDoc);
  expect(fromWire.eq(reference)).toBe(true);
  expect(fromWire.toJSON()).toEqual(reference.toJSON());
}

describe('buildDocument', () => {
  it('builds the same document as Node.fromJSON for an imported article', () => {
    same(parseArticle(new TextEncoder().encode(fixture)).doc);
  });

  it('builds the same document for every kind of block and mark, including links inside bold and shared marks', () => {
    same(handWritten);
    const doc = buildDocument(handWritten);
    // Adjacent text with the same marks is joined, as ProseMirror always does.
    const joined = buildDocument({ type: 'doc', content: [{ type: 'paragraph', content: [t('a', wiki('zh', 'X')), t('b', wiki('zh', 'X'))] }] });
    expect(joined.firstChild?.childCount).toBe(1);
    expect(joined.firstChild?.firstChild?.text).toBe('ab');
    expect(doc.textContent).toContain('bold link');
  });

  it('keeps marks of different targets or languages apart', () => {
    const doc = buildDocument({ type: 'doc', content: [{ type: 'paragraph', content: [t('a', wiki('zh', 'X')), t('b', wiki('en', 'X')), t('c', wiki('zh', 'Y'))] }] });
    const targets: string[] = [];
    doc.descendants((n) => {
      if (n.isText) targets.push(`${String(n.marks[0].attrs.lang)}:${String(n.marks[0].attrs.target)}=${n.text}`);
    });
    expect(targets).toEqual(['zh:X=a', 'en:X=b', 'zh:Y=c']);
  });

  const invalid: [string, DocJSON][] = [
    ['an unknown node type', { type: 'doc', content: [{ type: 'table' }] }],
    ['an unknown mark', { type: 'doc', content: [{ type: 'paragraph', content: [t('a', { type: 'underline' })] }] }],
    ['a wiki-link without its target', { type: 'doc', content: [{ type: 'paragraph', content: [t('a', { type: 'wikiLink', attrs: { lang: 'zh' } })] }] }],
    ['a paragraph inside a paragraph', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph', content: [t('a')] }] }] }],
    ['marks in a code block', { type: 'doc', content: [{ type: 'code_block', content: [t('a', { type: 'strong' })] }] }],
    ['the same mark twice', { type: 'doc', content: [{ type: 'paragraph', content: [t('a', { type: 'strong' }, { type: 'strong' })] }] }],
    ['a text node without text', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] }],
    ['an empty text node', { type: 'doc', content: [{ type: 'paragraph', content: [t('')] }] }],
    ['a document without blocks', { type: 'doc', content: [] }],
    ['a list without items', { type: 'doc', content: [{ type: 'bullet_list', content: [] }] }],
  ];
  it.each(invalid)('refuses %s, as Node.fromJSON does', (_label, json) => {
    expect(() => documentFromJSON(json)).toThrow();
    expect(() => buildDocument(json)).toThrow(RangeError);
    const packed = packDoc(json);
    if (packed) expect(() => buildPackedDocument(packed)).toThrow(RangeError);
  });

  const malformed: [string, unknown][] = [
    ['no mark lists', { doc: ['doc', 0, [['paragraph', 0, ['a']]]] }],
    ['a missing mark list', { marks: [], doc: ['doc', 0, [['paragraph', 0, [['a', 0]]]]] }],
    ['a node of another shape', { marks: [], doc: ['doc', 0, [['paragraph', 0, [7]]]] }],
    ['a node with too many fields', { marks: [], doc: ['doc', 0, [['paragraph', 0, 0, 0, 0]]] }],
    ['attributes that are a list', { marks: [], doc: ['doc', [1], [['paragraph', 0, ['a']]]] }],
    ['content that is not a list', { marks: [], doc: ['doc', 0, 'a'] }],
  ];
  it.each(malformed)('refuses a packed document with %s', (_label, packed) => {
    expect(() => buildPackedDocument(packed as PackedDoc)).toThrow(TypeError);
  });

  it('drops attributes the schema does not know, as Node.fromJSON does', () => {
    same({ type: 'doc', content: [{ type: 'paragraph', attrs: { align: 'left' }, content: [t('a', { type: 'wikiLink', attrs: { lang: 'zh', target: 'X', colour: 'red' } })] }] });
  });

  it('refuses a mark list that is not a list', () => {
    const json = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: 'strong' }] }] } as unknown as DocJSON;
    expect(() => buildDocument(json)).toThrow(RangeError);
  });
});
