/**
 * Glance rules of round 19 (src/core/keyfacts/glance/rules.ts). Rounds 11–18 each mended the errors
 * of the set they read, and the next unseen set moved by about one chip in a hundred. Round 19 asked
 * instead which typing paths are weak on text no rule had been written on: each blind set was scored
 * again with the code of its day (C8 at round 13, C9 at 14, C10 at 15, C11 at 16, C12 at 17) and
 * every chip traced to the line of `classifyEnglish` that typed it. Paths were chosen on C8–C10 and
 * checked on C11–C12:
 *
 * | path | C8–C10 right / mistyped / not a name | C11–C12 |
 * | --- | --- | --- |
 * | doubtful people (enShortFallback) | 5 / 5 / 3 | 7 / 3 / 3 |
 * | a name ending in a place is a body | 5 / 7 / 0 | 0 / 5 / 0 |
 * | a person by a word met alone only | (within 115 / 6 / 5 of all people) | (44 / 3 / 0) |
 *
 * enCommonWordNames: a doubtful person whose name opens or ends with a common English word (SCOWL
 * levels 10 and 20, common-words-en.ts) is not shown ("Killer Instinct", "Voting Member", "Van Halen").
 * enBrandNouns: a name whose first word the article uses alone and whose last word is a common English
 * word is no person unless a title, a given name, speech or a byline says so ("Dolby Vision", "Xbox
 * Live", "Zenbivy Bed"). enPlaceTailCues: a name ending in a place is a body only in a sports story,
 * beside a noun for a body, or opened by a club's word or a known company ("Real Madrid"; "Statistics
 * Korea" by enFieldBodies of round 22); "Canadian Rockies" and "Veterans of Ireland" were bodies.
 *
 * Over every labelled English set, against round 18, the three remove 29 chips that were mistyped or
 * no names and 10 right ones, and bring in two wrong doubtful people in their place ("Dolby Atmos",
 * "Forza Motorsport"); over the 499 unlabelled glance inputs 57 chips change, almost all of them
 * removed non-names ("Pick Products", "Search Preferences", "Web Console", "Added Banners").
 */
import { describe, expect, it } from 'vitest';
import { commonEnglishWord } from '../../../src/core/keyfacts/glance/common-words-en';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 19 rule examples', [
  {
    rule: 'enCommonWordNames', lang: 'en', keepsFallback: true, says: '"Killer Instinct", a game, is no doubtful person (C7 engadget#2)',
    text: 'We only had a few enhanced titles to test out during our review: Gears of War 4, Killer Instinct and Super Lucky\'s Tale.',
    holds: (g) => !g.people.includes('Killer Instinct'),
  },
  {
    rule: 'enCommonWordNames', lang: 'en', keepsFallback: true, says: '"Voting Member", a role, is no doubtful person (C10 ebb-org#4)',
    text: 'I\'ve spent the last 22 years dedicating substantial time, effort, care and loyalty to the various FSF roles that I\'ve had: including employee, volunteer, at-large Director, and Voting Member.',
    holds: (g) => !g.people.includes('Voting Member'),
  },
  {
    rule: 'enBrandNouns', lang: 'en', says: '"Xbox Live", a service of the brand the article names alone, is no person (C10 engadget#4)',
    text: 'If your friends are on Xbox Live, or you are a devotee of the first party franchises, then the X makes more sense. Xbox sales rose in the spring.',
    holds: (g) => !g.people.includes('Xbox Live'),
  },
  {
    rule: 'enBrandNouns', lang: 'en', says: '"Dolby Vision", a format, is no person (C10 engadget#4)',
    text: 'Unfortunately, the One X doesn\'t support Dolby Vision, so you\'re stuck with the slightly less capable HDR 10 standard. Dolby licenses its formats to television makers.',
    holds: (g) => !g.people.includes('Dolby Vision'),
  },
  {
    rule: 'enPlaceTailCues', lang: 'en', says: '"the Canadian Rockies" is no organisation (C12 us-Wired_2024_04_28#7)',
    text: 'Thanks to 900-fill down insulation, it was more than toasty enough for nights in the low 40s in the Canadian Rockies.',
    holds: (g) => !g.organizations.includes('Canadian Rockies'),
  },
  {
    rule: 'enPlaceTailCues', lang: 'en', says: '"Veterans of Ireland’s diplomatic service" gives no organisation (C9 be-PoliticoEu_2025_10_23#3)',
    text: 'Veterans of Ireland’s diplomatic service have expressed fears that a President Connolly might confuse the world about the Irish government’s true positions.',
    holds: (g) => !g.organizations.includes('Veterans of Ireland'),
  },
]);

describe('round 19 guards', () => {
  it('a person named with speech keeps the chip though the surname is a common word ("said Ayesha Power … Ayesha")', () => {
    const g = glanceChips('“We will rebuild the harbour,” said Ayesha Power on Tuesday. Ayesha grew up in the town.', 'en');
    expect(g.people).toContain('Ayesha Power');
  });
  it('a doubtful person of uncommon words is still shown in a short article ("Crispin Glover")', () => {
    const g = glanceChips('The film stars Crispin Glover as a lonely inventor who builds a machine in his garage.', 'en');
    expect(g.people).toContain('Crispin Glover');
  });
  it('a club named by its city stays a body outside a sports story ("Real Madrid")', () => {
    const g = glanceChips('The bank has sponsored Real Madrid since 2019, its annual report shows.', 'en');
    expect(g.organizations).toContain('Real Madrid');
  });
  // Held by enFieldBodies (round 22): one common word, then a place.
  it('a national statistics office stays a body ("Statistics Korea")', () => {
    const g = glanceChips('Exports rose 5 percent in May, according to data released by Statistics Korea on Monday.', 'en');
    expect(g.organizations).toContain('Statistics Korea');
  });
  it('knows common words in their inflected forms and leaves initials and names alone', () => {
    expect(['Cooking', 'communities', 'Member', 'Prison', 'happening'].map(commonEnglishWord)).toEqual([true, true, true, true, true]);
    expect(['Glover', 'Tšosane', 'A', 'Haselhoef', 'Rooney'].map(commonEnglishWord)).toEqual([false, false, false, false, false]);
  });
});
