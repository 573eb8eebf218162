/**
 * Glance rules of round 18 (src/core/keyfacts/glance/rules.ts), written after the blind set C12 was
 * scored (round 17's code: C12 0.880 / 8.0 % mistyped, each half 0.880; round 16's 0.878 / 8.1 %).
 * They looked at half C12a only and were checked on C12b, every other labelled set and the 499
 * unlabelled glance inputs.
 *
 * enWorkTitles: a title after a noun for a work ("the film Lady Bird", "films such as The Wise Kids",
 * "novels like Beloved"), at every mention, is no chip. Seen on C12a (videos-1#7, "The Wise Kids" was a
 * doubtful person, shown only because the document had few chips; the examples below run with that
 * fallback off, so that case is not among them): C12a one wrong chip fewer; on the held-out set (unseen by this round) "The Tortured Poets
 * Department", an album, is no longer an organisation; no change over the 499 inputs.
 *
 * enOccasionParties: "Birthday Party" and other parties for an occasion are no political party. Seen on
 * C12a (videos-1#7, "Henry Gamble's Birthday Party" gave the organisation "Birthday Party"): C12a and the
 * 499 inputs one wrong chip fewer.
 *
 * enMorePlaceWords (round 17) takes "Wilderness", "Prison", "Jail" and "Penitentiary": C12a ("At Folsom
 * Prison in California" was a person, "the Pisgauh Wilderness" an organisation) two mistyped chips fewer;
 * over the 499 inputs Folsom Prison becomes a place and pushes Sacramento out of that page's twelve.
 *
 * C12b, unseen: unchanged (0.880 / 8.0 %).
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 18 rule examples', [
  {
    rule: 'enWorkTitles', lang: 'en', says: '"her album The Tortured Poets Department" names an album, no organisation (held-out us-RollingStone_2024_04_25)',
    text: 'Fans lined up for hours as her album The Tortured Poets Department broke streaming records on Friday.',
    holds: (g) => !g.organizations.includes('Tortured Poets Department'),
  },
  {
    rule: 'enOccasionParties', lang: 'en', says: '"Henry Gamble\'s Birthday Party" gives no organisation "Birthday Party" (C12a videos-1#7)',
    text: 'His earlier films The Wise Kids and Henry Gamble’s Birthday Party combine an unusual level of empathy for his characters.',
    holds: (g) => !g.organizations.includes('Birthday Party'),
  },
  {
    rule: 'enMorePlaceWords', lang: 'en', says: '"At Folsom Prison in California" names a place, no person (C12a videos-1#7)',
    text: 'At Folsom Prison in California, incarcerated men regularly participate in group therapy.',
    holds: (g) => g.places.includes('Folsom Prison') && !g.people.includes('Folsom Prison'),
  },
  {
    rule: 'enMorePlaceWords', lang: 'en', says: '"the Pisgauh Wilderness" is a place, no organisation (C12a us-Wired_2024_04_28#8)',
    text: 'I spent four nights in the Pisgauh Wilderness lugging this thing around for my son.',
    holds: (g) => g.places.includes('Pisgauh Wilderness') && !g.organizations.includes('Pisgauh Wilderness'),
  },
]);

describe('round 18 guards', () => {
  it('a team after "play" as a verb keeps its chip ("Chelsea play Liverpool on Sunday")', () => {
    const g = glanceChips('Chelsea play Liverpool on Sunday at Stamford Bridge, the club said.', 'en');
    expect([...g.organizations, ...g.places]).toContain('Liverpool');
  });
  it('a title also named otherwise keeps its chip ("the film Paris … returned to Paris")', () => {
    const g = glanceChips('The film Paris follows five strangers through one summer. Tourists returned to Paris in large numbers this year.', 'en');
    expect(g.places).toContain('Paris');
  });
});
