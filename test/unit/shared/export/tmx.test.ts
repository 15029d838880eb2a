import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { fromTmxDate, parseTmx, toTmx, toTmxDate } from '../../../../shared/export/tmx';
import { TRICKY, UNITS } from './translationSamples';

const plain = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['tu', 'tuv', 'prop', 'note'].includes(name), parseTagValue: false, trimValues: false });

function badInput(fn: () => unknown): GlossaError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GlossaError);
    expect((e as GlossaError).code).toBe('BAD_INPUT');
    return e as GlossaError;
  }
  throw new Error('expected a BAD_INPUT error');
}

describe('toTmx', () => {
  const xml = toTmx(UNITS, { created: '2023-11-04T10:00:00Z' });

  it('writes a well-formed TMX 1.4b document with the header TMX requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = plain.parse(xml);
    expect(doc.tmx.version).toBe('1.4');
    expect(doc.tmx.header).toMatchObject({
      creationtool: 'Glossa',
      segtype: 'sentence',
      'o-tmf': 'Glossa',
      adminlang: 'en',
      srclang: 'zh-CN',
      datatype: 'plaintext',
      creationdate: '20231104T100000Z',
    });
    expect(doc.tmx.header.creationtoolversion).toBeTruthy();
    const tus = doc.tmx.body.tu;
    expect(tus).toHaveLength(UNITS.length);
    expect(tus[0].tuid).toBe('p1');
    expect(tus[0].creationdate).toBe('20231103T062200Z');
    expect(tus[0].tuv.map((t: Record<string, unknown>) => t['xml:lang'])).toEqual(['zh-CN', 'en']);
    expect(tus[0].tuv[0].seg).toBe(UNITS[0].source);
    const props = Object.fromEntries(tus[0].prop.map((p: Record<string, string>) => [p.type, p['#text']]));
    expect(props).toMatchObject({ 'x-glossa-status': 'reviewed', 'x-glossa-pair-status': 'confirmed', 'x-glossa-confidence': '1', 'x-glossa-origin': 'article:12' });
    expect(tus[0].note).toEqual(['Check the title']);
  });

  it('escapes text so that markup characters stay text', () => {
    expect(xml).not.toContain('< C >');
    expect(xml).toContain('A &amp; B &lt; C &gt; D');
    expect(xml).toContain('&amp;amp;');
    expect(xml).toContain('😀');
  });

  it('reads its own output back unchanged', () => {
    expect(parseTmx(xml)).toEqual(UNITS);
    expect(parseTmx(xml)[1].source).toContain(TRICKY);
  });

  it('converts dates between ISO 8601 and TMX form', () => {
    expect(toTmxDate('2023-11-03T06:22:00.000Z')).toBe('20231103T062200Z');
    expect(toTmxDate('not a date')).toBeUndefined();
    expect(fromTmxDate('20231103T062200Z')).toBe('2023-11-03T06:22:00Z');
  });
});

describe('parseTmx', () => {
  it('reads a TMX written by another tool: DOCTYPE, lang attributes, inline codes, character references, CDATA', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="SDL" creationtoolversion="8" segtype="sentence" o-tmf="SDL" adminlang="en-US" srclang="zh-CN" datatype="xml"/>
  <body>
    <tu tuid="7">
      <prop type="x-Context">abc</prop>
      <tuv xml:lang="EN-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> word &#x1F600; &amp; <hi>more</hi></seg></tuv>
      <tuv xml:lang="ZH-CN"><seg>粗体<ph>&lt;br/&gt;</ph>字 <![CDATA[<不是标签>]]></seg></tuv>
    </tu>
    <tu><tuv lang="zh-CN"><seg>只有中文</seg></tuv></tu>
    <tu><tuv xml:lang="zh-CN"><seg>旧格式</seg></tuv><tuv lang="en"><seg>old style</seg></tuv></tu>
  </body>
</tmx>`;
    expect(parseTmx(foreign)).toEqual([
      { id: '7', source: '粗体字 <不是标签>', target: 'The bold word 😀 & more', sourceLang: 'ZH-CN', targetLang: 'EN-US' },
      { source: '旧格式', target: 'old style', sourceLang: 'zh-CN', targetLang: 'en' },
    ]);
  });

  it('picks the requested target language in a multilingual TMX', () => {
    const multi = `<tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
      <tu><tuv xml:lang="en"><seg>Qatar</seg></tuv><tuv xml:lang="fr"><seg>Qatar (fr)</seg></tuv><tuv xml:lang="zh"><seg>卡塔尔</seg></tuv></tu></body></tmx>`;
    expect(parseTmx(multi, { targetLang: 'zh-CN' })[0]).toMatchObject({ source: 'Qatar', target: '卡塔尔', targetLang: 'zh' });
    expect(parseTmx(multi)[0].target).toBe('Qatar (fr)');
  });

  it('rejects malformed input with a typed error that says what and where', () => {
    expect(badInput(() => parseTmx('<tmx version="1.4">\n<body>\n<tu></body></tmx>')).message).toMatch(/not well-formed XML at line 3/);
    expect(badInput(() => parseTmx('<xliff version="2.1"/>')).message).toMatch(/not a TMX file.*<xliff>/);
    expect(badInput(() => parseTmx('<tmx version="1.4"><header/></tmx>')).message).toMatch(/no <body>/);
    expect(badInput(() => parseTmx('<tmx version="1.4"><header srclang="zh"/><body>\n\n<tu><tuv xml:lang="zh"/><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>')).message).toMatch(
      /line 3.*unit 1 has a <tuv> without a <seg>/,
    );
    expect(badInput(() => parseTmx('')).message).toMatch(/empty/);
    expect(badInput(() => parseTmx('plain text, not XML')).message).toMatch(/not well-formed/);
  });
});
