// @vitest-environment jsdom
/** Glance name chips: hovering or focusing one shows the first sentence of the article that names it. */
import { describe, expect, it } from 'vitest';
import { setMessageSource } from '../../src/ui/i18n';
import { firstSentenceNaming, renderGlance } from '../../src/ui/render/glance';

setMessageSource((key) => key);

const TEXT = 'SEOUL, April 19 (Yonhap) -- President Yoon Suk Yeol will give an address at Harvard University, his office said.\n\n'
  + 'Following the address, Yoon will hold a discussion with Joseph Nye. 윤석열 대통령은 미국을 방문한다.';

describe('glance chips: first sentence that names them', () => {
  it('finds the first sentence with the name, English and Korean', () => {
    expect(firstSentenceNaming(TEXT, 'Joseph Nye')).toBe('Following the address, Yoon will hold a discussion with Joseph Nye.');
    expect(firstSentenceNaming(TEXT, 'Harvard University')).toBe('SEOUL, April 19 (Yonhap) -- President Yoon Suk Yeol will give an address at Harvard University, his office said.');
    expect(firstSentenceNaming(TEXT, '미국')).toBe('윤석열 대통령은 미국을 방문한다.');
    expect(firstSentenceNaming(TEXT, 'Absent Name')).toBeNull();
  });

  it('finds a name the text writes with a soft hyphen, as the glance reads it ("Vladi\u00admir Putin")', () => {
    expect(firstSentenceNaming('Intro. Netanyahu met Vladi\u00admir Putin in Moscow. End.', 'Vladimir Putin')).toBe('Netanyahu met Vladimir Putin in Moscow.');
  });

  it('puts the sentence on the chip as its title and accessible description', () => {
    const glance = { people: ['Joseph Nye'], organizations: ['Harvard University'], places: ['Seoul'], dates: [{ text: 'April 19', date: '2023-04-19' }], numbers: [], quotes: [] };
    const section = renderGlance(document, glance, 'en', { onFind: () => {}, articleText: TEXT })!;
    const chip = section.querySelector<HTMLButtonElement>('.lede-chip-people')!;
    expect(chip.getAttribute('title')).toBe('Following the address, Yoon will hold a discussion with Joseph Nye.');
    expect(chip.getAttribute('aria-description')).toBe(chip.getAttribute('title'));
    expect(section.querySelector('.lede-chip-places')?.getAttribute('title')).toMatch(/^SEOUL, April 19/); // written "SEOUL"
    expect(section.querySelector('.lede-chip-dates')?.getAttribute('title')).toBe('2023-04-19'); // dates keep their ISO date
  });
});
