import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../shared/markdown/dates';

const iso = (text: string): string | null => findDate(text)?.iso ?? null;

describe('findDate', () => {
  it('reads the numeric forms of the corpora, a date without a zone as UTC', () => {
    expect(iso('11/3/2023 6:22 AM UTC 宝尹')).toBe('2023-11-03T06:22:00Z');
    expect(iso('2020-08-14 08:08 路德社')).toBe('2020-08-14T08:08:00Z');
    expect(iso('2023年11月3日 14:05')).toBe('2023-11-03T14:05:00Z');
    expect(iso('2023/11/03 12:00 PM')).toBe('2023-11-03T12:00:00Z');
    expect(iso('12/25/2022 12:30 AM EST')).toBe('2022-12-25T05:30:00Z');
  });

  it('reads a Chinese part of the day before the time, hour words, and a time written right after 日', () => {
    expect(iso('2023年11月3日 下午6:22 宝尹')).toBe('2023-11-03T18:22:00Z');
    expect(iso('2023年11月3日 晚上9点05分 记者')).toBe('2023-11-03T21:05:00Z');
    expect(iso('2023-11-03 上午12:30')).toBe('2023-11-03T00:30:00Z');
    expect(iso('2023年11月3日 中午1点')).toBe('2023-11-03T13:00:00Z');
    expect(iso('2023年11月3日 中午12:10')).toBe('2023-11-03T12:10:00Z');
    expect(iso('2023年11月3日18:22')).toBe('2023-11-03T18:22:00Z');
    expect(iso('2023年11月3日 下午6時22分 北京時間')).toBe('2023-11-03T10:22:00Z');
    const text = '2023年11月3日 下午6:22 宝尹';
    const found = findDate(text)!;
    expect(text.slice(found.start, found.end)).toBe('2023年11月3日 下午6:22');
  });

  it('reads English month names, abbreviated or not, in either order', () => {
    expect(iso('Nov 3, 2023 6:22 AM UTC John Smith')).toBe('2023-11-03T06:22:00Z');
    expect(iso('By Jane Doe, November 3, 2023, 6:22 PM')).toBe('2023-11-03T18:22:00Z');
    expect(iso('Sept. 30, 2021')).toBe('2021-09-30T00:00:00Z');
    expect(iso('3 November 2023 at 14:05 GMT')).toBe('2023-11-03T14:05:00Z');
    expect(iso('1st May 2020')).toBe('2020-05-01T00:00:00Z');
  });

  it('finds the first date and says where it is', () => {
    const found = findDate('Updated Oct 7, 2023 — first published 2023-10-06');
    expect(found?.iso).toBe('2023-10-07T00:00:00Z');
    expect('Updated Oct 7, 2023 — first published 2023-10-06'.slice(found!.start, found!.end)).toBe('Oct 7, 2023');
  });

  it('reads dotted dates day first, a zone in brackets, a no-break space before the time, and CST by the script around it', () => {
    expect(iso('03.11.2023 18:22 | 作者')).toBe('2023-11-03T18:22:00Z');
    expect(iso('15.03.2021 09:00 MEZ')).toBe('2021-03-15T08:00:00Z');
    expect(iso('v1.2.2023')).toBeNull();
    expect(iso('2023年11月3日 周五 凌晨2:15（北京时间）')).toBe('2023-11-02T18:15:00Z');
    expect(iso('Nov 3, 2023 6:22 PM (EST)')).toBe('2023-11-03T23:22:00Z');
    expect(iso('2023-11-03\u00a018:22')).toBe('2023-11-03T18:22:00Z');
    // A Chinese line's CST is China (or Taiwan) Standard Time; an English one's is US Central.
    expect(iso('2023/11/03 18:22 CST 呂佳蓉')).toBe('2023-11-03T10:22:00Z');
    expect(iso('Nov 3, 2023 6:22 PM CST')).toBe('2023-11-04T00:22:00Z');
  });

  it('refuses impossible dates and text without one', () => {
    expect(iso('Feb 30, 2023')).toBeNull();
    expect(iso('2023-13-01')).toBeNull();
    expect(iso('may be 3 of 2023')).toBeNull();
    expect(iso('no date here')).toBeNull();
  });
});
