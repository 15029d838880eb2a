/**
 * `npm run bench:pathological`: parse time of degenerate articles at two sizes, to catch work that grows faster than
 * the text (a quadratic rule makes a broken file hang an import). Each row prints the time at n and at 4n and their
 * ratio: about 4 is linear; 16 is quadratic. Two rules were quadratic until session 11: a `]]` searched for to the
 * end of the text after every `[[` (280 KB of unclosed `[[zh:卡塔尔 ` took 94 s) and the header's link patterns tried
 * on a long first paragraph (5 s of the same 94). No time is asserted anywhere; `pathological.test.ts` checks what
 * these inputs parse to.
 */
import { parseArticle } from '../../shared/markdown/parseArticle';

/** Degenerate bodies, each `n` repetitions of something a broken or hostile file may hold. */
export const pathologicalBodies: Record<string, (n: number) => string> = {
  'unclosed [[': (n) => '[[zh:卡塔尔 '.repeat(n),
  'unclosed [[ with pipes': (n) => '[[zh:a|b|c|d '.repeat(n),
  'unclosed [[ with label': (n) => '[[zh:卡|'.repeat(n),
  '[[[[': (n) => '[[[[ '.repeat(n),
  ']] alone': (n) => '卡塔尔]] '.repeat(n),
  'links in one paragraph': (n) => '卡塔尔[[zh:卡塔尔]]和美国。'.repeat(n),
  'links, one per line': (n) => '卡塔尔[[zh:卡塔尔]]\n'.repeat(n),
  'unclosed emphasis': (n) => '*a **b '.repeat(n),
  'unclosed underscores': (n) => '_a __b '.repeat(n),
  'unclosed strike': (n) => '~~a '.repeat(n),
  'unclosed code spans': (n) => '`a ``b '.repeat(n),
  'unclosed links': (n) => '[a](b '.repeat(n),
  'unclosed images': (n) => '![a '.repeat(n),
  'image links': (n) => '[![](i.png)](u) '.repeat(n),
  'unclosed autolinks': (n) => '<http://a.b/c '.repeat(n),
  'unclosed footnotes': (n) => '[^a '.repeat(n),
  'entities and escapes': (n) => '\\_\\*&amp;&#8211;&amp &#12 '.repeat(n),
  'inline HTML': (n) => '<div><span>卡塔尔</span>'.repeat(n),
  'hard breaks': (n) => 'a\\\n'.repeat(n),
  'table rows with links': (n) => '| a | b |\n|---|---|\n' + '| [[zh:x]] | y |\n'.repeat(n),
  'nested quotes': (n) => '> '.repeat(Math.min(n, 5000)) + 'x',
  'one long URL': (n) => 'https://a.b/' + 'x'.repeat(n * 4) + ' ',
  'metadata-like lines': (n) => '`11/3/2023 6:22 AM UTC 宝尹` '.repeat(n),
};

/** An article around `body`: a title, then the body (so the header reader sees the degenerate line first). */
export const pathologicalArticle = (body: string): string => `## 标题\n\n${body}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const small = Number(process.argv[2] ?? 4000);
  console.log(`Parse time of degenerate articles at n = ${small} and ${small * 4} repetitions (ratio ~4 = linear, ~16 = quadratic)`);
  for (const [name, body] of Object.entries(pathologicalBodies)) {
    const times = [small, small * 4].map((n) => {
      const bytes = Buffer.from(pathologicalArticle(body(n)));
      const start = performance.now();
      parseArticle(bytes);
      return { ms: performance.now() - start, kb: bytes.length / 1024 };
    });
    const ratio = times[1].ms / Math.max(times[0].ms, 1);
    console.log(`  ${name.padEnd(24)} ${times.map((t) => `${t.ms.toFixed(0).padStart(6)} ms (${t.kb.toFixed(0)} KB)`).join('  ')}  ratio ${ratio.toFixed(1)}`);
  }
}
