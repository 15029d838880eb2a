import { describe, expect, it } from 'vitest';
import {
  CLAIM_STATUSES, DEFAULT_VERDICT_SCALE, findVerdict, isClaimStatus, ratingRange, validateVerdictScale, verdictRating,
} from '../../../../shared/claims/verdicts';

describe('verdict scale', () => {
  it('lists the default verdicts in order, new claims starting unverified', () => {
    expect(DEFAULT_VERDICT_SCALE.verdicts.map((v) => v.id)).toEqual([
      'unverified', 'true', 'mostly true', 'mixed', 'mostly false', 'false', 'unprovable',
    ]);
    expect(DEFAULT_VERDICT_SCALE.defaultVerdict).toBe('unverified');
    expect(validateVerdictScale(DEFAULT_VERDICT_SCALE)).toEqual([]);
  });

  it('rates true 5 down to false 1 and leaves unverified and unprovable unrated', () => {
    expect(['true', 'mostly true', 'mixed', 'mostly false', 'false'].map((id) => verdictRating(id))).toEqual([5, 4, 3, 2, 1]);
    expect(verdictRating('unverified')).toBeNull();
    expect(verdictRating('unprovable')).toBeNull();
    expect(verdictRating('pants on fire')).toBeNull();
    expect(ratingRange()).toEqual({ best: 5, worst: 1 });
  });

  it('gives every verdict a distinct colour', () => {
    const colours = DEFAULT_VERDICT_SCALE.verdicts.map((v) => v.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(findVerdict('false')?.label).toBe('False');
  });

  it('accepts a project scale and explains what is wrong with a bad one', () => {
    const binary = {
      defaultVerdict: 'open',
      verdicts: [
        { id: 'open', label: 'Open', rating: null, color: '#999999', description: '' },
        { id: 'correct', label: 'Correct', rating: 1, color: '#00aa00', description: '' },
        { id: 'wrong', label: 'Wrong', rating: 0, color: '#aa0000', description: '' },
      ],
    };
    expect(validateVerdictScale(binary)).toEqual([]);
    expect(verdictRating('correct', binary)).toBe(1);
    expect(ratingRange(binary)).toEqual({ best: 1, worst: 0 });
    const bad = { defaultVerdict: 'nope', verdicts: [binary.verdicts[1], { ...binary.verdicts[1], color: 'green' }] };
    expect(validateVerdictScale(bad)).toEqual([
      'The verdict "correct" appears twice.',
      'The colour of "correct" must look like #2e7d32.',
      'The default verdict "nope" is not on the scale.',
    ]);
  });
});

describe('claim statuses', () => {
  it('runs open -> in review -> checked -> published', () => {
    expect(CLAIM_STATUSES).toEqual(['open', 'in review', 'checked', 'published']);
    expect(isClaimStatus('in review')).toBe(true);
    expect(isClaimStatus('done')).toBe(false);
  });
});
