/**
 * The shape and the check of the unseen-news-sentence tables (`newsSentences.test.ts`, `newsSentences2.test.ts`): each
 * case is a sentence, the figures it must yield (span and fields), substrings no figure may cover, and whether it is
 * an attributed statement. Suggestions are made as for an article published on `PUBLISHED`.
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { suggestClaims } from '../../../../shared/claims/suggest';

export const PUBLISHED = '2024-05-15';

export type Want = [span: string, fields: Partial<Quantity>];

export interface Case {
  text: string;
  want?: Want[];
  /** Substrings no figure may cover. */
  none?: string[];
  /** Whether the sentence is an attributed statement. */
  statement?: boolean;
}

export const count = (value: number, unit: string | null, more: Partial<Quantity> = {}): Partial<Quantity> => ({ kind: 'count', value, unit, ...more });
export const pct = (value: number, more: Partial<Quantity> = {}): Partial<Quantity> => ({ kind: 'percent', value, unit: '%', ...more });
export const pp = (value: number): Partial<Quantity> => ({ kind: 'percent', value, unit: 'percentage points' });
export const bp = (value: number): Partial<Quantity> => ({ kind: 'percent', value, unit: 'basis points' });
export const money = (value: number, currency: string | null, more: Partial<Quantity> = {}): Partial<Quantity> =>
  ({ kind: 'money', value, ...(currency ? { currency } : {}), ...more });
export const measure = (value: number, unit: string | null, more: Partial<Quantity> = {}): Partial<Quantity> => ({ kind: 'number', value, unit, ...more });
export const day = (date: string, more: Partial<Quantity> = {}): Partial<Quantity> => ({ kind: 'date', date, ...more });

/** Asserts one case: spans are the text's own, figures do not overlap, each wanted figure is there with its fields. */
export function check({ text, want = [], none = [], statement }: Case): void {
  const list = suggestClaims(text, { published: PUBLISHED });
  for (const q of list) expect(text.slice(q.start, q.end)).toBe(q.text);
  const figures = list.filter((q) => q.kind !== 'statement');
  for (let i = 1; i < figures.length; i++) expect(figures[i].start).toBeGreaterThanOrEqual(figures[i - 1].end);
  const shown = figures.map((q) => q.text);
  for (const [span, fields] of want) {
    const q = figures.find((f) => f.text === span);
    expect(q, `"${span}" in ${JSON.stringify(shown)}`).toBeDefined();
    expect(q).toMatchObject(fields);
  }
  for (const word of none) expect(shown.filter((s) => s.includes(word)), `no figure on "${word}"`).toEqual([]);
  if (statement !== undefined) expect(list.some((q) => q.kind === 'statement')).toBe(statement);
}

/** One test per case, grouped by script. */
export function describeTables(title: string, tables: { simplified: Case[]; traditional: Case[]; english: Case[] }): void {
  describe(title, () => {
    for (const [name, cases] of [['simplified Chinese', tables.simplified], ['traditional Chinese', tables.traditional], ['English', tables.english]] as const) {
      describe(name, () => {
        it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
      });
    }
  });
}
