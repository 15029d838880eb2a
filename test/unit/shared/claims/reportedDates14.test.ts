/**
 * A year-less date inside reported speech takes the reported clause's tense, not the reporting verb's: "the minister
 * said the election in June would be postponed" is the coming June (the past-tense rule of session 14 had read "said"
 * as the date's own past and moved it back a year). Past events stay past ("won the final on June 18").
 * Published 2024-05-15.
 */
import { describe, expect, it } from 'vitest';
import { suggestClaims, toSuggestionJSON } from '../../../../shared/claims/suggest';

const dateOf = (text: string, span: string): string | null | undefined =>
  suggestClaims(text, { published: '2024-05-15T00:00:00Z' })
    .map(toSuggestionJSON)
    .find((s) => s.kind === 'date' && s.text === span)?.date;

describe('year-less dates in reported speech', () => {
  it('reads a date ahead when the reported clause says nothing past', () => {
    expect(dateOf('The minister said the election in June would be postponed.', 'June')).toBe('2024-06');
    expect(dateOf('Officials said the summit in June is still on track.', 'June')).toBe('2024-06');
    expect(dateOf('He told reporters the vote on June 20 could be delayed.', 'June 20')).toBe('2024-06-20');
    expect(dateOf('The agency reported that talks in July are expected to resume.', 'July')).toBe('2024-07');
  });

  it('keeps a past event past, reported or not', () => {
    expect(dateOf('Spain won the Nations League final against Croatia on June 18.', 'June 18')).toBe('2023-06-18');
    expect(dateOf('The ministry said the ban was lifted in July.', 'July')).toBe('2023-07');
    expect(dateOf('Prices have fallen 30% since the crash on July 17.', 'July 17')).toBe('2023-07-17');
  });
});
