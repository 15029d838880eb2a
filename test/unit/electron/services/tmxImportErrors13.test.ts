/**
 * A TMX file that cannot be read into the memory is refused with a message that names the file, says what is wrong
 * (the element and line where known) and what to do; TMX in UTF-16 (as Trados writes it) or in the encoding its XML
 * declaration names is read. Each case goes through the `memory.importTmx` channel, as the renderer calls it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="X" segtype="sentence" o-tmf="X" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="zh-CN"><seg>卡塔尔再次表示欢迎。</seg></tuv>
      <tuv xml:lang="en"><seg>Qatar welcomed it again.</seg></tuv>
    </tu>
  </body>
</tmx>
`;
const FIX = 'Correct the file (or export it again as TMX from the tool that made it) and import it again.';
const CHOOSE = 'Choose a TMX file (.tmx, as Trados, memoQ, OmegaT, Phrase or Glossa export a translation memory).';

async function importTmx(bytes: Buffer, name = 'memory.tmx') {
  const services = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => {} });
  const result = await dispatch(handlers, 'memory.importTmx', { name, dataBase64: bytes.toString('base64') });
  const concordance = services.translation.memory.concordance('卡塔尔').map((h) => h.target);
  services.close();
  return { result, concordance };
}

async function refused(bytes: Buffer): Promise<{ code: string; message: string }> {
  const { result, concordance } = await importTmx(bytes);
  expect(concordance).toEqual([]);
  if (result.ok) throw new Error(`imported: ${JSON.stringify(result.value)}`);
  return { code: result.error.code, message: result.error.message };
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('importing a malformed TMX file into the memory', () => {
  const cases: [string, Buffer, string, string][] = [
    ['a <seg> never closed', utf8(GOOD.replace('欢迎。</seg>', '欢迎。')), 'BAD_INPUT', `memory.tmx is not a readable TMX file: <seg> opened at line 6 is not closed: at line 6, column 44 the file closes </tuv> where </seg> was due. ${FIX}`],
    ['a file cut off', utf8(GOOD.slice(0, 300)), 'BAD_INPUT', `memory.tmx is not a readable TMX file: the file ends at line 7 before </seg>, </tuv>, </tu>, </body>, </tmx> are closed; it looks cut off (an export or a download that did not finish). ${FIX}`],
    ['only </tmx> missing', utf8(GOOD.replace('</tmx>\n', '')), 'BAD_INPUT', `memory.tmx is not a readable TMX file: <tmx> opened at line 2 is never closed (the file ends at line 9); the file may have been cut off. ${FIX}`],
    ['a bare ampersand', utf8(GOOD.replace('Qatar welcomed', 'Qatar & Egypt welcomed')), 'BAD_INPUT', `memory.tmx is not a readable TMX file: a bare "&" at line 7, column 37: in XML text it must be written "&amp;". ${FIX}`],
    ['a bare <', utf8(GOOD.replace('Qatar welcomed', 'a < b welcomed')), 'BAD_INPUT', `memory.tmx is not a readable TMX file: a "<" at line 7, column 34 does not start a tag: in XML text it must be written "&lt;". ${FIX}`],
    ['an attribute without quotes', utf8(GOOD.replace('tuid="1"', 'tuid=1')), 'BAD_INPUT', `memory.tmx is not a readable TMX file: the attribute tuid at line 5, column 9 has no value in quotes (write tuid="…"). ${FIX}`],
    ['a <tuv> without its <seg>', utf8(GOOD.replace('<seg>Qatar welcomed it again.</seg>', '')), 'BAD_INPUT', `memory.tmx is not a readable TMX file: line 7: translation unit 1 has a <tuv> without a <seg>. ${FIX}`],
    ['an XLIFF file', utf8('<?xml version="1.0"?>\n<xliff version="2.0"><file id="f"/></xliff>\n'), 'BAD_INPUT', `memory.tmx is an XLIFF file, not a TMX file (its root element must be <tmx>). ${CHOOSE}`],
    ['a tab-separated table', utf8('卡塔尔\tQatar\n埃及\tEgypt\n'), 'BAD_INPUT', `memory.tmx is plain text (a table of tab- or comma-separated columns?), not a TMX file: TMX is XML and starts with "<?xml" or "<tmx". ${CHOOSE}`],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), 'BINARY_FILE', `memory.tmx is a ZIP archive (a .docx, .xlsx or a zipped memory?), not a TMX file; if it holds a .tmx, unzip it and import that. ${CHOOSE}`],
    ['Latin-1 bytes declared UTF-8', Buffer.from(GOOD.replace('Qatar welcomed', 'Qatar caf\u00e9').replace(/[\u4e00-\u9fff。]/g, 'x'), 'latin1'), 'INVALID_UTF8', 'memory.tmx declares the encoding UTF-8 but is not valid UTF-8 (the first byte that is not UTF-8 is on line 7). Save it as UTF-8 (or declare the encoding it is in, e.g. <?xml version="1.0" encoding="windows-1252"?>) and import it again.'],
    ['an encoding Glossa cannot read', Buffer.from(GOOD.replace('UTF-8', 'x-klingon').replace('Qatar welcomed', 'Qatar caf\u00e9').replace(/[\u4e00-\u9fff。]/g, 'x'), 'latin1'), 'UNSUPPORTED', 'memory.tmx declares the encoding "x-klingon", which Glossa cannot read. Save it as UTF-8 (and change the declaration to encoding="UTF-8") and import it again.'],
  ];
  for (const [name, bytes, code, message] of cases) {
    it(`says what is wrong and what to do: ${name}`, async () => {
      expect(await refused(bytes)).toEqual({ code, message });
    });
  }

  it('reads UTF-16 TMX, with a byte-order mark or without, and the encoding the declaration names', async () => {
    const utf16 = GOOD.replace('UTF-8', 'UTF-16');
    const withBom = await importTmx(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
    expect(withBom.result).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    expect(withBom.concordance).toEqual(['Qatar welcomed it again.']);
    const be = Buffer.from(utf16, 'utf16le').swap16();
    expect((await importTmx(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).concordance).toEqual(['Qatar welcomed it again.']);
    expect((await importTmx(Buffer.from(utf16, 'utf16le'))).concordance).toEqual(['Qatar welcomed it again.']);
    // Declared GB18030 and so written: read as GB18030.
    // 卡塔尔是一个国家 in GB18030.
    const gbSeg = Buffer.from([0xbf, 0xa8, 0xcb, 0xfe, 0xb6, 0xfb, 0xca, 0xc7, 0xd2, 0xbb, 0xb8, 0xf6, 0xb9, 0xfa, 0xbc, 0xd2]);
    const [before, after] = GOOD.replace('UTF-8', 'GB18030').split('卡塔尔再次表示欢迎。');
    const gb = await importTmx(Buffer.concat([Buffer.from(before, 'latin1'), gbSeg, Buffer.from(after, 'latin1')]));
    expect(gb.result).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    expect(gb.concordance).toEqual(['Qatar welcomed it again.']);
    // Declared GB18030 but written in UTF-8 (a file re-saved by an editor): the bytes win.
    expect((await importTmx(utf8(GOOD.replace('UTF-8', 'GB18030')))).concordance).toEqual(['Qatar welcomed it again.']);
    // Declared windows-1252 and so written.
    const cafe = Buffer.from(GOOD.replace('UTF-8', 'windows-1252').replace('Qatar welcomed it again.', 'Qatar caf\u00e9.').replace('卡塔尔再次表示欢迎。', 'Qatar caf\u00e9 zh'), 'latin1');
    const services = openServices(path.join(tempDir(), 'glossa.sqlite'));
    expect(services.translation.memory.importTmxFile('cafe.tmx', cafe)).toEqual({ added: 1, skipped: 0 });
    expect(services.translation.memory.concordance('café').map((h) => h.target)).toEqual(['Qatar caf\u00e9.']);
    services.close();
  });
});
