import { describe, expect, it } from 'vitest';
import { articleLang, langFromScript } from '../../../src/core/extract/lang';
import { readingMinutes, KOREAN_CHARS_PER_MINUTE, WORDS_PER_MINUTE } from '../../../src/core/extract/reading-time';
import { cleanByline, isOrganisationByline } from '../../../src/core/extract/metadata';

describe('language', () => {
  it('says ko for Hangul text, whatever the page declares', () => {
    expect(langFromScript('정부와 여당이 양곡관리법 개정안에 대한 재의요구권을 건의하겠다고 밝혔습니다.')).toBe('ko');
    expect(articleLang('en', '정부와 여당이 양곡관리법 개정안에 대한 재의요구권을 건의하겠다고 밝혔습니다.')).toBe('ko');
  });
  it('keeps the declared language for other text, and null when nothing is known', () => {
    expect(articleLang('de', 'Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.')).toBe('de');
    expect(articleLang(null, 'The government announced new rules on Wednesday in Seoul.')).toBeNull();
  });
});

describe('reading time', () => {
  it('counts Korean by characters', () => {
    expect(readingMinutes('가'.repeat(KOREAN_CHARS_PER_MINUTE * 3), 'ko')).toBe(3);
    // Spaces do not count: the same characters with spaces read as long.
    expect(readingMinutes('가나다 '.repeat(KOREAN_CHARS_PER_MINUTE), 'ko')).toBe(3);
  });
  it('counts other languages by words, at least one minute', () => {
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 4), 'en')).toBe(4);
    expect(readingMinutes('Short text.', 'en')).toBe(1);
    expect(readingMinutes('', 'en')).toBe(0);
  });
});

describe('bylines', () => {
  it('reduces a printed Korean byline to name and role', () => {
    expect(cleanByline('순천, 광양 구현모 기자 ninek@hankookilbo.com')).toBe('구현모 기자');
    expect(cleanByline('By Lee Haye-ah')).toBe('Lee Haye-ah');
  });
  it('recognises organisations', () => {
    expect(isOrganisationByline('SBS NEWS', ['SBS 뉴스'])).toBe(true);
    expect(isOrganisationByline('연합뉴스 | 네이버', [])).toBe(true);
    expect(isOrganisationByline('유영규 기자', ['SBS 뉴스'])).toBe(false);
    expect(isOrganisationByline('Jane Doe', ['The Daily'])).toBe(false);
  });
});
