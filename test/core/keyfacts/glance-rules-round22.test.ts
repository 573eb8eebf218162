/**
 * Glance rule of round 22 (src/core/keyfacts/glance/rules.ts). Written from how national bodies are named,
 * not from a labelled set: every labelled half had been read by then.
 *
 * enFieldBodies: one common English word, then a place, stays an institution where enPlaceTailCues (round 19)
 * would drop it ("Cricket Australia", "Air India", "Radio France", "Indeed Canada"). Not an adverb
 * opening a sentence ("Accordingly Turkey"). Over every labelled set: C9's "Indeed Canada" comes back (right);
 * over the 499 inputs: "Wired Italy" comes back (right).
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 22 rule examples', [
  {
    rule: 'enFieldBodies', lang: 'en', says: '"Cricket Australia", a national body named by its field, is an organisation',
    text: 'Cricket Australia said the tour would go ahead in March despite the dispute over pay.',
    holds: (g) => g.organizations.includes('Cricket Australia'),
  },
  {
    rule: 'enFieldBodies', lang: 'en', says: '"Indeed Canada" (a company\'s national branch) is an organisation (C9 ca-FinancialPost_2026_06_06#3)',
    text: 'Postings on the job site fell in May, according to Brendon Bernard, senior economist at Indeed Canada.',
    holds: (g) => g.organizations.includes('Indeed Canada'),
  },
]);

describe('round 22 guards', () => {
  it('an adverb opening a sentence before a place names no body ("Accordingly Turkey")', () => {
    const g = glanceChips('Accordingly Turkey has closed its border crossings, officials said on Monday.', 'en');
    expect(g.organizations).not.toContain('Accordingly Turkey');
  });
});
