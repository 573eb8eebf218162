/**
 * Glance rule of round 13 (src/core/keyfacts/glance/rules.ts): one name word after a word of kinship.
 * Seen on C7 (telegraph#2, "his first wife, Sally, was dying"). In the labelled English sets the cue
 * (a word of kinship, then a capitalised name) meets 23 mentions: 21 are labelled people, the others
 * "mother Jean" (unlabelled) and "son Prosecutors" (a caption run into a sentence, which the guards
 * keep out). The rule adds 9 chips there, all right. Each example holds with the rule on and fails
 * with it off; each guard below fails when its check is removed.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips, type RuleExample } from '../../helpers/glance-rules';

const EXAMPLES: RuleExample[] = [
  {
    rule: 'enKinNames', lang: 'en', says: 'a name set off by commas after a word of kinship: "as his first wife, Sally, was dying" (C7 telegraph#2)',
    text: 'Grace Mugabe, a former government typist, started an affair with Mr Mugabe in the early 1990s as his first wife, Sally, was dying of kidney disease.',
    holds: (g) => g.people.includes('Sally'),
  },
  {
    rule: 'enKinNames', lang: 'en', says: 'a name right after a word of kinship: "his brother Khaleel" (C4 haitiantimes)',
    text: 'The teenager trains every morning with his brother Khaleel before school. The family moved to Florida in 2015.',
    holds: (g) => g.people.includes('Khaleel'),
  },
  {
    rule: 'enKinNames', lang: 'en', says: 'his girlfriend, Tina, and a friend, Kristelle (C3 dm-test-6555c150)',
    text: 'He was out with his girlfriend, Tina, when the call came. A friend, Kristelle, drove them home.',
    holds: (g) => g.people.includes('Tina') && g.people.includes('Kristelle'),
  },
];

describeRuleExamples('round 13 rule examples', EXAMPLES);

describe('round 13 guards', () => {
  it('a word the article also writes in lower case is no name ("her son Officers said …", "two officers")', () => {
    const g = glanceChips('The photo shows her son Officers said the man fled. Two officers searched the area.', 'en');
    expect(g.people).not.toContain('Officers');
  });
  it('a title, a demonym or a caption word after a word of kinship is no name ("son Prince", "son American", "son Pictured")', () => {
    for (const word of ['Prince', 'American', 'Pictured']) {
      expect(glanceChips(`The photo shows the widow and her son ${word} at the lake on Monday.`, 'en').people).not.toContain(word);
    }
  });
  it('a company or a place after a word of kinship stays what it is ("father, Samsung,"; "son, Seoul,")', () => {
    const g = glanceChips('Apple is the father, Samsung, the son, of the smartphone. He met his son, Seoul, on Monday.', 'en');
    expect(g.organizations).toContain('Samsung');
    expect(g.people).not.toContain('Samsung');
    expect(g.people).not.toContain('Seoul');
  });
  it('a word of kinship before a name of two words leaves it to the rules for full names ("his wife, Sally Mugabe,")', () => {
    const g = glanceChips('He married again after his wife, Sally Mugabe, died in 1992.', 'en');
    expect(g.people).not.toContain('Sally');
  });
  it('"partner" is no word of kinship ("its partner, Volvo,")', () => {
    const g = glanceChips('The carmaker said its partner, Volvo, would build the plant. Officials said it would open next year.', 'en');
    expect(g.people).not.toContain('Volvo');
  });
  it('a comma before the name is not enough: the name must be set off by a second one ("his son, Frank and Jesse left")', () => {
    const g = glanceChips('They buried his son, Jesse and the others left the farm at dawn.', 'en');
    expect(g.people).not.toContain('Jesse');
  });
});
