import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { packDoc } from '../../../../shared/ipc/packedDoc';
import { decodeStoredDoc, encodeStoredDoc, packedOfStoredDoc } from '../../../../shared/model/storedDoc';

const fixture = readFileSync(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url));

describe('the stored document column', () => {
  it('keeps an imported article packed, in under half its JSON, and reads it back exactly', () => {
    const doc = parseArticle(fixture).doc;
    const stored = encodeStoredDoc(doc);
    expect(stored.length).toBeLessThan(JSON.stringify(doc).length / 2);
    expect(decodeStoredDoc(stored)).toEqual(doc);
    // Opening sends the packed form as stored: no packing on the way out.
    expect(packedOfStoredDoc(stored)).toEqual(packDoc(doc));
  });

  it('refers to the canonical text instead of repeating it, and reads back the same document from it', () => {
    const parsed = parseArticle(fixture);
    const stored = encodeStoredDoc(parsed.doc, parsed.text);
    expect(JSON.parse(stored)).toMatchObject({ v: 2 });
    // The text lives in the canonical text column: the document column keeps under a fifth of the JSON's bytes.
    expect(Buffer.byteLength(stored)).toBeLessThan(Buffer.byteLength(JSON.stringify(parsed.doc)) / 5);
    expect(stored).not.toContain('卡塔尔埃米尔');
    expect(decodeStoredDoc(stored, parsed.text)).toEqual(parsed.doc);
    expect(packedOfStoredDoc(stored, parsed.text)).toEqual(packDoc(parsed.doc));
  });

  it('keeps inline the text of a node the canonical text does not hold where expected, so decoding is exact anyway', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '甲乙' }, { type: 'text', text: '丙', marks: [{ type: 'strong' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: '丁戊' }] },
      ],
    };
    // A canonical text made by other rules (here: 丙 missing, a longer separator): only what matches is referenced.
    const text = '甲乙\n\n\n\n\n\n丁戊';
    const stored = encodeStoredDoc(doc, text);
    expect(stored).toContain('"丙"');
    expect(stored).toContain('"丁戊"');
    expect(stored).not.toContain('甲乙');
    expect(decodeStoredDoc(stored, text)).toEqual(doc);
  });

  it('refuses a text-referencing row read without its text, or with a text it does not fit', () => {
    const parsed = parseArticle(fixture);
    const stored = encodeStoredDoc(parsed.doc, parsed.text);
    expect(() => decodeStoredDoc(stored)).toThrow(/canonical text was not read/);
    expect(() => decodeStoredDoc(stored, parsed.text.slice(0, 100))).toThrow(TypeError);
  });

  it('reads rows written before the packed form (plain document JSON) and packs them for sending', () => {
    const doc = parseArticle(Buffer.from('## 标题\n\n[[zh:卡塔尔]]与[[zh:哈马斯]]谈判，**[[zh:美国]]**表示。\n')).doc;
    const plain = JSON.stringify(doc);
    expect(decodeStoredDoc(plain)).toEqual(doc);
    expect(packedOfStoredDoc(plain)).toEqual(packDoc(doc));
  });

  it('keeps a document the packed form cannot say exactly as its own JSON', () => {
    const odd: DocJSON = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', extra: 1 } as DocJSON] }] };
    const stored = encodeStoredDoc(odd);
    expect(JSON.parse(stored)).toEqual(odd);
    expect(decodeStoredDoc(stored)).toEqual(odd);
    expect(packedOfStoredDoc(stored)).toBeNull();
  });

  it('refuses text that is not JSON', () => {
    expect(() => decodeStoredDoc('{"type":"doc",')).toThrow(SyntaxError);
  });
});
