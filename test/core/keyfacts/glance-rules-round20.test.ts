/**
 * Glance rule of round 20 (src/core/keyfacts/glance/rules.ts), written after the blind set C13 was scored
 * (round 19's code: C13 0.859 / 6.3 % mistyped, C13a 0.800, C13b 0.897; round 18's 0.821 / 7.5 %). It looked
 * at half C13a only and was checked on C13b, every other labelled set and the 499 unlabelled glance inputs.
 *
 * enCreditAgencies: in a photo credit a name ending in "Images" is an agency whatever its length, a run
 * before a slash is in a credit as one after it is, and a credited name whose first and last words are
 * common English words is an agency, not the photographer. Seen on C13a (ehow-2: "(Mike Watson
 * Images/Moodboard/Getty)" and "Thomas Jackson/Digital Vision/Getty Images" gave two people): C13a two
 * mistyped chips fewer (0.800 -> 0.880); C13b, unseen, unchanged (0.897); no other labelled set and none of
 * the 499 inputs changes.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 20 rule examples', [
  {
    rule: 'enCreditAgencies', lang: 'en', says: '"(Mike Watson Images/Moodboard/Getty)" names an agency, no person (C13a ehow-2)',
    text: 'Plan the menu a week ahead and keep it simple. (Mike Watson Images/Moodboard/Getty) Guests can bring a dish each.',
    holds: (g) => g.organizations.includes('Mike Watson Images') && !g.people.includes('Mike Watson Images'),
  },
  {
    rule: 'enCreditAgencies', lang: 'en', says: '"Thomas Jackson/Digital Vision/Getty Images": the middle name is an agency, no person (C13a ehow-2)',
    text: 'Decorate with the graduate\'s school colours. Thomas Jackson/Digital Vision/Getty Images',
    holds: (g) => !g.people.includes('Digital Vision'),
  },
]);

describe('round 20 guards', () => {
  it('a photographer whose surname is a common word stays a person ("Okonkwo Young/Getty Images")', () => {
    const g = glanceChips('Fans waited outside the stadium for hours on Sunday. Okonkwo Young/Getty Images', 'en');
    expect(g.people).toContain('Okonkwo Young');
    expect(g.organizations).not.toContain('Okonkwo Young');
  });
});
