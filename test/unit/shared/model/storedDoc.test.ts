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
