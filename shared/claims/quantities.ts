import type { Quantity } from '../model/quantity';

/** Options shared by the claims functions: the article's publication date anchors relative dates. */
export interface QuantityOptions {
  /** ISO date or date-time of the article (`2023-11-03` or `2023-11-03T06:22:00Z`); relative dates resolve against it. */
  published?: string | null;
  /** Language of the text; detected from the script when absent. */
  lang?: 'zh' | 'en';
}

/**
 * Finds the money amounts, counts, percentages, dates and numbers in a text and normalises them, so that Chinese and
 * English renderings of the same fact compare equal. (Work in progress: the signature is final.)
 */
export function findQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  void text;
  void options;
  return [];
}
