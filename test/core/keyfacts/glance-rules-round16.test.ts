/**
 * Glance rules of round 16 (src/core/keyfacts/glance/rules.ts), written after the blind set C10 was
 * scored, looking at half C10a and at C8b (no longer blind) only, then checked on C10b, C9b, every other
 * labelled set and the 499 unlabelled glance inputs.
 *
 * enFamilyNames: "Brothers" or "Sisters" ends a band's or a firm's name. Seen on C10a
 * (us-LATimes_2023_06_26#4, "The Isley Brothers" was a person). C10a +1 right.
 *
 * enEventNouns: a name of two words or more always followed by a noun for an event is the event's. Seen
 * on C10a (us-LATimes_2023_06_26#4, "California World Music festival" was an organisation). C10a one
 * mistyped chip fewer.
 *
 * enConnectorFronts: "of" or "for" left at a run's front once its opener is stripped opens no name.
 * Seen on C8b (us-LATimes_2023_06_26#2, "One of America's" gave the organisation "of America"). C8b one
 * mistyped chip fewer; C7a and the 499 inputs lose "for Remain Co.", shown beside "Remain Co.".
 *
 * enSurveyNames: surveys and indices are works. Seen on C8b (ca-FinancialPost_2026_06_06#2, "the Labour
 * Force Survey" was an organisation). C8b one wrong chip fewer.
 *
 * Over the 499 inputs the round changes two chips: "for Remain Co." out, Dell in its place.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 16 rule examples', [
  {
    rule: 'enFamilyNames', lang: 'en', says: '"The Isley Brothers" is a band, no person (C10a us-LATimes#4)',
    text: 'The festival consisted of notable acts Parliament Funkadelic, Rick James, The Isley Brothers and Rufus with Chaka Khan.',
    holds: (g) => g.organizations.includes('Isley Brothers') && !g.people.includes('Isley Brothers'),
  },
  {
    rule: 'enEventNouns', lang: 'en', says: '"the California World Music festival" is an event (C10a us-LATimes#4)',
    text: 'The California World Music festival lineup included Aerosmith, AC/DC and Ted Nugent. Fans came from Los Angeles.',
    holds: (g) => ![...g.people, ...g.organizations, ...g.places].includes('California World Music'),
  },
  {
    rule: 'enConnectorFronts', lang: 'en', says: '"One of America\'s great athletes" names America, not "of America" (C8b us-LATimes#2)',
    text: 'One of America’s great woman athletes, Didrikson won two gold medals in Los Angeles.',
    holds: (g) => g.places.includes('America') && !g.organizations.includes('of America'),
  },
  {
    rule: 'enSurveyNames', lang: 'en', says: '"the Labour Force Survey" is a work, no body (C8b ca-FinancialPost#2)',
    text: 'Given the volatility in the Labour Force Survey, it is hard to trust the signal, an economist in Toronto said.',
    holds: (g) => !g.organizations.includes('Labour Force Survey'),
  },
]);

describe('round 16 guards', () => {
  it('a name followed by an event noun only once, and named otherwise elsewhere, is kept ("at Ted Nugent festival shows")', () => {
    const g = glanceChips('Fans queued at Ted Nugent festival shows in Detroit. Ted Nugent said on Monday that he would tour again.', 'en');
    expect(g.people).toContain('Ted Nugent');
  });
  it('a place of two words before a noun for an event stays a place ("the New York marathon")', () => {
    const g = glanceChips('Runners trained for months before the New York marathon, organisers said on Sunday.', 'en');
    expect(g.places).toContain('New York');
  });
});
