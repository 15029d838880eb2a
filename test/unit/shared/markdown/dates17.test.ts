import { describe, expect, it } from 'vitest';
import { findDate, findDateShape } from '../../../../shared/markdown/dates';

const found = (text: string) => {
  const date = findDate(text);
  return date ? { iso: date.iso, day: date.day, written: text.slice(date.start, date.end) } : null;
};

describe('findDate: the day as written (review 17, finding 2)', () => {
  it('keeps the calendar day written in the zone the date names, beside the UTC instant', () => {
    expect(found('2023年11月3日 07:30 北京时间 新华社记者 李明')).toEqual({ iso: '2023-11-02T23:30:00Z', day: '2023-11-03', written: '2023年11月3日 07:30 北京时间' });
    expect(found('1/1/2024 0:30 AM UTC+8 宝尹')).toMatchObject({ iso: '2023-12-31T16:30:00Z', day: '2024-01-01' });
    expect(found('12/31/2023 7:30 PM ET Jane Doe')).toMatchObject({ iso: '2024-01-01T00:30:00Z', day: '2023-12-31' });
    expect(found('北京时间 2023年11月3日 06:00')).toMatchObject({ iso: '2023-11-02T22:00:00Z', day: '2023-11-03' });
  });

  it('gives the UTC day when no zone is written, and the written day for a date without a clock', () => {
    expect(found('2020-08-14 08:08 路德社')).toMatchObject({ iso: '2020-08-14T08:08:00Z', day: '2020-08-14' });
    expect(found('北京时间 2023年11月3日')).toMatchObject({ iso: '2023-11-03T00:00:00Z', day: '2023-11-03' });
  });
});

describe('findDate: forms the metadata lines of review 17 wrote (finding 10)', () => {
  it('reads dates in Chinese numerals, with 〇, ○ or 零 for zero and 十 for tens', () => {
    expect(found('二〇二三年十一月三日 宝尹')).toEqual({ iso: '2023-11-03T00:00:00Z', day: '2023-11-03', written: '二〇二三年十一月三日' });
    expect(found('二零二三年十一月三日 宝尹')?.iso).toBe('2023-11-03T00:00:00Z');
    expect(found('二○二○年八月十四日')?.iso).toBe('2020-08-14T00:00:00Z');
    expect(found('二〇二三年十二月三十一日 14:05 北京时间')).toMatchObject({ iso: '2023-12-31T06:05:00Z', day: '2023-12-31' });
    expect(found('二〇二三年二月二十日')?.iso).toBe('2023-02-20T00:00:00Z');
    // No such day: no date.
    expect(found('二〇二三年二月三十日')).toBeNull();
  });

  it('reads a two-digit year after month and day: below 70 this century, from 70 the last', () => {
    expect(found('11/3/23 6:22 AM UTC 宝尹')).toEqual({ iso: '2023-11-03T06:22:00Z', day: '2023-11-03', written: '11/3/23 6:22 AM UTC' });
    expect(found('14/5/24 宝尹')?.iso).toBe('2024-05-14T00:00:00Z');
    expect(found('12/31/99')?.iso).toBe('1999-12-31T00:00:00Z');
    // Not a date: a longer run of numbers, or a third slash.
    expect(found('1/2/234')).toBeNull();
    expect(found('1/2/23/4')).toBeNull();
    // The four-digit year is still read whole.
    expect(found('11/3/2023 6:22 AM UTC')?.iso).toBe('2023-11-03T06:22:00Z');
  });

  it('reads day, month name and year joined by hyphens', () => {
    expect(found('14-Aug-2020 Jane Doe')).toEqual({ iso: '2020-08-14T00:00:00Z', day: '2020-08-14', written: '14-Aug-2020' });
    expect(found('3-Nov-23 6:22 PM EST')).toMatchObject({ iso: '2023-11-03T23:22:00Z', day: '2023-11-03' });
    expect(found('31-Feb-2020')).toBeNull();
  });

  it('reads 24:00 as the end of the day written (midnight starting the next), and no later time of hour 24', () => {
    expect(found('11/3/2023 24:00 UTC 宝尹')).toEqual({ iso: '2023-11-04T00:00:00Z', day: '2023-11-03', written: '11/3/2023 24:00 UTC' });
    expect(found('2023-12-31 24:00 北京时间')).toMatchObject({ iso: '2023-12-31T16:00:00Z', day: '2023-12-31' });
    expect(found('11/3/2023 24:30 UTC')).toBeNull();
    expect(found('11/3/2023 25:00 UTC')).toBeNull();
  });
});

describe('findDateShape: a date written at the start of a field, readable or not', () => {
  it('takes the date with its time and zone, up to the name after it', () => {
    expect(findDateShape('2/30/2023 6:22 AM UTC 宝尹')).toEqual({ text: '2/30/2023 6:22 AM UTC', start: 0, end: 21 });
    expect(findDateShape('11/3/2023 24:30 UTC 宝尹')?.text).toBe('11/3/2023 24:30 UTC');
    expect(findDateShape('二〇二三年十三月 宝尹')?.text).toBe('二〇二三年十三月');
    expect(findDateShape('Febuary 30, 2023 Jane Doe')?.text).toBe('Febuary 30, 2023');
  });

  it('finds nothing in a name, or a date that does not open the field', () => {
    expect(findDateShape('宝尹')).toBeNull();
    expect(findDateShape('Jane Doe')).toBeNull();
    expect(findDateShape('updated 2/30/2023')).toBeNull();
    // A version number is no date.
    expect(findDateShape('1.2.3 release notes')).toBeNull();
    expect(findDateShape('10.15.7')).toBeNull();
  });
});
