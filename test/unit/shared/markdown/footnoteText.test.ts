import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';

const article = (body: string) => parseArticleText(`## 标题\n\`2024-03-19 10:05\` 陈大文\n\n${body}`);

describe('footnotes written [^1]', () => {
  it('keeps every footnote definition as visible text and never makes a reference a link to it', () => {
    // Session 19 reads footnotes: the reference is a numbered superscript (no text), the notes follow the body.
    const parsed = article('条例涵盖 5 类罪行[^1]。\n\n[^1]: 注脚内容。\n\n[^note]: A longer note with spaces.\n');
    expect(parsed.text).toBe('条例涵盖 5 类罪行。\n\n注脚内容。\n\nA longer note with spaces.');
    // The reference is not turned into a link to the definition's text.
    expect(JSON.stringify(parsed.doc)).not.toContain('"type":"link"');
  });

  it('still reads ordinary link reference definitions', () => {
    const parsed = article('见[报道][r]。\n\n[r]: https://example.org/report\n');
    expect(parsed.text).toBe('见报道。');
    expect(JSON.stringify(parsed.doc)).toContain('https://example.org/report');
  });
});
