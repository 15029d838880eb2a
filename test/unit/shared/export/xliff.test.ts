import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import type { TranslationUnit } from '../../../../shared/model/translation';
import { toXliff, toXliff12 } from '../../../../shared/export/xliff';
import { parseXliff } from '../../../../shared/export/xliffImport';
import { UNITS } from './translationSamples';

const plain = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['unit', 'trans-unit', 'note', 'mda:meta', 'segment'].includes(name),
});

function badInput(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GlossaError);
    expect((e as GlossaError).code).toBe('BAD_INPUT');
    return (e as GlossaError).message;
  }
  throw new Error('expected a BAD_INPUT error');
}

describe('XLIFF 2.1', () => {
  const xml = toXliff(UNITS, { original: 'article:12' });

  it('writes the XLIFF 2.1 structure with states, Glossa sub-states, metadata and notes', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = plain.parse(xml).xliff;
    expect(doc).toMatchObject({ xmlns: 'urn:oasis:names:tc:xliff:document:2.0', version: '2.1', srcLang: 'zh-CN', trgLang: 'en' });
    expect(doc.file).toMatchObject({ id: 'f1', original: 'article:12' });
    const units = doc.file.unit;
    expect(units.map((u: { id: string }) => u.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    const states = units.map((u: { segment: { state: string; subState: string }[] }) => [u.segment[0].state, u.segment[0].subState]);
    expect(states).toEqual([
      ['reviewed', 'glossa:reviewed'],
      ['initial', 'glossa:draft'],
      ['initial', 'glossa:new'],
      ['translated', 'glossa:translated'],
      ['final', 'glossa:final'],
    ]);
    for (const [state] of states) expect(['initial', 'translated', 'reviewed', 'final']).toContain(state);
    // Module elements come first in a unit, then notes, then segments (the XLIFF 2 schema's order).
    const p1 = xml.slice(xml.indexOf('<unit id="p1">'), xml.indexOf('</unit>'));
    expect(p1.indexOf('<mda:metadata>')).toBeLessThan(p1.indexOf('<notes>'));
    expect(p1.indexOf('<notes>')).toBeLessThan(p1.indexOf('<segment'));
    expect(units[0].notes.note[0]).toMatchObject({ category: 'claim', appliesTo: 'source' });
    expect(units[0]['mda:metadata']['mda:metaGroup']).toMatchObject({ category: 'glossa' });
    // A new unit without a translation has no <target>.
    expect(units[2].segment[0].target).toBeUndefined();
    expect(units[0].segment[0].source).toMatchObject({ 'xml:space': 'preserve' });
  });

  it('reads its own output back unchanged', () => {
    expect(parseXliff(xml)).toEqual(UNITS);
  });

  it('reads an XLIFF 2.0 file from a CAT tool: groups, several segments, inline codes, code points, no sub-state', () => {
    const foreign = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en-US">
 <file id="f">
  <group id="g">
   <unit id="u7">
    <notes><note>Check</note></notes>
    <segment id="a" state="translated"><source>你好<ph id="1"/>世界</source><target>Hello<ph id="1"/> <pc id="2">world</pc></target></segment>
    <ignorable><source> </source></ignorable>
    <segment id="b"><source>控制<cp hex="0007"/>符</source><target>draft</target></segment>
   </unit>
  </group>
 </file>
</xliff>`;
    const units: TranslationUnit[] = parseXliff(foreign);
    expect(units).toEqual([
      { id: 'u7#a', source: '你好世界', target: 'Hello world', sourceLang: 'zh-CN', targetLang: 'en-US', status: 'translated', notes: [{ category: 'comment', text: 'Check' }] },
      { id: 'u7#b', source: '控制\u0007符', target: 'draft', sourceLang: 'zh-CN', targetLang: 'en-US', status: 'draft', notes: [{ category: 'comment', text: 'Check' }] },
    ]);
  });
});

describe('XLIFF 1.2', () => {
  const xml = toXliff12(UNITS, { original: 'article:12' });

  it('writes trans-units with 1.2 target states, approval and notes', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = plain.parse(xml).xliff;
    expect(doc).toMatchObject({ version: '1.2', xmlns: 'urn:oasis:names:tc:xliff:document:1.2' });
    expect(doc.file).toMatchObject({ original: 'article:12', 'source-language': 'zh-CN', 'target-language': 'en', datatype: 'plaintext' });
    const tus = doc.file.body['trans-unit'];
    expect(tus.map((t: { target?: { state: string } }) => t.target?.state)).toEqual(['signed-off', 'needs-review-translation', undefined, 'translated', 'final']);
    expect(tus.map((t: { approved?: string }) => t.approved)).toEqual(['yes', undefined, undefined, undefined, 'yes']);
    expect(tus[0].note[0]).toMatchObject({ from: 'claim', annotates: 'source' });
    expect(tus[0]['glossa:confidence']).toBe('1');
    // 1.2 order: source, target, then notes.
    const tu = xml.slice(xml.indexOf('<trans-unit id="p1"'), xml.indexOf('</trans-unit>'));
    expect(tu.indexOf('<source')).toBeLessThan(tu.indexOf('<target'));
    expect(tu.indexOf('<target')).toBeLessThan(tu.indexOf('<note'));
  });

  it('reads its own output back unchanged', () => {
    expect(parseXliff(xml)).toEqual(UNITS);
  });

  it('maps the states of other tools and reads nested groups and inline codes', () => {
    const foreign = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.html" source-language="zh" target-language="en" datatype="html"><body>
 <group id="g1">
  <trans-unit id="1"><source>你<g id="1">好</g><x id="2"/></source><target state="needs-translation">Hi</target></trans-unit>
  <trans-unit id="2" approved="yes"><source>二</source><target>Two</target></trans-unit>
 </group>
 <trans-unit id="3"><source>三</source></trans-unit>
 <trans-unit id="4"><source>四</source><target state="needs-l10n">Four</target></trans-unit>
</body></file></xliff>`;
    expect(parseXliff(foreign).map((u) => [u.id, u.source, u.target, u.status])).toEqual([
      ['1', '你好', 'Hi', 'draft'],
      ['2', '二', 'Two', 'reviewed'],
      ['3', '三', '', 'new'],
      ['4', '四', 'Four', 'draft'],
    ]);
  });
});

describe('parseXliff errors', () => {
  it('rejects what is not XLIFF, unsupported versions and broken units, saying where', () => {
    expect(badInput(() => parseXliff('<tmx version="1.4"/>'))).toMatch(/not an XLIFF file/);
    expect(badInput(() => parseXliff('<xliff version="3.0"/>'))).toMatch(/version "3.0" is not supported/);
    expect(badInput(() => parseXliff('<xliff version="2.1" srcLang="zh">\n<file id="f">\n<unit id="u"><segment><target>x</target></segment></unit></file></xliff>'))).toMatch(
      /line 3.*without a <source>/,
    );
    expect(badInput(() => parseXliff('<xliff version="2.1"><file id="f"/></xliff>'))).toMatch(/no srcLang/);
    expect(badInput(() => parseXliff('<xliff version="1.2"><file original="x"><body/></file></xliff>'))).toMatch(/source-language/);
    expect(badInput(() => parseXliff('<xliff version="2.1" srcLang="zh"><file id="f"><unit id="u"><segment><source>a &lt; b</source></segment></unit></file>'))).toMatch(/not well-formed/);
  });
});
