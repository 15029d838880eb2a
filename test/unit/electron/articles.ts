/** Hand-written articles in the header conventions Glossa reads, for service, CLI and preview tests. */

/** A small article; `source: null` leaves out the "轉載自" link. */
export function articleMarkdown(options: { title: string; source?: string | null; body?: string; author?: string; date?: string }): string {
  const source = options.source === undefined ? `https://example.org/news/${encodeURIComponent(options.title)}` : options.source;
  const meta = `\`${options.date ?? '2020-08-14 08:08'} ${options.author ?? '记者甲'}\`${source ? ` [轉載自Example](${source})` : ''}`;
  const body = options.body ?? `[[zh:卡塔尔]]与[[zh:埃及]]在${options.title}问题上合作。\n\n[[zh:卡塔尔]]再次表示欢迎。`;
  return `## ${options.title}\n${meta}\n\n${body}\n`;
}

/** UTF-8 bytes of a string. */
export function bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}
