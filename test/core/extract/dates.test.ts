import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/extract/metadata/dates';

const KST = { assumeOffsetMinutes: 540, outputOffsetMinutes: 540 };

describe('parseDate', () => {
  it('keeps ISO dates with an offset', () => {
    expect(parseDate('2023-04-19T15:34:32+09:00')).toBe('2023-04-19T15:34:32+09:00');
    expect(parseDate('2023-04-19T06:34:32-04:00')).toBe('2023-04-19T06:34:32-04:00');
  });
  it('reads an offset without a colon (+0900) and fractional seconds', () => {
    expect(parseDate('2025-05-15T20:00:52.000+0900')).toBe('2025-05-15T20:00:52+09:00');
  });
  it('converts UTC to +09:00 on Korean sites', () => {
    expect(parseDate('2023-04-20T04:24:13Z', KST)).toBe('2023-04-20T13:24:13+09:00');
    expect(parseDate('2023-04-05T02:52:50.165Z', KST)).toBe('2023-04-05T11:52:50+09:00');
  });
  it('treats a time without zone as KST on Korean sites, and leaves it zone-less elsewhere', () => {
    expect(parseDate('2023-04-07 08:26:22', KST)).toBe('2023-04-07T08:26:22+09:00');
    expect(parseDate('2023-04-07 08:26:22')).toBe('2023-04-07T08:26:22');
  });
  it('reads Korean printed dates', () => {
    expect(parseDate('2017.04.20. 오후 3:53', KST)).toBe('2017-04-20T15:53:00+09:00');
    expect(parseDate('2017.04.20. 오전 12:05', KST)).toBe('2017-04-20T00:05:00+09:00');
    expect(parseDate('입력 2023.04.07 (19:13)', KST)).toBe('2023-04-07T19:13:00+09:00');
    expect(parseDate('기사입력 2023-04-04 19:01 l 최종수정 2023-04-04 19:30', KST)).toBe('2023-04-04T19:01:00+09:00');
    expect(parseDate('등록 2023.04.21 16:27 / 수정 2023.04.21 16:29', KST)).toBe('2023-04-21T16:27:00+09:00');
    expect(parseDate('2017/06/01 18:10', KST)).toBe('2017-06-01T18:10:00+09:00');
    expect(parseDate('2013-10-24 03:00:00', KST)).toBe('2013-10-24T03:00:00+09:00');
  });
  it('reads English printed dates', () => {
    expect(parseDate('15:34 April 19, 2023', KST)).toBe('2023-04-19T15:34:00+09:00');
    expect(parseDate('Published : Mar 6, 2024 - 15:10', KST)).toBe('2024-03-06T15:10:00+09:00');
    expect(parseDate('April 19, 2023 3:53 PM', KST)).toBe('2023-04-19T15:53:00+09:00');
  });
  it('rejects what is not a date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('no date here')).toBeNull();
    expect(parseDate('2023-13-45')).toBeNull();
  });
});
