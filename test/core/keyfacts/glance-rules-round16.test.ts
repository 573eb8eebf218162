/**
 * Glance rules of round 16 (src/core/keyfacts/glance/rules.ts), written after the blind set C10 was
 * scored. The first four looked at half C10a and at C8b (no longer blind) only and were checked on
 * C10b, C9b, every other labelled set and the 499 unlabelled glance inputs; the last four were written
 * on C10b once its blind figures were taken, and checked on C9b, every other set and the 499 inputs.
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
 * enKnownDemonyms: a known demonym is a demonym whatever its ending. Seen on C10b (wapo-1#4, "the Libyan
 * city of Sirte" made "Libyan" a place): C10b one wrong chip fewer; no change on the 499 inputs.
 *
 * enCompanyProducts: a known company and one more word read as a person's name is its product. Seen on
 * C10b ("Dolby Vision" a person; Dolby is no known company, so that chip stays); over the 499 inputs 7
 * wrong people go ("Google Docs", "Google Pay", "Apple Pay", "Facebook Messenger", "Mozilla Persona",
 * "Twitter Feed", "Google Doc"), "Meta" comes for the character Meta Ridley (wrong) and Tristan Nitot
 * takes a freed place.
 *
 * enTitleAcronyms: an acronym for an office's title is no organisation. Seen on C10b ("Berea District
 * Administrator (DA)") and C9a ("King's Counsel (KC)"): one wrong chip fewer on each; over the 499
 * inputs "Heartbeat and Status Controller (HSC)", a software part, goes.
 *
 * enCityShortForms: "L.A.", "NYC" are places. Seen on C10b (citylab-1#4, "the L.A.-based artist" made
 * L.A. an organisation): C10b, C8b and C3 +1 right each; over the 499 inputs L.A. and NYC become places,
 * and Las Vegas leaves the twelve places of the page that has L.A.
 *
 * Over the 499 inputs the first four rules change two chips ("for Remain Co." out, Dell in its place).
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
  {
    rule: 'enKnownDemonyms', lang: 'en', says: '"the Libyan city of Sirte" gives no place "Libyan" (C10b wapo-1#4)',
    text: 'Libyan militants loyal to the group beheaded 21 men along the coast. They later seized the Libyan city of Sirte.',
    holds: (g) => !g.places.includes('Libyan') && !g.organizations.includes('Libyan'),
  },
  {
    rule: 'enCompanyProducts', lang: 'en', says: '"Google Docs" is the company\'s product, no person (499 inputs: rt topicseed-1, medium-1)',
    text: 'Our team writes every draft in Google Docs. Later, Google Docs said nothing about the outage, and Docs kept working.',
    holds: (g) => !g.people.includes('Google Docs') && g.organizations.includes('Google'),
  },
  {
    rule: 'enTitleAcronyms', lang: 'en', says: '"the Berea District Administrator (DA)" names an office, no organisation (C10b ls-LesothoTimes#4)',
    text: 'He said he reported the grievances to the Berea District Administrator (DA) and is awaiting a response from the DA.',
    holds: (g) => !g.organizations.includes('DA'),
  },
  {
    rule: 'enTitleAcronyms', lang: 'en', says: '"King\'s Counsel (KC)" names an office (C9a ls-LesothoTimes_2025_05_23#3)',
    text: 'Advocate Karabo Mohau King’s Counsel (KC) once cautioned that the process is capable of abuse, the KC said.',
    holds: (g) => !g.organizations.includes('KC'),
  },
  {
    rule: 'enCityShortForms', lang: 'en', says: '"the L.A.-based artist" is based in a place (C10b citylab-1#4)',
    text: 'Bars hire firms such as the L.A.-based master neon artist Lisa Schulte to create custom signs.',
    holds: (g) => !g.organizations.includes('L.A.'),
  },
]);

describe('round 16 guards', () => {
  it('a body whose acronym ends with a title word is still a body ("International Court of Justice (ICJ)")', () => {
    const g = glanceChips('South Africa took its case to the International Court of Justice (ICJ) in The Hague. The ICJ ruled on Friday.', 'en');
    expect(g.organizations).toContain('ICJ');
  });
  it('a titled person whose given name is a company\'s stays a person ("Coach Dell Curry")', () => {
    const g = glanceChips('Coach Dell Curry said on Monday that the team would improve. Curry praised the players in Charlotte.', 'en');
    expect(g.people).toContain('Dell Curry');
    expect(g.organizations).not.toContain('Dell');
  });
  it('a name followed by an event noun only once, and named otherwise elsewhere, is kept ("at Ted Nugent festival shows")', () => {
    const g = glanceChips('Fans queued at Ted Nugent festival shows in Detroit. Ted Nugent said on Monday that he would tour again.', 'en');
    expect(g.people).toContain('Ted Nugent');
  });
  it('a place of two words before a noun for an event stays a place ("the New York marathon")', () => {
    const g = glanceChips('Runners trained for months before the New York marathon, organisers said on Sunday.', 'en');
    expect(g.places).toContain('New York');
  });
});
