/**
 * English glance typing rules of rounds 5 to 8 (src/core/keyfacts/glance/rules.ts), each with
 * labelled examples from the texts the rule was seen on: round 5 on the fresh set C3
 * (corpus/summaries/en.jsonl), checked on C4 by its figures only; round 6 on C4a, checked on C4b;
 * round 7 on C4b and C5a, checked on C5b (enCaptionJoins on C3, checked on the other sets); round 8
 * on C4 and C5, checked on the dev, held-out and C3 sets. Every example holds with its rule on and
 * fails with that rule off.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { RULES } from '../../../src/core/keyfacts/glance/rules';
import { describeRuleExamples, glanceChips, type Chips, type RuleExample } from '../../helpers/glance-rules';

const glance = (text: string): Chips => glanceChips(text, 'en');

const EXAMPLES: Omit<RuleExample, 'lang'>[] = [
  {
    rule: 'enRunBreaks', says: 'a capitalised function word starts a new run: a caption run into the next sentence',
    text: 'Natalia Moon is also a model who has been featured on magazine covers in the Philippines The risk paid off as the '
      + '23-year-old auditioned for a talent show, in the hope of representing the Philippines With the support of her fans, '
      + 'Ms Moon won.',
    holds: (g) => !g.organizations.some((o) => o.startsWith('Philippines ')) && g.places.includes('Philippines'),
  },
  {
    rule: 'enWeakTeamCues', says: '"the case against Jeffrey" names a person outside a sports story',
    text: 'The banker used the identity of his colleague, Julie Jeffrey, 50, who lost her job after her arrest. '
      + 'The case against Jeffrey, of Court Road, Orpington, was dropped.',
    holds: (g) => !g.organizations.includes('Jeffrey'),
  },
  {
    rule: 'enModifierWords', says: '"Manhattan-based Skin Laundry" is an organisation; "Injury-ravaged City" no place',
    text: 'Founder Yen Reis opened Manhattan-based Skin Laundry in 2013. Injury-ravaged City were beaten on Saturday.',
    holds: (g) => g.organizations.includes('Skin Laundry') && !g.people.includes('Skin Laundry')
      && !g.places.some((p) => p.startsWith('Injury')),
  },
  {
    rule: 'enPluralsAndAwards', says: 'the people of a place, groups and awards are no people',
    text: 'New Yorkers said they queued for hours. Supporter Groups said the board had lied. '
      + 'The comedian won a Grammy Award in 1959, and a Grammy in 1961.',
    holds: (g) => !g.people.includes('New Yorkers') && !g.people.includes('Supporter Groups') && !g.people.includes('Grammy Award'),
  },
  {
    // With the rule off the name, ending in a place, is read as a body, which enPlaceTailCues (round 19) also stops.
    rule: 'enPluralsAndAwards', alsoOff: ['enPlaceTailCues'], says: '"Tour de France" is a race, not an organisation',
    text: 'Wiggins won the Tour de France in 2012. He will ride the Tour de Yorkshire next month.',
    holds: (g) => !g.organizations.some((o) => o.startsWith('Tour de')),
  },
  {
    rule: 'enSentenceCase', says: 'a word capitalised only at a sentence start and written in lower case elsewhere is no name',
    text: 'the former district attorney fell on the stage. Mayoral candidate nelson diaz helped her up. '
      + 'the mayoral race is the city\'s first in eight years.',
    holds: (g) => !g.organizations.includes('Mayoral'),
  },
  {
    rule: 'enSentenceCase', says: 'an organisation\'s head word alone is no organisation ("For Press freedom")',
    text: 'For Press freedom, the UK is ranked 27th. Prosecutors said the ranking was not evidence.',
    holds: (g) => !g.organizations.includes('Press') && !g.organizations.includes('Prosecutors'),
  },
  {
    rule: 'enGivenNames', says: 'a name met once, untitled, opening with a common given name is a person',
    text: 'For the home side towering centre-forward Marcus Rashford, another local lad, impressed the crowd.',
    holds: (g) => g.people.includes('Marcus Rashford'),
  },
  {
    rule: 'enPluralsAndAwards', says: 'an event named after a place is no organisation ("Bahrain Grand Prix", "Rio Olympics")',
    text: 'Hamilton won the Bahrain Grand Prix on Sunday. Wiggins hopes to ride at the Rio Olympics next year.',
    holds: (g) => !g.organizations.includes('Bahrain Grand Prix') && !g.organizations.includes('Rio Olympics'),
  },
  {
    rule: 'enDirectionCues', says: 'a lower-case direction before a name makes it a place, in a sports story too',
    text: 'Blackburn boss Gary Bowyer was calm. Rovers striker Jordan Rhodes scored against Liverpool, and Stoke fans cheered. '
      + 'The owners told Hull the players would be remaining in east Lancashire.',
    holds: (g) => g.places.includes('Lancashire') && !g.organizations.includes('Lancashire'),
  },
  {
    rule: 'enWeakTeamCues', says: 'a player named after "beat" stays a person in a sports story',
    text: 'Blackburn boss Gary Bowyer was calm. Rovers striker Jordan Rhodes scored against Swansea, and Stoke fans cheered. '
      + 'Spurr\'s shot almost beat Simon Mignolet in the Liverpool goal.',
    holds: (g) => !g.organizations.includes('Simon Mignolet'),
  },
  {
    rule: 'enSupporterCues', says: '"Trump supporters" are a politician\'s, not a team\'s',
    text: 'David Emery asked on Twitter if there were any un-angry Trump supporters. A show was interrupted by an angry Trump supporter.',
    holds: (g) => !g.organizations.includes('Trump'),
  },
  {
    rule: 'enWeekdayBreaks', says: 'a day of the week ends a run',
    text: 'The star was seen in London Thursday with his lawyer.',
    holds: (g) => !g.organizations.includes('London Thursday') && g.places.includes('London'),
  },
  {
    rule: 'enLowercaseText', says: 'a text written without capitals: a given name with a repeated surname, places by the gazetteer',
    text: 'Michael scott shemansky is on the run after authorities named him as a suspect in the murder of his mother. '
      + 'A florida man wanted as a suspect in the murder of his own mother has been on the run from police since saturday. '
      + 'Police say michael scott shemansky came to their attention after he failed to appear for a supervised visit with his son '
      + 'on the same day mother sandra shemansky, 57, was found dead at the home they shared. An attorney for his estranged wife '
      + 'confirmed shemansky\'s failure to appear for the scheduled visit. It was only 10 minutes into the debate when abraham '
      + 'collapsed as senator anthony williams answered a question, and williams stopped. Candidates jim kenney, doug oliver and '
      + 'nelson diaz watched as kenney and oliver helped.',
    holds: (g) => ['Michael Scott Shemansky', 'Sandra Shemansky', 'Anthony Williams', 'Jim Kenney', 'Doug Oliver'].every((p) => g.people.includes(p))
      && g.places.includes('Florida') && !g.people.some((p) => /Collapsed|Doug Oliver Nelson|Kenney Doug/.test(p)),
  },
  {
    rule: 'enDocumentNames', says: 'laws, treaties and agreements are no organisations (round 7, C4b / C5a)',
    text: 'The movement wants Europe to meet the goals of the Paris Agreement. Japan and the US signed the Status of Forces Agreement, '
      + 'and the U.S. Flag Code sets out how the flag is flown.',
    holds: (g) => !g.organizations.some((o) => /Agreement|Code/.test(o)),
  },
  {
    rule: 'enPersonAcronyms', says: 'a person\'s initials in brackets make no organisation (round 7, C5a)',
    text: 'The board of the Free Software Foundation reinstated Richard M. Stallman (RMS) in 2021. Critics asked RMS to step down.',
    holds: (g) => !g.organizations.includes('Richard M. Stallman') && !g.organizations.includes('RMS'),
  },
  {
    rule: 'enMoreOrgHeads', says: 'an association\'s head word makes an organisation, not a person (round 7, C5a)',
    text: 'Bradley Kuhn of the Software Freedom Conservancy said the decision was wrong. Software Freedom Conservancy said it would cut ties.',
    holds: (g) => g.organizations.includes('Software Freedom Conservancy') && !g.people.includes('Software Freedom Conservancy'),
  },
  {
    rule: 'enCaptionJoins', says: 'a caption\'s place run into a name is no club; "South-West London" is a place (round 7, C3)',
    text: 'The artist is pictured standing in her garden in Mexico Beautiful Frida poses in her house. Frida is seen at her most intimate. '
      + 'The chambers moved to South-West London last year.',
    holds: (g) => !g.organizations.some((o) => o.startsWith('Mexico ') || o.startsWith('South-West')) && g.places.includes('South-West London'),
  },
  {
    rule: 'enKnownCompanies', says: 'companies named by one word, and before a title (round 8, C4 / C5)',
    text: 'Facebook CEO Mark Zuckerberg said the company paid $2 billion for Oculus VR. The deal follows purchases of WhatsApp '
      + 'and Instagram. Netflix and Nintendo declined to comment.',
    holds: (g) => ['Facebook', 'WhatsApp', 'Instagram', 'Netflix', 'Nintendo'].every((o) => g.organizations.includes(o))
      && g.people.includes('Mark Zuckerberg'),
  },
];

describeRuleExamples('English glance rules of round 5: labelled examples', EXAMPLES.map((e) => ({ ...e, lang: 'en' })));

describe('enWeakTeamCues guard', () => {
  it('"against Valencia" still names a team in a sports story', () => {
    const g = glance('Barcelona boss Luis Enrique was pleased. Barcelona striker Luis Suarez scored against Valencia on Saturday, '
      + 'and Real Madrid striker Karim Benzema missed the match against Malaga.');
    expect(g.organizations).toEqual(expect.arrayContaining(['Valencia', 'Malaga']));
  });
});

describe('enCaptionJoins guard', () => {
  it('a club named after a two-word city stays a club ("Los Angeles Chargers")', () => {
    const g = glance('He played for the Los Angeles Chargers before the Miami Dolphins signed him. The Chargers released him in May.');
    expect(g.organizations).toContain('Los Angeles Chargers');
  });
});

describe('enLowercaseText guards', () => {
  it('a text with ordinary capitals is left to the capitalised runs', () => {
    const g = glance('Mark Carney said on Monday that the Bank of Canada would hold rates. Carney spoke in Ottawa. '.repeat(4));
    expect(g.people).toEqual(['Mark Carney']);
  });
  it('a club named after its city is no place ("real madrid", "manchester city")', () => {
    const g = glance('james rodriguez left porto for real madrid in a deal that stunned the league, and the move to manchester city '
      + 'never happened for the colombian, who said he was happy in spain. the club paid a fee the player called fair. '
      + 'rodriguez said real madrid had been his dream since he was a boy, and rodriguez scored twice on his debut.');
    expect(g.places).not.toContain('Madrid');
    expect(g.places).not.toContain('Manchester');
    expect(g.places).toContain('Spain');
    expect(g.people).toContain('James Rodriguez');
  });
});

describe('the world gazetteer', () => {
  it('every country, US state and large city is a place ("New Hampshire", "Lesotho", "Johannesburg")', () => {
    const g = glance('The candidate made a recent appearance in New Hampshire. Mining blasts shattered homes in Lesotho, '
      + 'a short drive from Maseru. The summit moved to Johannesburg.');
    expect(g.places).toEqual(expect.arrayContaining(['New Hampshire', 'Lesotho', 'Maseru', 'Johannesburg']));
  });
  it('names that are mostly people\'s are not in it ("Chad", "Austin")', () => {
    const g = glance('Chad Johnson said the deal was fair. Austin Reaves, 25, scored 30 points.');
    expect(g.places).not.toContain('Chad');
    expect(g.places).not.toContain('Austin');
  });
});

describe('a word "mentioned alone" is a run of its own', () => {
  // The typing rules make none of these a person. An article with fewer than four chips may still show
  // such a name through enShortFallback (round 10), which is off here.
  it('a word met only inside other names makes no one a person ("Skin Therapy", "Team Sky", "Bela Bela")', () => {
    RULES.enShortFallback = false;
    onTestFinished(() => { RULES.enShortFallback = true; });
    const g = glance('Skin Laundry offers a laser facial. A rival, Skin Therapy, opened nearby. '
      + 'Wiggins finished his Team Sky career in April; the race was broadcast live on Sky Sports. '
      + 'Five Bela Bela villages say the quarry damaged their homes. Many fear Bela Bela communities were never consulted.');
    for (const chip of ['Skin Laundry', 'Skin Therapy', 'Team Sky', 'Sky Sports', 'Bela Bela']) expect(g.people).not.toContain(chip);
  });
  it('a surname said alone still makes the full name a person ("Rhodes and Gestede")', () => {
    const g = glance('Bowyer rejected advances for Jordan Rhodes and Rudy Gestede. Blackburn strikers Jordan Rhodes and '
      + 'Rudy Gestede have attracted interest. The owners told Hull that Rhodes and Gestede would be remaining.');
    expect(g.people).toEqual(expect.arrayContaining(['Jordan Rhodes', 'Rudy Gestede']));
    expect(g.organizations).not.toContain('Jordan Rhodes');
  });
});
