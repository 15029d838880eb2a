import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const files: Record<string, string> = {
  'lf.md': '## 卡塔尔调解\n`2023-11-03 06:22 宝尹` [轉載自GNews](https://gnews.org/articles/1)\n\n卡塔尔[^1]是天然气大国，多哈[^note]是首都。\n\n[^1]: 见[[zh:卡塔尔]]经济。\n[^note]: 多哈人口约120万。\n',
  'crlf-bom.md': '\uFEFF## Title\r\n`2023-11-03 06:22 A`\r\n\r\nBody[^a] text.\r\n\r\n[^a]: A note\r\n    over two lines.\r\n\r\n[^unused]: Kept.\r\n',
  'traditional.md': '## 標題\n`2021-03-05 10:00 記者乙`\n\n據報導[^註一]，又說[^註一]。\n\n[^註一]: 第一則註腳。\n',
};

describe('importing and exporting articles with footnotes (import 19)', () => {
  it('exports an unedited article as Markdown byte for byte, and as HTML with its notes', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    for (const [name, text] of Object.entries(files)) {
      const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
      const imported = s.imports.importBytes(name, bytes);
      expect(imported.status, name).toBe('imported');
      const md = s.exports.exportArticle(imported.articleId!, 'md');
      expect(Buffer.from(md.bytes).equals(Buffer.from(bytes)), name).toBe(true);
      const html = s.exports.exportArticle(imported.articleId!, 'html').content;
      expect(html, name).toContain('<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>');
      expect(html, name).toContain('<ol class="footnotes-list">');
      expect(html, name).not.toContain('[^');
      expect(s.imports.importBytes(name, bytes).status, name).toBe('unchanged');
    }
    s.close();
  });

  it('saves an edit of a note into its definition and keeps the rest of the file', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const text = files['lf.md']!;
    const imported = s.imports.importBytes('lf.md', new Uint8Array(Buffer.from(text, 'utf8')));
    const revision = s.articles.revisionOf(imported.articleId!);
    const doc = structuredClone(revision.doc) as DocJSON;
    const note = doc.content![1]!.content![1]!.content![0]!;
    expect(note.content?.map((n) => n.text).join('')).toBe('多哈人口约120万。');
    note.content = [{ type: 'text', text: '多哈人口约300万。' }];
    const saved = s.edits.saveEdit(imported.articleId!, imported.revisionId!, doc);
    const md = s.exports.exportArticle(imported.articleId!, 'md', saved.revisionId).content;
    expect(md).toBe(text.replace('多哈人口约120万。', '多哈人口约300万。'));
    expect(s.articles.currentText(imported.articleId!).text).toBe('卡塔尔是天然气大国，多哈是首都。\n\n见卡塔尔经济。\n\n多哈人口约300万。');
    s.close();
  });
});
