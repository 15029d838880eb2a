import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { buildXml, el, firstChild, parseXml, textContent, xmlSafeText } from '../../../../shared/export/xml';

describe('buildXml and parseXml', () => {
  it('round-trips text with every character XML escapes, emoji and line breaks', () => {
    const text = ` <a href="x">&amp; ' " ]]> 😀\nline `;
    const xml = buildXml(el('root', { id: 'r1', note: 'a "b" <c>' }, [el('t', {}, [text])]));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<root')).toBe(true);
    const root = parseXml(xml, 'Test');
    expect(root.attrs).toEqual({ id: 'r1', note: 'a "b" <c>' });
    expect(textContent(firstChild(root, 't') ?? root)).toBe(text);
  });

  it('drops characters XML 1.0 cannot carry and normalises line ends', () => {
    expect(xmlSafeText('a\u0000b\u0007c\r\nd\re\uFFFEf\uD800g')).toBe('abc\nd\nefg');
    const root = parseXml(buildXml(el('t', { a: 'x\ty\nz' }, ['p\u0001q'])), 'Test');
    expect(root.attrs.a).toBe('x y z');
    expect(textContent(root)).toBe('pq');
  });

  it('decodes character references and keeps undeclared entities as written, never expanding DOCTYPE entities', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<lolz>&lol2; &#x4E2D;&#25991; &lt;&amp;&gt;</lolz>`;
    expect(textContent(parseXml(bomb, 'Test'))).toBe('&lol2; 中文 <&>');
  });

  it('reports malformed XML and a missing or doubled root as BAD_INPUT with the format and the line', () => {
    const fail = (xml: string) => {
      try {
        parseXml(xml, 'TMX');
      } catch (e) {
        expect(e).toBeInstanceOf(GlossaError);
        expect((e as GlossaError).code).toBe('BAD_INPUT');
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(fail('<a>\n<b>\n</a>')).toMatch(/^The TMX file is not well-formed XML at line 3/);
    expect(fail('<a/><b/>')).toMatch(/exactly one root element; it has 2/);
    expect(fail('   ')).toMatch(/The TMX file is empty/);
    expect(parseXml('\uFEFF<a>\n <b/></a>', 'TMX').children).toHaveLength(2);
    expect(firstChild(parseXml('<a>\n\n <b/></a>', 'TMX'), 'b')?.line).toBe(3);
  });
});
