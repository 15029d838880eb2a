import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { parseTbx, toTbx } from '../../../../shared/export/tbx';
import { TERMS } from './translationSamples';

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

describe('toTbx', () => {
  const xml = toTbx(TERMS);

  it('writes TBX-Basic (TBX v3, DCA): conceptEntry / langSec / termSec / term', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (n) => ['conceptEntry', 'langSec'].includes(n) }).parse(xml);
    expect(doc.tbx).toMatchObject({ type: 'TBX-Basic', style: 'dca', xmlns: 'urn:iso:std:iso:30042:ed-2' });
    expect(doc.tbx.tbxHeader.fileDesc.sourceDesc.p).toBeTruthy();
    const entries = doc.tbx.text.body.conceptEntry;
    expect(entries).toHaveLength(TERMS.length);
    expect(entries[0].langSec.map((l: Record<string, unknown>) => [l['xml:lang'], (l.termSec as { term: string }).term])).toEqual([
      ['zh', '卡塔尔'],
      ['en', 'Qatar'],
    ]);
    expect(entries[1].note).toBe('Not "minister of foreign affairs"');
  });

  it('reads its own output back, terms and notes equal, as imported terms', () => {
    expect(parseTbx(xml)).toEqual(TERMS.map((t) => ({ ...t, source: 'import' })));
  });
});

describe('parseTbx', () => {
  it('reads a TBX 2008 / MARTIF file with termEntry, langSet, tig and ntig, pairing every Chinese with every English term', () => {
    const old = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body>
 <termEntry id="t1">
  <descrip type="subjectField">politics</descrip>
  <langSet xml:lang="zh-CN"><tig><term>卡塔尔</term></tig></langSet>
  <langSet xml:lang="en-US"><tig><term>Qatar</term><note>country</note></tig><ntig><termGrp><term>State of Qatar</term></termGrp></ntig></langSet>
  <langSet xml:lang="fr"><tig><term>Qatar (fr)</term></tig></langSet>
 </termEntry>
 <termEntry id="t2"><langSet xml:lang="zh"><tig><term>只有中文</term></tig></langSet></termEntry>
</body></text></martif>`;
    expect(parseTbx(old)).toEqual([
      { zh: '卡塔尔', en: 'Qatar', note: 'country', source: 'import' },
      { zh: '卡塔尔', en: 'State of Qatar', source: 'import' },
    ]);
  });

  it('rejects what is not TBX and broken entries, saying where', () => {
    expect(badInput(() => parseTbx('<tmx/>'))).toMatch(/not a TBX file/);
    expect(badInput(() => parseTbx('<tbx>\n<text><body>\n<conceptEntry><langSec><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>'))).toMatch(/line 3.*no xml:lang/);
    expect(badInput(() => parseTbx('<tbx><text><body><conceptEntry><langSec xml:lang="zh"><termSec/></langSec></conceptEntry></body></text></tbx>'))).toMatch(/no <term>/);
    expect(badInput(() => parseTbx('<tbx><text>'))).toMatch(/not well-formed/);
  });
});
