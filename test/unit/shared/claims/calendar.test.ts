import { describe, expect, it } from 'vitest';
import { isoWeek, parseAnchor, resolveMonth, resolveMonthDay, resolveWeekday } from '../../../../shared/claims/calendar';

describe('calendar', () => {
  it('reads the day of a publication date or date-time, and refuses impossible days', () => {
    expect(parseAnchor('2023-11-03T06:22:00Z')).toEqual({ y: 2023, m: 11, d: 3 });
    expect(parseAnchor('2023-02-30')).toBeNull();
    expect(parseAnchor('11/3/2023')).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });

  it('numbers ISO weeks across the turn of the year', () => {
    expect(isoWeek({ y: 2023, m: 11, d: 3 })).toBe('2023-W44');
    expect(isoWeek({ y: 2021, m: 1, d: 1 })).toBe('2020-W53');
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toBe('2025-W01');
  });

  it('reads year-less days and months in the publication year up to three months ahead, else the year before', () => {
    const anchor = { y: 2024, m: 3, d: 1 };
    expect(resolveMonthDay(2, 29, anchor)).toBe('2024-02-29');
    expect(resolveMonthDay(3, 2, anchor)).toBe('2024-03-02');
    expect(resolveMonthDay(5, 31, anchor)).toBe('2024-05-31');
    expect(resolveMonthDay(6, 2, anchor)).toBe('2023-06-02');
    expect(resolveMonthDay(12, 25, anchor)).toBe('2023-12-25');
    expect(resolveMonthDay(2, 30, anchor)).toBeNull();
    expect(resolveMonth(4, anchor)).toBe('2024-04');
    expect(resolveMonth(3, anchor)).toBe('2024-03');
    expect(resolveMonth(7, anchor)).toBe('2023-07');
    // Late in the year, the coming months stay in it; a leap day without a leap year in reach is refused.
    const november = { y: 2023, m: 11, d: 3 };
    expect(resolveMonthDay(12, 25, november)).toBe('2023-12-25');
    expect(resolveMonthDay(3, 7, november)).toBe('2023-03-07');
    expect(resolveMonth(1, november)).toBe('2023-01');
    expect(resolveMonthDay(2, 29, { y: 2023, m: 1, d: 10 })).toBeNull();
  });

  it('resolves weekdays to the week before, of, or after publication', () => {
    const friday = { y: 2023, m: 11, d: 3 };
    expect(resolveWeekday(3, friday, null)).toBe('2023-11-01');
    expect(resolveWeekday(5, friday, null)).toBe('2023-10-27');
    expect(resolveWeekday(3, friday, -1)).toBe('2023-10-25');
    expect(resolveWeekday(1, friday, 0)).toBe('2023-10-30');
    expect(resolveWeekday(1, friday, 1)).toBe('2023-11-06');
    expect(resolveWeekday(1, null, null)).toBeNull();
  });
});
