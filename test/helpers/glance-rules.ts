/**
 * Labelled examples of the glance typing rules (src/core/keyfacts/glance/rules.ts): each holds with
 * its rule on and fails with that rule (and any it names in `alsoOff`) off.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { atAGlance } from '../../src/core/keyfacts';
import { RULES, type RuleName } from '../../src/core/keyfacts/glance/rules';

export type Chips = { people: string[]; organizations: string[]; places: string[] };

export const glanceChips = (text: string, lang: 'ko' | 'en'): Chips => atAGlance({ title: '', textContent: text, lang, publishedTime: null });

export interface RuleExample {
  rule: RuleName;
  /** Rules that would hold the example on their own, turned off with `rule`. */
  alsoOff?: RuleName[];
  lang: 'ko' | 'en';
  text: string;
  holds: (g: Chips) => boolean;
  says: string;
  /** The rule acts on the names enShortFallback keeps aside, so that fallback stays on in both runs. */
  keepsFallback?: boolean;
}

/** One test per example: it holds with its rule on, and fails with it off. */
export function describeRuleExamples(title: string, examples: RuleExample[]): void {
  describe(title, () => {
    // A one-sentence example is a short document, where enShortFallback would show a name shaped like
    // a person's whatever the rule under test says: it is off in both runs, so the example shows what
    // the rule itself does.
    const fallback = (e: RuleExample): RuleName[] => (e.lang === 'en' && e.rule !== 'enShortFallback' && !e.keepsFallback ? ['enShortFallback'] : []);
    const switches = (e: RuleExample) => [e.rule, ...(e.alsoOff ?? [])];
    afterEach(() => { for (const e of examples) for (const r of [...switches(e), ...fallback(e)]) RULES[r] = true; });
    for (const e of examples) {
      it(`${e.rule}: ${e.says}`, () => {
        for (const r of fallback(e)) RULES[r] = false;
        expect(e.holds(glanceChips(e.text, e.lang))).toBe(true);
        for (const r of switches(e)) RULES[r] = false;
        expect(e.holds(glanceChips(e.text, e.lang))).toBe(false);
      });
    }
  });
}
