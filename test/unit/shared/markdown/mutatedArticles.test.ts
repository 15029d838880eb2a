/**
 * The importer on damaged articles: the fixture and five other articles cut, spliced and sprinkled with Markdown, HTML and wiki-link
 * fragments at random places (a fixed seed, so a failure comes back the same). Real corpora hold files broken in
 * ways nobody wrote a test for; whatever the damage, an article is either refused with a GlossaError saying why, or
 * read whole: its canonical text is the document's, every wiki-link and every claim suggestion lies inside the text
 * at the offsets it names, every text run maps to source that produces it, and writing the unchanged document back
 * gives the file itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestClaims, toSuggestionJSON } from '../../../../shared/claims/suggest';
import { GlossaError } from '../../../../shared/ipc/errors';
import { parseArticle, type ImportedArticle } from '../../../../shared/markdown/parseArticle';
import { writeBackEdit } from '../../../../shared/markdown/writeBack';
import { canonicalText } from '../../../../shared/text/canonical';
import { expectSourceMapProducesText } from './sourceMapCheck';

/** What is damaged: the fixture, and articles with tables, footnotes, reference links, an English and a CNA header. */
const BASES = [
  'qatar-hamas.zh.md',
  'import14/16-tables.zh.md',
  'import14/18-footnotes.zh.md',
  'import14/19-reference-links.zh.md',
  'import14/28-french-clock.en.md',
  'import13/01-cna-traditional-headings.zh.md',
];
const read = (base: string): string => readFileSync(new URL(`../../../fixtures/${base}`, import.meta.url), 'utf8');

/** Pieces that change how Markdown, HTML, wiki-links, numbers or dates read when dropped in anywhere. */
const PIECES = ['[[', ']]', '|', '\\', '*', '**', '_', '`', '```\n', '\n\n', '\r\n', '&amp;', '&#', '&#x4e2d;', '<br>', '<script>', '<!--', '![', '](', '[^1]', '# ', '> ', '- ', '1. ', '|---|\n', '\u200b', '\ufeff', '萬', '億', '3,000', '２０２３', '%', '$', '年', '月', '日', '[[zh:', '[[en:', '#', '\t', '    ', '😀'];

/** A small deterministic generator (mulberry32): the same seed gives the same mutants on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `base` with 1–12 random insertions, deletions, duplications and truncations. */
function mutant(base: string, next: () => number): string {
  let s = base;
  const edits = 1 + Math.floor(next() * 12);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(next() * s.length);
    const kind = next();
    if (kind < 0.4) s = s.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + s.slice(at);
    else if (kind < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(next() * 40));
    else if (kind < 0.9) {
      const from = Math.floor(next() * s.length);
      s = s.slice(0, at) + s.slice(from, from + 30) + s.slice(at);
    } else s = s.slice(0, at);
  }
  return s;
}

/** Every promise the importer makes about an article it read. */
function expectWhole(a: ImportedArticle, file: string): void {
  expect(canonicalText(a.doc).text, file).toBe(a.text);
  for (const link of a.wikiLinks) {
    expect(link.start >= 0 && link.start < link.end && link.end <= a.text.length, `${file}: link ${link.start}-${link.end}`).toBe(true);
  }
  expectSourceMapProducesText(a, file);
  const back = writeBackEdit({ source: a.source, bodyStart: a.bodyStart, baseDoc: a.doc, editedDoc: a.doc, lang: a.meta.lang });
  expect(back, file).toBe(a.source);
  for (const suggestion of suggestClaims(a.text).map(toSuggestionJSON)) {
    expect(a.text.slice(suggestion.start, suggestion.end), file).toBe(suggestion.text);
  }
}

/** `count` mutants of fixture `base` for `seed`, with their file names. */
function mutantsFor(base: string, seed: number, count: number): [string, string][] {
  const next = random(seed);
  const text = read(base);
  return Array.from({ length: count }, (_, i) => [`mutant-${seed}-${i}-of-${base.replace(/\//g, '-')}`, mutant(text, next)]);
}

describe('damaged articles', () => {
  BASES.forEach((base, n) => {
    it(`are read whole or refused with a reason (${base}, 60 mutants)`, () => {
      let whole = 0;
      for (const [file, text] of mutantsFor(base, 2026 + n, 60)) {
        let article: ImportedArticle;
        try {
          article = parseArticle(Buffer.from(text, 'utf8'), { fileName: file });
        } catch (error) {
          expect(error, file).toBeInstanceOf(GlossaError);
          expect((error as GlossaError).message, file).toContain(file);
          continue;
        }
        expectWhole(article, file);
        whole++;
      }
      // Nearly all of them still hold an article: the damage is to be read through, not refused.
      expect(whole).toBeGreaterThan(50);
    });
  });
});
