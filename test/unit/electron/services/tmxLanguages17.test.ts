/**
 * A TMX is read into the Chinese→English memory by its language tags, not by the order of its `<tuv>`s or its
 * header's `srclang`: an English→Chinese file and a multilingual one come in the right way round, and units without
 * both languages are skipped and counted (review finding of session 17: they were stored backwards, or French was
 * stored as the English and suggested at 100 %).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../../../shared/export/tmx';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const tmx = (srclang: string, units: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="${srclang}" datatype="plaintext"/><body>${units}</body></tmx>`;
const tuv = (lang: string, text: string) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`;

describe('TMX import by language', () => {
  it('stores an English→Chinese unit with its Chinese as the source', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const result = s.translation.memory.importTmx('enzh.tmx', tmx('en-US', `<tu>${tuv('en-US', 'The dam burst on Friday.')}${tuv('zh-CN', '大坝于周五溃决。')}</tu>`));
    expect(result).toEqual({ added: 1, skipped: 0 });
    const hits = s.translation.memory.suggest('大坝于周五溃决。');
    expect(hits.map((h) => h.target)).toEqual(['The dam burst on Friday.']);
    s.close();
  });

  it('takes the English of a multilingual unit, never the French, and skips units without Chinese or English', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const units = [
      `<tu>${tuv('zh-CN', '医院不会拒绝任何伤者。')}${tuv('fr-FR', 'Les hôpitaux ne refuseront aucun blessé.')}${tuv('en-US', 'Hospitals will not turn away the injured.')}</tu>`,
      `<tu>${tuv('zh-TW', '救援仍在繼續。')}${tuv('en', 'Rescue work continues.')}</tu>`,
      `<tu>${tuv('zh-CN', '只有中文。')}${tuv('fr-FR', 'Seulement du français.')}</tu>`,
      `<tu>${tuv('en-US', 'English only.')}${tuv('de-DE', 'Nur Englisch.')}</tu>`,
    ].join('');
    expect(s.translation.memory.importTmx('multi.tmx', tmx('*all*', units))).toEqual({ added: 2, skipped: 2 });
    expect(s.translation.memory.suggest('医院不会拒绝任何伤者。').map((h) => h.target)).toEqual(['Hospitals will not turn away the injured.']);
    expect(s.translation.memory.suggest('救援仍在继续。').map((h) => h.target)).toEqual(['Rescue work continues.']);
    s.close();
  });

  it('reads by the header and the order of the units when no language is asked for (the generic reader is unchanged)', () => {
    const units = parseTmx(tmx('en-US', `<tu>${tuv('zh-CN', '大坝溃决。')}${tuv('en-US', 'The dam burst.')}</tu>`));
    expect(units.map((u) => [u.sourceLang, u.targetLang])).toEqual([['en-US', 'zh-CN']]);
    let leftOut = 0;
    const asked = parseTmx(tmx('en-US', `<tu>${tuv('zh-CN', '大坝溃决。')}${tuv('en-US', 'The dam burst.')}</tu><tu>${tuv('ja', 'ダム')}${tuv('en', 'Dam')}</tu>`), {
      sourceLang: 'zh',
      targetLang: 'en',
      onLeftOut: () => leftOut++,
    });
    expect(asked.map((u) => [u.source, u.target])).toEqual([['大坝溃决。', 'The dam burst.']]);
    expect(leftOut).toBe(1);
  });
});
