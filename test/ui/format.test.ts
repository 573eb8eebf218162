import { describe, expect, it } from 'vitest';
import { displayHost, displayMinutes, formatArticleTime, isMeaningfulUpdate } from '../../src/ui/format';

describe('formatArticleTime', () => {
  it('formats a Korean timestamp in the reader\'s locale and time zone', () => {
    const iso = '2023-04-19T15:34:00+09:00';
    expect(formatArticleTime(iso, 'en-US', 'Asia/Seoul')?.text).toBe('Apr 19, 2023, 3:34 PM');
    expect(formatArticleTime(iso, 'en-US', 'UTC')?.text).toBe('Apr 19, 2023, 6:34 AM');
    // Korean order (the AM/PM word depends on the ICU data of the runtime).
    expect(formatArticleTime(iso, 'ko', 'Asia/Seoul')?.text).toMatch(/^2023\. 4\. 19\. \S+ 3:34$/);
    expect(formatArticleTime(iso, 'en-US', 'UTC')?.dateTime).toBe('2023-04-19T06:34:00.000Z');
  });

  it('shows a bare date as that calendar day in every time zone', () => {
    expect(formatArticleTime('2023-04-19', 'en-US', 'America/Los_Angeles')).toEqual({ text: 'Apr 19, 2023', dateTime: '2023-04-19' });
    expect(formatArticleTime('2023-04-19', 'ko')?.text).toBe('2023. 4. 19.');
  });

  it('returns null for missing or unparsable values, and survives a bad locale', () => {
    expect(formatArticleTime(null, 'en')).toBeNull();
    expect(formatArticleTime('', 'en')).toBeNull();
    expect(formatArticleTime('yesterday', 'en')).toBeNull();
    expect(formatArticleTime('2023-04-19T06:34:00Z', 'not a locale!!', 'UTC')?.text).toBe('Apr 19, 2023, 6:34 AM');
  });
});

describe('isMeaningfulUpdate', () => {
  it('shows an update only when it is at least a minute after publication', () => {
    expect(isMeaningfulUpdate('2023-04-19T15:34:00+09:00', '2023-04-19T15:34:30+09:00')).toBe(false);
    expect(isMeaningfulUpdate('2023-04-19T15:34:00+09:00', '2023-04-19T06:34:00Z')).toBe(false);
    expect(isMeaningfulUpdate('2023-04-19T15:34:00+09:00', '2023-04-19T16:02:00+09:00')).toBe(true);
    expect(isMeaningfulUpdate(null, '2023-04-19T16:02:00+09:00')).toBe(true);
    expect(isMeaningfulUpdate('2023-04-19T15:34:00+09:00', null)).toBe(false);
    expect(isMeaningfulUpdate('2023-04-19T15:34:00+09:00', 'garbage')).toBe(false);
  });
});

describe('reading time and host', () => {
  it('rounds minutes and says "under a minute" below one', () => {
    expect(displayMinutes(0.4)).toBeNull();
    expect(displayMinutes(0)).toBeNull();
    expect(displayMinutes(Number.NaN)).toBeNull();
    expect(displayMinutes(1)).toBe(1);
    expect(displayMinutes(4.6)).toBe(5);
  });

  it('shows the host without www', () => {
    expect(displayHost('https://www.koreaherald.com/view.php?ud=1')).toBe('koreaherald.com');
    expect(displayHost('https://en.yna.co.kr/view/AEN1')).toBe('en.yna.co.kr');
    expect(displayHost('not a url')).toBe('');
  });
});
