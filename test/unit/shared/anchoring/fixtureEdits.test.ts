import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { reanchorAll } from '../../../../shared/anchoring/reanchorAll';

// The fixture's body as plain text (wiki-link markup and emphasis dropped), paragraphs joined by a blank line.
const source = readFileSync(fileURLToPath(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url)), 'utf8');
const text = source
  .split('\n')
  .slice(5)
  .map((line) => line.replace(/\[\[[a-z]+:([^\]]+)\]\]/g, '$1').replace(/\*\*/g, '').trim())
  .filter((line) => line !== '')
  .join('\n\n');

/** Every sentence of the text as an annotation. */
function sentenceAnnotations(of: string) {
  const out: { id: string; target: { selectors: ReturnType<typeof describeSpan> }; sentence: string }[] = [];
  const pattern = /[^。！？\n]+[。！？]?/g;
  for (let match = pattern.exec(of); match !== null; match = pattern.exec(of)) {
    const sentence = match[0];
    if (sentence.trim().length < 8) continue;
    out.push({ id: `s${out.length}`, target: { selectors: describeSpan(of, match.index, match.index + sentence.length) }, sentence });
  }
  return out;
}

describe('re-anchoring every sentence of the fixture after an editing session', () => {
  const annotations = sentenceAnnotations(text);
  const edited1 = '两国关系进一步恶化';
  const deletedParagraph = text.split('\n\n').find((p) => p.startsWith('2012年，它允许'));
  const changedSentence = '据 Al-Qahera 新闻报道，埃及的 Al-Arish 医院也开始接收从加沙穿越的受伤巴勒斯坦人。';
  if (deletedParagraph === undefined || !text.includes(changedSentence) || !text.includes('两国关系进一步恶化')) {
    throw new Error('fixture changed: update this test');
  }
  const newText = ('编者按：本文已更新。\n\n' + text)
    .replace(edited1, '两国关系随即进一步恶化')
    .replace(`${deletedParagraph}\n\n`, '')
    .replace(changedSentence, changedSentence.replace('受伤巴勒斯坦人', '受伤的巴勒斯坦平民'))
    .replace('2021 年，', '2021年，');
  const outcomes = reanchorAll(annotations, text, newText);

  it('keeps every untouched sentence exactly, and nowhere else', () => {
    let untouched = 0;
    outcomes.forEach((outcome, i) => {
      const sentence = annotations[i].sentence;
      const survives = newText.includes(sentence) && !deletedParagraph.includes(sentence);
      if (!survives || sentence.includes('2021 年') || sentence.includes(edited1)) return;
      untouched += 1;
      expect(outcome.state, sentence).toBe('anchored');
      expect(newText.slice(outcome.start, outcome.end)).toBe(sentence);
    });
    expect(untouched).toBeGreaterThan(40);
  });

  it('asks for confirmation on edited sentences and orphans those of the deleted paragraph', () => {
    const byText = (needle: string) => outcomes[annotations.findIndex((a) => a.sentence.includes(needle))];
    const edited = byText('Al-Arish');
    expect(edited.state).toBe('moved');
    expect(newText.slice(edited.start, edited.end)).toContain('受伤的巴勒斯坦平民');
    expect(byText('两国关系进一步恶化').state).toBe('moved');
    expect(byText('2012年，它允许').state).toBe('orphaned');
  });
});
