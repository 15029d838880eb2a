import { describe, expect, it } from 'vitest';
import { describeSpan, reanchorAnnotations } from '../../../../shared/anchoring';
import { linkedSpanOf, type Annotation } from '../../../../shared/model/annotation';

const OLD = 'The minister said exports rose 5% in 2023.\n\nCritics replied that exports fell.\n\nA third paragraph about nothing.';

function linkAnnotation(text: string, first: string, second: string, secondState: 'anchored' | 'moved' = 'anchored'): Annotation {
  const a = text.indexOf(first);
  const b = text.indexOf(second);
  return {
    id: '00000000-0000-4000-8000-000000000001',
    articleId: 1,
    revisionId: 1,
    motivation: 'linking',
    bodies: [{ type: 'SpecificResource', purpose: 'linking', selectors: describeSpan(text, b, b + second.length), anchor: { state: secondState, confidence: secondState === 'moved' ? 0.8 : 1 } }],
    creator: 't',
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-01T00:00:00Z',
    target: { selectors: describeSpan(text, a, a + first.length) },
    anchor: { state: 'anchored', confidence: 1 },
  };
}

describe('reanchorAnnotations', () => {
  it('moves both ends of a link with an edit before them, onto the new revision', () => {
    const next = `Breaking: ${OLD}`;
    const [after] = reanchorAnnotations([linkAnnotation(OLD, 'exports rose 5%', 'exports fell')], OLD, next, 2);
    expect(after?.revisionId).toBe(2);
    expect(next.slice(after!.target.selectors.position.start, after!.target.selectors.position.end)).toBe('exports rose 5%');
    const link = linkedSpanOf(after!)!;
    expect(next.slice(link.selectors.position.start, link.selectors.position.end)).toBe('exports fell');
    expect(link.anchor.state).toBe('anchored');
  });

  it('orphans only the end whose paragraph was deleted, keeping its old words', () => {
    const next = OLD.replace('\n\nA third paragraph about nothing.', '');
    const [after] = reanchorAnnotations([linkAnnotation(OLD, 'exports rose 5%', 'paragraph about nothing')], OLD, next, 2);
    expect(after?.anchor.state).toBe('anchored');
    const link = linkedSpanOf(after!)!;
    expect(link.anchor.state).toBe('orphaned');
    expect(link.selectors.quote.exact).toBe('paragraph about nothing');
  });

  it('keeps an unconfirmed (moved) end moved when the next edit does not touch it', () => {
    const next = OLD.replace('A third', 'The third');
    const [after] = reanchorAnnotations([linkAnnotation(OLD, 'exports rose 5%', 'exports fell', 'moved')], OLD, next, 2);
    expect(linkedSpanOf(after!)?.anchor.state).toBe('moved');
    expect(after?.anchor.state).toBe('anchored');
  });
});
