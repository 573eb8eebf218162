/**
 * Glance rules of round 17 (src/core/keyfacts/glance/rules.ts), written after the blind set C11 was
 * scored (round 16's code: C11 0.903 / 7.6 % mistyped, C11a 0.897 / 9.2 %, C11b 0.908 / 6.1 %). They
 * looked at half C11a and at halves already read (C7a, C8b) only, and were checked on C11b, every other
 * labelled set and the 499 unlabelled glance inputs.
 *
 * enCampusNames: a city after a state's university is its campus. Seen on C11a (keep-images#6,
 * "University of California, San Francisco" gave the place San Francisco) and C7a (quanta-1#2, "San
 * Diego"): one mistyped chip fewer on each; over the 499 inputs only quanta-1 changes.
 *
 * enPublicationIn: what "an article in", "a study published in" name is a publication. Seen on C11a
 * (thelist.com.multivitamin.html#5, "an article in Healthline", twice, made Healthline a place): one
 * mistyped chip fewer; over the 499 inputs "Annals of Internal Medicine" (after "an editorial in the")
 * becomes an organisation chip, rightly.
 *
 * enSectionNames: a name followed by "section" or "desk" at every mention is a newspaper's part. Seen on
 * C11a (nytimes-4#5, "the Sunday Business section" made "Business" an organisation): one wrong chip fewer.
 *
 * enFirmWords: "Research", "Economics" and the like end a firm's name. Seen on C11a (seattletimes-1#5,
 * "according to Coresight Research" was a person) and C8b ("Desjardins Economics" a person): one mistyped
 * chip fewer on each; over the 499 inputs only "Coresight Research" changes.
 *
 * C11b, unseen: unchanged by the four (0.908 / 6.1 %); none of these cases occurs in it.
 *
 * Six more were written on C11b once that blind figure was taken (so no half of C11 is unseen after
 * them), and checked on every other labelled set and the 499 inputs:
 * enSchoolCues ("a recent graduate of Mount Holyoke" was a place), enPossessiveOpeners (“My group has
 * become …” gave the organisation "My"), enPortNames ("the Red Sea University in Port Sudan" made an
 * institution of Port Sudan), enMorePlaceWords ("Michigan's Porcupine Mountains" was a person), enLawNames
 * ("The Constitution of Lesotho" was an organisation) and enQuestionOpeners ("Will US science survive"
 * gave "Will US"). C11b 0.908 / 6.1 % -> 0.969 / 1.0 %; every other set unchanged. Over the 499 inputs 10
 * chips change: "Mount Holyoke" becomes an organisation, "Your On-Call" goes and "Your Content Distribution
 * Network" becomes "Content Distribution Network", "Statute of Westminster" gives Westminster, and two
 * chips (Netflix, Fiji) leave a full list of twelve for the chips that take their places ("Mount Holyoke",
 * "Colonial Office"). "Port" opens a city's name only before one word: "Port Gamble S’Klallam Singers" (a
 * tribe's singers, C7b) became a place before that limit.
 */
import { describe, expect, it } from 'vitest';
import { describeRuleExamples, glanceChips } from '../../helpers/glance-rules';

describeRuleExamples('round 17 rule examples', [
  {
    rule: 'enCampusNames', lang: 'en', says: '"the University of California, San Francisco" names no place (C11a keep-images#6)',
    text: 'It can lead to eruptions of the skin, as documented in a study from researchers at the University of California, San Francisco. Dealers use it to stretch their batch.',
    holds: (g) => !g.places.includes('San Francisco'),
  },
  {
    rule: 'enCampusNames', lang: 'en', says: '"the University of Texas at Dallas" names no place',
    text: 'The model was built by researchers at the University of Texas at Dallas, who tested it for two years.',
    holds: (g) => !g.places.includes('Dallas'),
  },
  {
    rule: 'enPublicationIn', lang: 'en', says: '"an article in Healthline" names a publication, no place (C11a thelist#5)',
    text: '“Many people believe that multivitamins can help prevent heart disease,” she wrote in an article in Healthline. Can that decrease your cancer risk? It is possible, according to an article in Healthline.',
    holds: (g) => g.organizations.includes('Healthline') && !g.places.includes('Healthline'),
  },
  {
    rule: 'enSectionNames', lang: 'en', says: '"the Sunday Business section" gives no organisation "Business" (C11a nytimes-4#5)',
    text: 'Previously, he wrote about Wall Street and banking. He joined the paper in 2007 as a feature writer for the Sunday Business section.',
    holds: (g) => !g.organizations.includes('Business') && !g.organizations.includes('Sunday Business'),
  },
  {
    rule: 'enFirmWords', lang: 'en', says: '"Coresight Research" is a firm, no person (C11a seattletimes-1#5)',
    text: 'Amazon had more than 100 private-label brands as of last July, according to Coresight Research, double the number in 2017.',
    holds: (g) => g.organizations.includes('Coresight Research') && !g.people.includes('Coresight Research'),
  },
  {
    rule: 'enFirmWords', lang: 'en', says: '"Desjardins Economics" is a firm, no person (C8b ca-FinancialPost#2)',
    text: 'Rates will fall again in July, said Randall Bartlett, senior director of Canadian economics at Desjardins Economics.',
    holds: (g) => g.organizations.includes('Desjardins Economics') && !g.people.includes('Desjardins Economics'),
  },
]);

describe('round 17 guards', () => {
  it('a place after a university that is no state\'s system stays a place ("the University of Oxford, England")', () => {
    const g = glanceChips('The tool was tested by researchers at the University of Oxford, England, over two years.', 'en');
    expect(g.places).toContain('England');
  });
  it('a campus city also named as a place stays a place', () => {
    const g = glanceChips('Researchers at the University of California, San Diego, led the study. The team moved to San Diego in 2019.', 'en');
    expect(g.places).toContain('San Diego');
  });
  it('"appeared in" names a place, no publication ("Nelson Mandela appeared in the Coliseum")', () => {
    const g = glanceChips('In 1990 Nelson Mandela appeared in the Coliseum after 27 years in prison. Crowds filled the Coliseum that night.', 'en');
    expect(g.organizations).not.toContain('Coliseum');
  });
  it('a journal\'s name cut before "of the" is no chip ("in Proceedings of the National Academy of Sciences")', () => {
    const g = glanceChips('In their paper published in Proceedings of the National Academy of Sciences, the group describes the tool.', 'en');
    expect(g.organizations).not.toContain('Proceedings');
  });
  it('a person of a firm stays a person ("David Watt of Rosenberg Research")', () => {
    const g = glanceChips('David Watt of Rosenberg Research said that beyond the optimistic headlines, the economy is soft. Watt doesn’t think those challenges are gone.', 'en');
    expect(g.organizations).not.toContain('David Watt of Rosenberg Research');
  });
  it('a firm word after a word the article writes in lower case is no firm ("Center for Food and Allergy Research")', () => {
    const g = glanceChips('She directs the Center for Food and Allergy Research in Melbourne. Food allergy is common, and allergy clinics are full.', 'en');
    expect(g.organizations).not.toContain('Allergy Research');
  });
});

describeRuleExamples('round 17 rule examples written on C11b', [
  {
    rule: 'enSchoolCues', lang: 'en', says: '"a recent graduate of Mount Holyoke" names a college, no place (C11b quanta-1#5)',
    text: 'Ellen Fetter showed up at MIT in much the same fashion: a recent graduate of Mount Holyoke with a degree in math, seeking any sort of job in the Boston area.',
    holds: (g) => g.organizations.includes('Mount Holyoke') && !g.places.includes('Mount Holyoke'),
  },
  {
    rule: 'enPossessiveOpeners', lang: 'en', says: '“My group has become …” gives no organisation "My" (C11b uk-Nature_2026_02_07#5)',
    text: '“My group has become much more international,” says Rodin. “I have students from Afghanistan, from Africa, from refugee camps.”',
    holds: (g) => !g.organizations.includes('My'),
  },
  {
    rule: 'enPortNames', lang: 'en', says: '"the Red Sea University in Port Sudan" names a city (C11b uk-Nature_2026_02_07#6)',
    text: 'Mashreq University forged collaborations with the Red Sea University in Port Sudan, a city less affected by the war, and rented space in Jeddah.',
    holds: (g) => g.places.includes('Port Sudan') && !g.organizations.includes('Port Sudan'),
  },
  {
    rule: 'enMorePlaceWords', lang: 'en', says: '"Michigan\'s Porcupine Mountains" are a place, no person (C11b us-Wired_2024_04_28#5)',
    text: 'I used it several nights in Michigan’s Porcupine Mountains in temps down to 25°F and found it plenty warm.',
    holds: (g) => g.places.includes('Porcupine Mountains') && !g.people.includes('Porcupine Mountains'),
  },
  {
    rule: 'enLawNames', lang: 'en', says: '"The Constitution of Lesotho" is a law; the chip is Lesotho (C11b ls-LesothoTimes_2025_05_23#5)',
    text: 'The Constitution of Lesotho was introduced on 2 April 1993 when the country reverted back to constitutional democracy.',
    holds: (g) => g.places.includes('Lesotho') && !g.organizations.includes('Constitution of Lesotho'),
  },
  {
    // With the rule off "Will US" ends in a place and is read as a body, which enPlaceTailCues (round 19) also stops.
    rule: 'enQuestionOpeners', alsoOff: ['enPlaceTailCues'], lang: 'en', says: '"Will US science survive Trump 2.0?" gives no organisation "Will US" (C11b uk-Nature_2025_11_04#5)',
    text: 'How to fight climate change without the US: a guide to global action. Will US science survive Trump 2.0? Researchers fear deep cuts.',
    holds: (g) => !g.organizations.includes('Will US'),
  },
]);

describe('round 17 guards for the rules written on C11b', () => {
  it('a word that is a property of every object ("constructor") before a name breaks nothing', () => {
    const g = glanceChips('The constructor Ferrari said it would appeal. Its team principal, Fred Vasseur, spoke in Monza on Sunday.', 'en');
    expect(g.organizations).toContain('Ferrari');
    expect(g.people).toContain('Fred Vasseur');
  });
  it('a place where someone studied and that is also named as a place stays a place', () => {
    const g = glanceChips('She is a graduate of Boston, where she grew up. She later moved back to Boston.', 'en');
    expect(g.places).toContain('Boston');
  });
  it('"Port" before more than one word opens no city\'s name ("Port Gamble S’Klallam Singers")', () => {
    const g = glanceChips('At the ceremony there were opening and closing songs from Port Gamble S’Klallam Singers, and a benediction by Rabbi Seth Goldstein.', 'en');
    expect(g.places).not.toContain('Port Gamble S’Klallam Singers');
  });
  it('a given name that is an auxiliary stays a person\'s ("Will Smith")', () => {
    const g = glanceChips('Will Smith said on Monday that he would return. Smith starred in the film shot in Atlanta.', 'en');
    expect(g.people).toContain('Will Smith');
  });
});
