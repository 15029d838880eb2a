/**
 * Generated corpora for the benchmarks: articles shaped like the fixture (header, dense wiki-links, CJK prose), varied so
 * that no two are byte-identical, and one large article with many links.
 */
import { readFileSync } from 'node:fs';

const fixture = readFileSync(new URL('../fixtures/qatar-hamas.zh.md', import.meta.url), 'utf8');
const TARGETS = ['卡塔尔', '以色列', '美国', '埃及', '伊朗', '多哈', '华盛顿', '路透社', '联合国', '外交', '天然气', '巴勒斯坦', '土耳其', '沙特阿拉伯'];

/** A deterministic pseudo-random generator so every run measures the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The n-th generated article: the fixture's shape with its own source link, date, and shuffled paragraphs. */
export function generatedArticle(n: number): string {
  const random = seededRandom(n + 1);
  const metaLineEnd = fixture.indexOf('\n', fixture.indexOf('轉載自')) + 1;
  const head = fixture.slice(0, metaLineEnd).trimEnd();
  const paragraphs = fixture.slice(metaLineEnd).trim().split('\n\n');
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
  }
  const day = 1 + (n % 28);
  const header = head
    .replace('https://gnews.org/articles/1916252', `https://gnews.org/articles/${2_000_000 + n}`)
    .replace('11/3/2023', `11/${day}/2023`);
  return `${header}\n\n${paragraphs.join('\n\n').replace(/\[\[zh:卡塔尔\]\]/g, () => `[[zh:${TARGETS[Math.floor(random() * TARGETS.length)]}]]`)}`;
}

/** One article of about `bytes` bytes holding `links` wiki-links spread evenly through its paragraphs. */
export function bigArticle(bytes = 1_000_000, links = 10_000): string {
  const random = seededRandom(42);
  const header = '## 大型测试文章\n`11/3/2023 6:22 AM UTC 基准` [轉載自GNews](https://gnews.org/articles/bench-big)\n\n';
  const filler = '这是一段用于测试性能的中文文本，其中包含各种外交和经济新闻的内容。';
  const linkMarkup = (i: number) => `[[zh:${TARGETS[i % TARGETS.length]}]]`;
  const approxLinkBytes = 20;
  const fillerPerLink = Math.max(0, Math.floor((bytes - links * approxLinkBytes) / links / 3));
  const parts: string[] = [header];
  for (let i = 0; i < links; i++) {
    const start = Math.floor(random() * filler.length);
    parts.push(filler.slice(0, fillerPerLink).padEnd(fillerPerLink, filler.slice(start)).slice(0, fillerPerLink));
    parts.push(linkMarkup(i));
    if (i % 25 === 24) parts.push('。\n\n');
  }
  return parts.join('');
}
