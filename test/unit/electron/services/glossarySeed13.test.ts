/**
 * Seeding the glossary from an article's wiki-links leaves out links to dates and numbers (10月7日, 2023年, 九月):
 * their English depends on the sentence and the number check compares them; names that hold a date or numerals
 * (2011年阿拉伯之春, 七国集团, 九一八事变) are terms and are seeded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { isDateOrNumber } from '../../../../shared/translation/glossarySeed';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

function door() {
  const services = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => {} });
  const seed = async (id: number): Promise<number> => {
    const r = await dispatch(handlers, 'glossary.seedFromArticle', { id });
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { added: number }).added;
  };
  return { services, seed };
}

describe('seeding the glossary from wiki-links', () => {
  it('leaves out the dates the fixture links (10月13日, 10月7日, 九月) and keeps every other entity', async () => {
    const { services, seed } = door();
    const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));
    const id = services.imports.importBytes('qatar.md', fixture).articleId as number;
    expect(await seed(id)).toBe(53);
    const zh = services.translation.glossary.list().map((t) => t.zh);
    expect(zh.filter((t) => ['10月13日', '10月7日', '九月'].includes(t))).toEqual([]);
    expect(zh).toContain('卡塔尔');
    expect(zh).toContain('安东尼·布林肯');
    services.close();
  });

  it('leaves out years, decades, days and plain numbers, in simplified and traditional, and keeps names that hold them', async () => {
    const { services, seed } = door();
    const links = [
      '2023年', '2023年10月', '10 月 7 日', '十月七日', '1980年代', '21世纪', '公元前221年', '民國112年', '３０００', '百分之五', '星期三', '7日',
      '2011年阿拉伯之春', '七国集团', '九一八事变', '10月7日袭击', '五月天', '十月革命', '卡塔爾',
    ];
    const body = links.map((t) => `[[zh:${t}]]`).join('，') + '。';
    const id = services.imports.importBytes('dates.md', bytes(articleMarkdown({ title: '日期与名称', body }))).articleId as number;
    expect(await seed(id)).toBe(7);
    expect(services.translation.glossary.list().map((t) => t.zh).sort()).toEqual(['10月7日袭击', '2011年阿拉伯之春', '七国集团', '九一八事变', '五月天', '十月革命', '卡塔爾'].sort());
    services.close();
  });

  it('reads English dates and numbers too (for terms given in English spelling)', () => {
    expect(['October 7', 'October_7', '7 October 2023', '1990s', '2023', '3,000', '1.5', '5%'].filter((t) => !isDateOrNumber(t))).toEqual([]);
    expect(['Qatar', 'G7', 'May', 'Route 66'].filter(isDateOrNumber)).toEqual([]);
  });
});
