/**
 * Glance rule of round 21 (src/core/keyfacts/glance/rules.ts), written on C13b after its blind figure was
 * taken (round 20's code: C13b 0.897 / 2.6 % mistyped / 7.7 % no name). After it no half of C13 is unseen.
 *
 * enCoordinatedCommonWords: a name listed beside a person ("Fred Allen and Norman Corwin", "Adrienne So,
 * Martin Cizmar") is no person when its first and last words are common English words ("Posted by Andrew
 * Hayden, Software Engineer"). C13b 0.897 -> 0.921; C12a loses its one wrong chip ("The Wise Kids and
 * Henry Gamble's Birthday Party", a film beside a person); over the 499 inputs only "Software Engineer" goes.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 21 rule examples', [
  {
    rule: 'enCoordinatedCommonWords', lang: 'en', says: '"Andrew Hayden, Software Engineer": the job title is no person (C13b links-in-tables)',
    text: 'Posted by Andrew Hayden, Software Engineer on Google Play. App updates are now smaller.',
    holds: (g) => g.people.includes('Andrew Hayden') && !g.people.includes('Software Engineer'),
  },
]);

describe('round 21 guards', () => {
  it('a person listed beside another keeps the chip though the surname is a common word ("Adele Smith and Okonkwo Rose")', () => {
    const g = glanceChips('Adele Smith and Okonkwo Rose wrote the report for the council last year.', 'en');
    expect(g.people).toEqual(expect.arrayContaining(['Adele Smith', 'Okonkwo Rose']));
  });
});
