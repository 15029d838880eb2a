import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../../shared/claims/suggest';

/** Read as in an article published on Wednesday 2024-02-14. */
const PUBLISHED = '2024-02-14T09:30:00Z';

function dateOf(text: string, span: string): string | null | undefined {
  const found = suggestClaims(text, { published: PUBLISHED }).find((s) => s.text === span);
  return found?.date;
}

describe('a past reporting verb right before a date governs it', () => {
  const cases: Array<[string, string, string]> = [
    ['Qatar will spend about $1.2 billion over three years, officials said on Tuesday.', 'Tuesday', '2024-02-13'],
    ['The fund will pay €40 million a month, the ministry announced Friday.', 'Friday', '2024-02-09'],
    ['Talks will resume next week, a spokesman confirmed on Monday.', 'Monday', '2024-02-12'],
    ['Prices will keep rising, the central bank warned in January.', 'January', '2024-01'],
    ['The plant will close, the company said on March 3.', 'March 3', '2023-03-03'],
  ];
  for (const [text, span, want] of cases) {
    it(`${span} in "${text}"`, () => expect(dateOf(text, span)).toBe(want));
  }

  it('a participle is no report: "will be announced on Friday" is the coming Friday', () => {
    expect(dateOf('The results will be announced on Friday.', 'Friday')).toBe('2024-02-16');
    expect(dateOf('The winner is expected to be confirmed on Monday.', 'Monday')).toBe('2024-02-19');
  });

  it('a future of its own after the day still reads ahead when no report comes right before it', () => {
    expect(dateOf('On Friday, MPs will vote on the bill.', 'Friday')).toBe('2024-02-16');
    expect(dateOf('The minister will visit Cairo on Tuesday, officials said.', 'Tuesday')).toBe('2024-02-20');
  });
});
