/**
 * The one entry point for sentence segmentation, so the editor, the aligner, the CLI and the exporters all cut
 * sentences the same way and agree on offsets.
 */
import { segmentEn } from './segmentEn';
import { segmentZh } from './segmentZh';
import type { AlignLang, SentenceSpan } from './types';

/**
 * Split `text` into sentences. Offsets are UTF-16 code units into `text`, end exclusive; white space around a
 * sentence is excluded; a line break always ends a sentence.
 */
export function segmentSentences(text: string, lang: AlignLang): SentenceSpan[] {
  return lang === 'zh' ? segmentZh(text) : segmentEn(text);
}
