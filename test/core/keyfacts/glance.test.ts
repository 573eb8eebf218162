import { describe, expect, it } from 'vitest';
import { atAGlance } from '../../../src/core/keyfacts';
import { SEED_TITLE, seedBody, summaries } from '../../helpers/summaries';

const koItem = (id: string) => summaries('ko').find((i) => i.id === id)!;

describe('atAGlance (en, seed article)', () => {
  // Published Wednesday 17 April 2024, Seoul time.
  const glance = atAGlance({ title: SEED_TITLE, textContent: seedBody(), lang: 'en', publishedTime: '2024-04-17T15:20:00+09:00' });

  it('finds the people, organisations and places', () => {
    expect(glance.people).toEqual(['Shin Won-sik', 'Lloyd Austin']);
    expect(glance.organizations).toEqual(expect.arrayContaining(['Pentagon', 'UN Security Council']));
    expect(glance.places).toEqual(expect.arrayContaining(['South Korea', 'North Korea', 'Russia', 'Ukraine', 'Japan']));
    expect(glance.places).not.toContain('Shin Won-sik');
  });

  it('resolves weekdays against the published date and keeps month-year dates', () => {
    expect(glance.dates).toEqual(expect.arrayContaining([
      { text: 'Wednesday', date: '2024-04-17' },
      { text: 'Monday', date: '2024-04-15' },
      { text: 'July 2023', date: '2023-07' },
    ]));
  });

  it('reads "6,700 containers" as a count of containers', () => {
    expect(glance.numbers).toContainEqual({ text: '6,700 containers', value: 6700, unit: 'containers' });
    expect(glance.numbers.some((n) => n.text.includes('2023'))).toBe(false); // a year is a date, not a number
  });

  it('attributes quotes, resolving "it said" to the previous speaker', () => {
    expect(glance.quotes[0].speaker).toBe("Seoul's defense ministry");
    expect(glance.quotes[0].text).toMatch(/^They shared concerns the illegal arms transfers/);
    const denounced = glance.quotes.find((q) => q.text.startsWith('The two sides strongly denounced'));
    expect(denounced?.speaker).toBe("Seoul's defense ministry");
    expect(glance.quotes.some((q) => q.text === 'shared defense and security priorities')).toBe(false); // scare quote
  });
});

describe('atAGlance (en, relative and absolute dates, money, percent)', () => {
  it('resolves relative dates and reads currency and percentages', () => {
    const g = atAGlance({
      title: '',
      textContent: 'The bank said on Thursday that profit rose 15% to $1.2 billion last month. Its chief, Mr. Park, will speak next Monday. The deal closed on March 3.',
      lang: 'en',
      publishedTime: '2024-04-19T09:00:00-04:00', // a Friday
    });
    expect(g.dates).toEqual([
      { text: 'Thursday', date: '2024-04-18' },
      { text: 'last month', date: '2024-03' },
      { text: 'next Monday', date: '2024-04-22' },
      { text: 'March 3', date: '2024-03-03' },
    ]);
    expect(g.numbers).toEqual([
      { text: '15%', value: 15, unit: '%' },
      { text: '$1.2 billion', value: 1.2e9, unit: 'USD' },
    ]);
    expect(g.people).toEqual(['Park']);
  });
});

describe('atAGlance (ko)', () => {
  it('reads 조/억 amounts, relative Korean dates in KST, places and organisations', () => {
    const g = atAGlance({
      title: '',
      textContent: '정부는 지난달 27일 1조 2,000억 원 규모의 추경을 편성했다. 설명회는 오는 3일 광양시 진상면에서 열린다. 이날 한국천문연구원은 달이 14% 더 커 보인다고 밝혔다.',
      lang: 'ko',
      publishedTime: '2024-04-16T16:30:00Z', // 2024-04-17 01:30 KST
    });
    expect(g.numbers).toEqual([
      { text: '1조 2,000억 원', value: 1.2e12, unit: '원' },
      { text: '14%', value: 14, unit: '%' },
    ]);
    expect(g.dates).toEqual([
      { text: '지난달 27일', date: '2024-03-27' },
      { text: '오는 3일', date: '2024-05-03' },
      { text: '이날', date: '2024-04-17' },
    ]);
    expect(g.places).toEqual(['광양시', '진상면']);
    expect(g.organizations).toEqual(['정부', '한국천문연구원']); // 정부는 … 편성했다: the government acting
  });

  it('resolves 지난해 12월 and reads 5박 7일 as a duration, not a date', () => {
    const g = atAGlance({
      title: '',
      textContent: '윤석열 대통령은 오는 24일부터 30일까지 5박 7일 일정으로 미국을 방문한다. 지난해 12월 마크롱 대통령 이후 처음이다.',
      lang: 'ko',
      publishedTime: '2023-04-20T13:06:00+09:00',
    });
    expect(g.dates).toEqual([
      { text: '오는 24일', date: '2023-04-24' },
      { text: '30일', date: '2023-04-30' },
      { text: '지난해 12월', date: '2022-12' },
    ]);
    expect(g.people).toEqual(['윤석열', '마크롱']); // Macron: a name + 대통령
    expect(g.places).toEqual(['미국']);
  });

  it('finds amounts, places and organisations in a real local news story', () => {
    const item = koItem('dacon-290741867');
    const g = atAGlance({ title: item.title, textContent: item.text, lang: 'ko', publishedTime: '2018-01-10T10:00:00+09:00' });
    expect(g.numbers).toContainEqual({ text: '3조 1000억원', value: 3.1e12, unit: '원' });
    // The story only has 광양시 acting (광양시가 … 추진, 광양시는 …): the city government, an organisation.
    expect(g.organizations).toContain('광양시');
    expect(g.places).not.toContain('광양시');
  });

  it('finds quotes with their speaker, completing "이 위원" from the name given earlier', () => {
    const item = koItem('scinews-18');
    const g = atAGlance({ title: item.title, textContent: item.text, lang: 'ko' });
    expect(g.people).toContain('이민형');
    expect(g.organizations).toEqual(expect.arrayContaining(['과학기술정책연구원', 'STEPI']));
    expect(g.quotes[0]).toEqual({ text: '정부가 풀뿌리 지원만 강조하는데 `왜 기초연구를 하는가`에 대한 근본적 질문이 없다', speaker: '이민형 STEPI 선임연구위원' });
    expect(g.quotes[1].speaker).toBe('이민형 위원');
  });

  it('reads distances written as 35만6509㎞ and "오는 16일"', () => {
    const moon = atAGlance({ title: '', textContent: koItem('scinews-04').text, lang: 'ko' });
    expect(moon.numbers).toContainEqual({ text: '35만6509㎞', value: 356509, unit: '㎞' });
    expect(moon.organizations).toContain('한국천문연구원');
    const item = koItem('dacon-296785515');
    const g = atAGlance({ title: '', textContent: item.text, lang: 'ko', publishedTime: '2018-01-09T09:00:00+09:00' });
    expect(g.dates).toContainEqual({ text: '오는 16일', date: '2018-01-16' });
    expect(g.places).toContain('순천시');
  });
});

describe('atAGlance: edge input', () => {
  it('returns empty lists for empty text and survives huge text', () => {
    expect(atAGlance({ title: '', textContent: ' ', lang: 'en' })).toEqual({ people: [], organizations: [], places: [], dates: [], numbers: [], quotes: [] });
    const huge = atAGlance({ title: '', textContent: `${seedBody()}\n`.repeat(300), lang: 'en' });
    expect(huge.people).toEqual(['Shin Won-sik', 'Lloyd Austin']);
    expect(huge.numbers.length).toBeLessThanOrEqual(12);
  });

  it('reads only the first 100,000 characters', () => {
    const tail = 'Minister Shin Won-sik said the Ministry of Defense in Seoul would act.';
    expect(atAGlance({ title: '', textContent: tail, lang: 'en' }).people).toEqual(['Shin Won-sik']);
    const g = atAGlance({ title: '', textContent: 'Filler text here. '.repeat(6000) + tail, lang: 'en' });
    expect(g).toEqual({ people: [], organizations: [], places: [], dates: [], numbers: [], quotes: [] });
  });

  it('handles one 100k-character sentence where thousands of names are speakers', () => {
    // Each name used to be searched for over the whole sentence (7-12 s on this input; ~0.1-0.3 s
    // now). No wall-clock assertion here (it would flake on a loaded machine); glance-speed.ts measures.
    const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];
    // Distinct surnames spelt with letters only (a digit is never part of a name): Alphaa, Hotelb, …
    const letters = (n: number) => { let s = ''; do { s += String.fromCharCode(97 + (n % 26)); n = Math.floor(n / 26); } while (n); return s; };
    const text = Array.from({ length: 8000 }, (_, i) => `${words[i % 12]} ${words[(i * 7) % 12]}${letters(i)} said`).join(' ');
    const g = atAGlance({ title: '', textContent: text, lang: 'en' });
    expect(g.people.slice(0, 3)).toEqual(['Alpha Alphaa', 'Bravo Hotelb', 'Charlie Charliec']);
    expect(g.people).toHaveLength(12);
  });

  it('leaves dates unresolved when there is no published time', () => {
    const g = atAGlance({ title: '', textContent: 'Officials met on Wednesday.', lang: 'en' });
    expect(g.dates).toEqual([{ text: 'Wednesday', date: null }]);
  });
});
