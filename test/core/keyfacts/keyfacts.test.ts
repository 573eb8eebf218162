import { describe, expect, it } from 'vitest';
import { atAGlance, keyFacts } from '../../../src/core/keyfacts';
import { effectiveLang } from '../../../src/core/keyfacts/terms';
import { sentences } from '../../../src/core/text';
import { SEED_TITLE, seedBody, seedPageText, summaries } from '../../helpers/summaries';

const PUBLISHED = '2024-04-17T15:20:00+09:00';

describe('keyFacts on the seed article', () => {
  const facts = keyFacts({ title: SEED_TITLE, textContent: seedBody(), lang: 'en', publishedTime: PUBLISHED });

  it('names the phone talks of Shin Won-sik and Lloyd Austin and the 6,700 containers', () => {
    const joined = facts.map((f) => f.text).join('\n');
    expect(facts.some((f) => f.text.includes('Shin Won-sik') && f.text.includes('Lloyd Austin') && f.text.includes('phone talks'))).toBe(true);
    expect(joined).toContain('6,700 containers');
  });

  it('points each fact at its sentence', () => {
    const list = sentences(seedBody(), 'en');
    for (const f of facts) expect(list[f.sentenceIndex]).toBe(f.text);
  });

  it('keeps page chrome, caption and headline out when given the whole page text', () => {
    const page = keyFacts({ title: SEED_TITLE, textContent: seedPageText(), lang: 'en' });
    expect(page.length).toBeGreaterThanOrEqual(3);
    for (const f of page) {
      expect(f.text).not.toMatch(/Back To Top|MOST POPULAR|LATEST NEWS|subscribe|photo provided by/i);
      expect(f.text).not.toBe(SEED_TITLE);
    }
    expect(page.map((f) => f.text).join(' ')).toContain('Lloyd Austin');
  });
});

describe.each(['en', 'ko'] as const)('keyFacts on the %s dev set', (lang) => {
  const items = summaries(lang);

  it('quotes every fact verbatim, 3–5 per article, in article order, with the right index', () => {
    for (const item of items) {
      const facts = keyFacts({ title: item.title, textContent: item.text, lang });
      const list = sentences(item.text, lang);
      expect(facts.length, item.id).toBeGreaterThanOrEqual(3);
      expect(facts.length, item.id).toBeLessThanOrEqual(5);
      for (const f of facts) {
        expect(item.text.includes(f.text), `${item.id}: ${f.text}`).toBe(true);
        // Either the whole sentence or the sentence minus a leading dateline/byline.
        expect(list[f.sentenceIndex].endsWith(f.text), `${item.id}: ${f.text}`).toBe(true);
      }
      const order = facts.map((f) => f.sentenceIndex);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size).toBe(order.length);
    }
  });

  it('is deterministic', () => {
    for (const item of items.slice(0, 10)) {
      const input = { title: item.title, textContent: item.text, lang };
      expect(keyFacts(input)).toEqual(keyFacts(input));
    }
  });
});

describe('effectiveLang: the text overrules a language tag it plainly contradicts', () => {
  const korean = summaries('ko').find((i) => i.id === 'dacon-296785515')!.text;
  const english = seedBody();

  it('reads a Korean article under lang="en" as Korean, and an English one under lang="ko" as English', () => {
    expect(effectiveLang('en', korean)).toBe('ko');
    expect(effectiveLang('ko', english)).toBe('en');
    expect(atAGlance({ title: '', textContent: korean, lang: 'en', publishedTime: null }).organizations).toEqual(
      atAGlance({ title: '', textContent: korean, lang: 'ko', publishedTime: null }).organizations);
  });

  it('keeps the tag for a short or mixed text, and guesses from Hangul when there is none', () => {
    expect(effectiveLang('en', '서울 (Yonhap) 짧은 인용')).toBe('en');
    expect(effectiveLang('ko', 'KBS 뉴스 9 Seoul')).toBe('ko');
    expect(effectiveLang('en-US', english)).toBe('en-US');
    expect(effectiveLang(null, korean)).toBe('ko');
    expect(effectiveLang(null, english)).toBe('en');
  });
});

describe('keyFacts: leading matter and language', () => {
  it('drops a Yonhap dateline from the quoted fact', () => {
    const text = 'SEOUL, April 19 (Yonhap) -- South Korea will send a delegation to Washington next week to discuss chip export rules, officials said.\nThe delegation will be led by the trade minister.\nTalks are expected to last two days.';
    const facts = keyFacts({ title: '', textContent: text, lang: 'en' });
    expect(facts[0]).toEqual({ text: 'South Korea will send a delegation to Washington next week to discuss chip export rules, officials said.', sentenceIndex: 0 });
  });

  it('drops a Korean byline with e-mail from the quoted fact (dev set)', () => {
    const item = summaries('ko').find((i) => i.id === 'dacon-296785515')!;
    const facts = keyFacts({ title: item.title, textContent: item.text, lang: 'ko' });
    expect(facts[0].text.startsWith('순천시는 오는 16일까지')).toBe(true);
  });

  it('passes over a picture-story teaser opening the article (dev set)', () => {
    // "These extraordinary images show how an enormous jumbo jet has been converted…": the facts
    // start with what the images show (the £400million Boeing 747), not with the teaser.
    const item = summaries('en').find((i) => i.id === 'dm-test-d296270ab4a4cf20f2d9c1aae7514687806f2b35')!;
    const facts = keyFacts({ title: item.title, textContent: item.text, lang: 'en' });
    expect(facts.map((f) => f.sentenceIndex)).not.toContain(0);
    expect(facts[0].text).toMatch(/^The custom-built Boeing 747/);
  });

  it('ranks a "This…" first sentence behind the facts that follow it', () => {
    const text = 'This helpful dog does not mind getting his paws dirty with a spot of housework. Baron the shepherd was filmed loading the dishwasher at home in California. His owner trained him at a school in Texas for two years. The clip has been watched 27,000 times online since Monday. Viewers called the dog cute and adorable in thousands of comments.';
    expect(keyFacts({ title: '', textContent: text, lang: 'en' }).map((f) => f.sentenceIndex)).toEqual([1, 2, 3]);
    const dated = text.replace('This helpful dog does not mind getting his paws dirty with a spot of housework.', 'This week a helpful dog named Baron became famous online for doing the housework.');
    expect(keyFacts({ title: '', textContent: dated, lang: 'en' })[0].sentenceIndex).toBe(0);
    // Still a candidate: with room for every sentence it is quoted too.
    expect(keyFacts({ title: '', textContent: text, lang: 'en' }, { count: 5 }).map((f) => f.sentenceIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('skips a Daily Mail byline block (By . name . PUBLISHED: . time . | . UPDATED: …)', () => {
    const text = 'By . Daily Mail Reporter . PUBLISHED: . 08:51 EST, 9 January 2014 . | . UPDATED: . 08:52 EST, 9 January 2014 . A fake nurse who worked at three hospitals for two years has been jailed for 18 months. Jane Smith, 43, forged her qualifications and treated hundreds of patients. The court heard she had no medical training at all. Police said there was no evidence any patient was harmed.';
    const facts = keyFacts({ title: '', textContent: text, lang: 'en' });
    expect(facts.map((f) => f.text)).toEqual([
      'A fake nurse who worked at three hospitals for two years has been jailed for 18 months.',
      'Jane Smith, 43, forged her qualifications and treated hundreds of patients.',
      'The court heard she had no medical training at all.',
    ]);
  });

  it('skips a byline with a Twitter handle and a co-agency line', () => {
    const text = 'By . Associated Press . and Daily Mail Reporter . Follow @@ChrisWheelerDM . The Vatican chose a new pope on Wednesday after two days of voting. White smoke rose from the Sistine Chapel chimney at 7.06pm. Crowds in St Peter\'s Square cheered as the bells rang. He is the first pope from the Americas.';
    const facts = keyFacts({ title: '', textContent: text, lang: 'en' });
    expect(facts[0].text).toBe('The Vatican chose a new pope on Wednesday after two days of voting.');
    for (const f of facts) expect(f.text).not.toMatch(/Reporter|Follow @/);
  });

  it('drops "Scroll down to watch the video" glued to a sentence, and skips it standing alone', () => {
    const text = 'A lorry driver escaped unhurt after his vehicle overturned on the M25 yesterday. The crash closed two lanes for six hours on Monday. Scroll down to watch the video Highways officials said the road reopened at 6pm after the lorry was moved. Scroll down for video and more pictures. Police are investigating the cause of the crash.';
    const facts = keyFacts({ title: '', textContent: text, lang: 'en' }, { count: 4 });
    expect(facts.map((f) => f.text)).toEqual([
      'A lorry driver escaped unhurt after his vehicle overturned on the M25 yesterday.',
      'The crash closed two lanes for six hours on Monday.',
      'Highways officials said the road reopened at 6pm after the lorry was moved.',
      'Police are investigating the cause of the crash.',
    ]);
  });

  it('drops "(CNN)" glued to the first sentence (dev set) and a lower-cased "(cnn) -- "', () => {
    const item = summaries('en').find((i) => i.id === 'cnn-test-89daa80db49b6e36c1cd0bde9b253ca7fa143811')!;
    const facts = keyFacts({ title: item.title, textContent: item.text, lang: 'en' });
    expect(facts[0]).toEqual({ text: 'A new Kansas law banning a common second-term abortion procedure is the first of its kind in the United States.', sentenceIndex: 0 });
    const text = '(cnn) -- A georgia man was arrested tuesday after a three-hour standoff with police, officials said. The man, 52, had barricaded himself in his home. No one was hurt in the incident.';
    expect(keyFacts({ title: '', textContent: text, lang: 'en' })[0].text).toBe('A georgia man was arrested tuesday after a three-hour standoff with police, officials said.');
  });

  it('keeps a Korean bracket that is not a dateline', () => {
    const text = '(사장 방희석) 회사는 올해 매출이 20% 늘었다고 밝혔다. 회사는 내년에도 투자를 늘릴 계획이다. 새 공장은 내년 3월에 문을 연다.';
    expect(keyFacts({ title: '', textContent: text, lang: 'ko' })[0].text).toBe('(사장 방희석) 회사는 올해 매출이 20% 늘었다고 밝혔다.');
  });

  it('drops a title-case CNN dateline ("Atlanta (CNN) -- ")', () => {
    const text = 'Atlanta (CNN) -- A Georgia man was arrested Tuesday after a three-hour standoff with police, officials said. The man, 52, had barricaded himself in his home. No one was hurt in the incident.';
    const facts = keyFacts({ title: '', textContent: text, lang: 'en' });
    expect(facts[0]).toEqual({ text: 'A Georgia man was arrested Tuesday after a three-hour standoff with police, officials said.', sentenceIndex: 0 });
  });

  it('detects Korean text when the language is missing', () => {
    const item = summaries('ko')[1];
    expect(keyFacts({ title: '', textContent: item.text, lang: null })).toEqual(keyFacts({ title: '', textContent: item.text, lang: 'ko' }));
  });
});

describe('keyFacts: word budget (off by default) and position prior', () => {
  const long = 'The city council voted on Monday night to close the old harbour bridge to all heavy lorries from the first of June after engineers found deep cracks in two of its steel supports.';
  const text = `${long} Engineers from the regional transport office said the cracks had grown by several centimetres since their last inspection of the bridge in the autumn of last year. Repairs will cost about four million pounds. The work should take two years.`;

  it('stops adding facts once the chosen ones reach the budget, but gives at least two', () => {
    expect(keyFacts({ title: '', textContent: text, lang: 'en' })).toHaveLength(3);
    const budgeted = keyFacts({ title: '', textContent: text, lang: 'en' }, { weights: { wordBudget: 40 } });
    expect(budgeted.map((f) => f.sentenceIndex)).toEqual([0, 1]);
    expect(keyFacts({ title: '', textContent: text, lang: 'en' }, { weights: { wordBudget: 10 } })).toHaveLength(2);
    // A fixed count wins over the budget.
    expect(keyFacts({ title: '', textContent: text, lang: 'en' }, { count: 3, weights: { wordBudget: 40 } })).toHaveLength(3);
  });

  it('weighs position less in Korean than in English (koLeadDecay)', () => {
    // Korean summaries draw on the whole article: with the English decay this dev article gives
    // its first three sentences, with the Korean one a later, more central sentence replaces one.
    const item = summaries('ko').find((i) => i.id === 'dacon-296785515')!;
    const input = { title: item.title, textContent: item.text, lang: 'ko' };
    const steep = keyFacts(input, { weights: { koLeadDecay: 4 } }).map((f) => f.sentenceIndex);
    const flat = keyFacts(input).map((f) => f.sentenceIndex);
    expect(steep).toEqual([0, 1, 2]);
    expect(flat[0]).toBe(0);
    expect(Math.max(...flat)).toBeGreaterThan(Math.max(...steep));
    // The Korean decay leaves English alone.
    const en = summaries('en')[0];
    const enInput = { title: en.title, textContent: en.text, lang: 'en' };
    expect(keyFacts(enInput, { weights: { koLeadDecay: 1000 } })).toEqual(keyFacts(enInput));
  });
});

describe('keyFacts: short, empty and huge input', () => {
  it('gives fewer facts for a very short article', () => {
    expect(keyFacts({ title: '', textContent: 'The bridge reopened on Monday after two years of repairs.', lang: 'en' })).toEqual([
      { text: 'The bridge reopened on Monday after two years of repairs.', sentenceIndex: 0 },
    ]);
  });

  it('gives nothing for empty or whitespace-only text', () => {
    expect(keyFacts({ title: 'x', textContent: '', lang: 'en' })).toEqual([]);
    expect(keyFacts({ title: 'x', textContent: '  \n\t ', lang: 'ko' })).toEqual([]);
  });

  it('stays bounded on a huge article', () => {
    const base = summaries('en')[0].text;
    const huge = `${base}\n`.repeat(400); // ~1.4 MB
    const facts = keyFacts({ title: '', textContent: huge, lang: 'en' });
    expect(facts.length).toBeGreaterThanOrEqual(3);
    expect(facts.length).toBeLessThanOrEqual(5);
    for (const f of facts) expect(huge.includes(f.text)).toBe(true);
    const noPunctuation = 'word '.repeat(300_000);
    expect(keyFacts({ title: '', textContent: noPunctuation, lang: 'en' }).length).toBeLessThanOrEqual(1);
  });
});
