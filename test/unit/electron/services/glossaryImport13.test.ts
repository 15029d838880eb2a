/**
 * Glossary files as spreadsheets and CAT tools write them: a CSV or tab-separated "Unicode text" in UTF-16 (Excel),
 * a CSV in GB18030 (Excel on a Chinese Windows), a TBX in UTF-16; and malformed ones refused with a message that says
 * what is wrong and what to do, with nothing imported. Each goes through the `glossary.import` channel.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { toTbx } from '../../../../shared/export/tbx';
import { tempDir } from '../tempDir';

async function importGlossary(name: string, bytes: Buffer) {
  const services = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => {} });
  const result = await dispatch(handlers, 'glossary.import', { name, dataBase64: bytes.toString('base64') });
  const terms = services.translation.glossary.list().map((t) => [t.zh, t.en]);
  services.close();
  return { result, terms };
}

const utf16 = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
/** 卡塔尔 in GB18030, then ",Qatar" and a line break. */
const GB_ROW = Buffer.from([0xbf, 0xa8, 0xcb, 0xfe, 0xb6, 0xfb, 0x2c, 0x51, 0x61, 0x74, 0x61, 0x72, 0x0d, 0x0a]);

describe('importing glossary files', () => {
  it('reads UTF-16 CSV, UTF-16 tab-separated text, GB18030 CSV and UTF-16 TBX', async () => {
    const csv = await importGlossary('terms.csv', utf16('zh,en,note\r\n立法會,Legislative Council,Hong Kong\r\n'));
    expect(csv.result).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    expect(csv.terms).toEqual([['立法會', 'Legislative Council']]);
    expect((await importGlossary('terms.txt', utf16('中文\t英文\r\n港鐵\tMTR\r\n'))).terms).toEqual([['港鐵', 'MTR']]);
    expect((await importGlossary('terms.csv', GB_ROW)).terms).toEqual([['卡塔尔', 'Qatar']]);
    const tbx = toTbx([{ zh: '東涌', en: 'Tung Chung', source: 'user' }]);
    expect((await importGlossary('terms.tbx', utf16(tbx.replace('UTF-8', 'UTF-16')))).terms).toEqual([['東涌', 'Tung Chung']]);
  });

  const refused: [string, string, Buffer, string, string][] = [
    ['a TBX cut off', 'terms.tbx', Buffer.from(toTbx([{ zh: '東涌', en: 'Tung Chung', source: 'user' }]).slice(0, 400)), 'BAD_INPUT', 'terms.tbx is not a readable TBX file: the file ends at line 16 before </termSec>, </langSec>, </conceptEntry>, </body>, </text>, </tbx> are closed; it looks cut off (an export or a download that did not finish). Correct the file (or export it again as TBX from the tool that made it) and import it again.'],
    ['a TMX given as a glossary', 'memory.xml', Buffer.from('<?xml version="1.0"?>\n<tmx version="1.4"><header/><body/></tmx>\n'), 'BAD_INPUT', 'memory.xml is a TMX memory (import it in the memory instead), not a TBX file (its root element must be <tbx>). Choose a TBX file (.tbx), or a CSV file with the columns zh,en,note.'],
    ['an Excel workbook', 'terms.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]), 'BINARY_FILE', 'terms.csv is a ZIP archive (an Excel workbook, .xlsx?), not a CSV file; save the sheet as "CSV UTF-8" and import that. Choose a CSV file with the columns zh,en,note (in Excel: Save As "CSV UTF-8"), or a TBX file.'],
    ['Latin-1 bytes', 'terms.csv', Buffer.from('zh,en\n\u00e9t\u00e9,summer\n', 'latin1'), 'INVALID_UTF8', 'terms.csv is not UTF-8 text, nor Chinese in GB18030 or Big5 (the first byte that is not UTF-8 is on line 2). Save it as UTF-8 (in Excel: Save As "CSV UTF-8") and import it again.'],
  ];
  for (const [what, name, bytes, code, message] of refused) {
    it(`refuses ${what}, saying what is wrong and what to do`, async () => {
      const { result, terms } = await importGlossary(name, bytes);
      expect(result).toEqual({ ok: false, error: { code, message } });
      expect(terms).toEqual([]);
    });
  }
});
