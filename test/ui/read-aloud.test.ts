// @vitest-environment jsdom
/**
 * Read aloud driven through a fake speech engine (test/helpers/fake-speech.ts: the same fake the
 * end-to-end test injects into Chromium): one utterance per unit (title, key facts, sentences), the
 * highlight moving on each utterance's start, pause/resume from the last word, stop, speed, voice
 * choice by language, "read from here" clicks, and the units matching the key facts' segmentation.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import { sanitizeArticleFragment } from '../../src/core/sanitize';
import type { Article, KeyFact } from '../../src/core/types';
import { keyFacts as computeKeyFacts } from '../../src/core/keyfacts';
import { DEFAULT_READ_ALOUD, type ReadAloudSettings } from '../../src/shared/read-aloud-settings';
import { setMessageSource } from '../../src/ui/i18n';
import { installKeyboard, isReadAloudKey } from '../../src/ui/keyboard';
import { chunkEnd, createReadAloud, type ReadState } from '../../src/ui/read-aloud/controller';
import { webSpeechEngine, type Voice } from '../../src/ui/read-aloud/engine';
import { installHintKey } from '../../src/ui/read-aloud/hints';
import { createPlayer, type Player } from '../../src/ui/read-aloud/player';
import { articleSentences, collectUnits } from '../../src/ui/read-aloud/units';
import { chooseVoice } from '../../src/ui/read-aloud/voices';
import { renderArticleView } from '../../src/ui/view';
import { installFakeSpeech, type FakeSpeechControl } from '../helpers/fake-speech';

const catalogue = en as Record<string, { message: string }>;
setMessageSource((key, subs) => (catalogue[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? ''));

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

const BODY_HTML = '<p>The city council approved the budget on Monday. The vote was 7 to 2.</p>'
  + '<p>Mayor Kim said the plan <a href="https://example.com/plan">funds new parks</a> and libraries. Critics disagreed.</p>'
  + '<figure><img src="https://example.com/a.jpg"><figcaption>A park in spring.</figcaption></figure>'
  + '<p>The budget takes effect in March.</p>';
const BODY_TEXT = 'The city council approved the budget on Monday. The vote was 7 to 2.\n'
  + 'Mayor Kim said the plan funds new parks and libraries. Critics disagreed.\nThe budget takes effect in March.';

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.com/budget', title: 'Council passes budget', byline: null, siteName: 'Example News',
    publishedTime: null, modifiedTime: null, lang: 'en', excerpt: null, leadImage: null, canonicalUrl: null,
    contentHtml: BODY_HTML, textContent: BODY_TEXT, readingMinutes: 1, ...overrides,
  };
}

const FACTS: KeyFact[] = [
  { text: 'The city council approved the budget on Monday.', sentenceIndex: 0 },
  { text: 'Mayor Kim said the plan funds new parks and libraries.', sentenceIndex: 2 },
];

function renderView(a: Article = article(), facts: KeyFact[] = FACTS): HTMLElement {
  const view = renderArticleView(document, {
    detection: { isArticle: true, kind: 'news', confidence: 1, reasons: [] },
    article: a, keyFacts: facts, glance: null,
  }, { locale: 'en-US', sanitize: (html, doc) => sanitizeArticleFragment(html, doc) });
  document.body.replaceChildren(view);
  return view;
}

const speakingText = () => [...document.querySelectorAll('[data-role="speaking"]')].map((el) => el.textContent).join('').replace(/\s+/g, ' ').trim();

let speech: FakeSpeechControl;
beforeEach(() => {
  speech = installFakeSpeech(window);
  document.body.replaceChildren();
  delete document.body.dataset.readAloud;
});

describe('controller (one utterance per unit, through the speechSynthesis adapter)', () => {
  function reader(units: string[]) {
    const changes: [ReadState, number | null][] = [];
    const errors: string[] = [];
    const engine = webSpeechEngine(window)!;
    const control = createReadAloud({
      engine, units, lang: 'en-US', voiceId: 'Fake English', rate: 1,
      onChange: (state, index) => changes.push([state, index]),
      onError: (code) => errors.push(code),
    });
    return { control, changes, errors };
  }

  it('speaks each unit as its own utterance, reports each one on its start, and ends idle', async () => {
    const { control, changes } = reader(['Title', 'First sentence.', '  ', 'Second sentence.']);
    control.play();
    expect(control.state).toBe('playing');
    await tick();
    expect(changes.at(-1)).toEqual(['playing', 0]);
    speech.finish();
    await tick();
    expect(changes.at(-1)).toEqual(['playing', 1]);
    speech.finish(); // the blank unit is skipped
    await tick();
    expect(changes.at(-1)).toEqual(['playing', 3]);
    speech.finish();
    await tick();
    expect(control.state).toBe('idle');
    expect(changes.at(-1)).toEqual(['idle', null]);
    expect(speech.log.map((u) => [u.text, u.voice, u.lang])).toEqual([
      ['Title', 'Fake English', 'en-US'], ['First sentence.', 'Fake English', 'en-US'], ['Second sentence.', 'Fake English', 'en-US'],
    ]);
  });

  it('pause cancels the utterance; resume says the rest of the sentence from the last word heard', async () => {
    const { control, changes } = reader(['One two three four five.', 'Next.']);
    control.play();
    await tick();
    speech.boundary(8); // "three"
    control.pause();
    await tick(); // the cancelled utterance's 'interrupted' error arrives and is ignored
    expect(control.state).toBe('paused');
    expect(changes.at(-1)).toEqual(['paused', 0]);
    expect(speech.current()).toBeNull();
    control.resume();
    await tick();
    expect(speech.log.at(-1)?.text).toBe('three four five.');
    // A boundary in the resumed utterance counts from where it started.
    speech.boundary(6);
    control.pause();
    control.resume();
    expect(speech.log.at(-1)?.text).toBe('four five.');
    speech.finish();
    await tick();
    expect(speech.log.at(-1)?.text).toBe('Next.');
  });

  it('a new speed restarts the current sentence at that speed, from its last word', async () => {
    const { control } = reader(['Alpha beta gamma.', 'Delta.']);
    control.play();
    await tick();
    speech.boundary(6);
    control.setRate(1.5);
    await tick();
    expect(speech.log.at(-1)).toMatchObject({ text: 'beta gamma.', rate: 1.5 });
    expect(control.state).toBe('playing');
    speech.finish();
    await tick();
    expect(speech.log.at(-1)).toMatchObject({ text: 'Delta.', rate: 1.5 });
  });

  it('stops on an engine error and reports it, but not on a cancellation', async () => {
    const first = reader(['A sentence.', 'Another.']);
    first.control.play();
    await tick();
    speech.fail('not-allowed');
    await tick();
    expect(first.control.state).toBe('idle');
    expect(first.errors).toEqual(['not-allowed']);

    const second = reader(['A sentence.', 'Another.']);
    second.control.play();
    await tick();
    speech.fail('interrupted'); // someone else cancelled speech
    await tick();
    expect(second.control.state).toBe('idle');
    expect(second.errors).toEqual([]);
  });

  it('an utterance cancelled before it started (a cancel() landing late) is spoken again, once', () => {
    const { control, errors } = reader(['A sentence.', 'Another.']);
    control.play(); // no tick: the utterance has not started
    speech.fail('interrupted');
    expect(control.state).toBe('playing');
    expect(speech.current()).toBe('A sentence.');
    speech.fail('canceled'); // and again: give up, quietly
    expect(control.state).toBe('idle');
    expect(errors).toEqual([]);
  });

  it('with a length limit (network voices), a long sentence is said in clauses under one highlight', async () => {
    const long = 'The council, which met for six hours on Monday, approved the budget; critics said it cuts too deep into the parks department and the libraries.';
    const changes: [ReadState, number | null][] = [];
    const control = createReadAloud({
      engine: webSpeechEngine(window)!, units: [long, 'Next.'], lang: 'en-US', voiceId: 'Google 한국의', rate: 1, maxChars: 60,
      onChange: (state, index) => changes.push([state, index]), onError: () => undefined,
    });
    control.play();
    const said: string[] = [];
    for (let i = 0; i < 6 && speech.current(); i++) {
      await tick();
      said.push(speech.current()!);
      speech.finish();
    }
    expect(said.slice(0, -1).join('')).toBe(long);
    expect(said.at(-1)).toBe('Next.');
    expect(said.every((part) => part.length <= 60)).toBe(true);
    expect(said[0]).toBe('The council, which met for six hours on Monday, ');
    // The highlight stays on the sentence through its clauses, then moves on once.
    expect(changes.map(([, index]) => index).filter((index, i, all) => i === 0 || all[i - 1] !== index)).toEqual([0, 1, null]);
  });

  it('chunkEnd cuts after a clause mark, else at a space, never past the limit', () => {
    expect(chunkEnd('Short.', 0, 60)).toBe(6);
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(chunkEnd(text, 0, 20)).toBe('one two three four '.length);
    expect(chunkEnd('서울시는, 6일 내년 예산안을 발표했다고 밝혔다', 0, 12)).toBeLessThanOrEqual(12);
    expect(chunkEnd('x'.repeat(50), 0, 20)).toBe(20);
  });

  it('play(i) starts anywhere, cancelling what was being said', async () => {
    const { control, changes } = reader(['Zero.', 'One.', 'Two.']);
    control.play();
    await tick();
    const cancels = speech.cancels();
    control.play(2);
    await tick();
    expect(speech.cancels()).toBe(cancels + 1);
    expect(changes.at(-1)).toEqual(['playing', 2]);
    expect(speech.current()).toBe('Two.');
  });
});

describe('voice choice', () => {
  const voice = (name: string, lang: string, local = true, isDefault = false): Voice => ({ id: name, name, lang, local, isDefault });
  const voices = [voice('Samantha', 'en-US', true, true), voice('Daniel', 'en_GB'), voice('Google 한국의', 'ko-KR', false), voice('Yuna', 'ko-KR')];

  it('takes a local voice of the article language, never a network one by itself', () => {
    expect(chooseVoice(voices, 'ko', null)).toEqual({ ok: true, voice: voices[3] });
    expect(chooseVoice(voices, 'en-GB', null)).toEqual({ ok: true, voice: voices[0] }); // the system default among local ones
    expect(chooseVoice(voices.filter((v) => v.name !== 'Yuna'), 'ko', null)).toEqual({ ok: false, reason: 'online-only' });
    expect(chooseVoice(voices, 'ja', null)).toEqual({ ok: false, reason: 'none' });
  });

  it('uses the voice chosen in the settings, even an online one; a chosen voice that is gone falls back', () => {
    expect(chooseVoice(voices, 'ko', 'Google 한국의')).toEqual({ ok: true, voice: voices[2] });
    expect(chooseVoice(voices, 'en', 'Daniel')).toEqual({ ok: true, voice: voices[1] });
    expect(chooseVoice(voices, 'en', 'Alex')).toEqual({ ok: true, voice: voices[0] });
    expect(chooseVoice(voices, 'en', 'Yuna')).toEqual({ ok: true, voice: voices[0] }); // not an English voice
  });

  it('names where voices are installed on each system', () => {
    expect(installHintKey('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('voiceInstallWindows');
    expect(installHintKey('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe('voiceInstallMac');
    expect(installHintKey('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0)')).toBe('voiceInstallChromeOS');
    expect(installHintKey('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('voiceInstallLinux');
    expect(installHintKey('Mozilla/5.0 (Linux; Android 14)')).toBe('voiceInstallAndroid');
  });
});

describe('units: the key facts\' segmentation, on screen', () => {
  it('wraps each sentence of the body once, in the same order and numbering as the key facts use', () => {
    const view = renderView();
    const body = view.querySelector<HTMLElement>('[data-role="article"]')!;
    const before = body.textContent;
    const units = collectUnits({ view, article: article(), keyFacts: FACTS, includeKeyFacts: true });
    expect(body.textContent).toBe(before); // only wrapped, nothing changed
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['title', 'Council passes budget'],
      ['fact', FACTS[0].text], ['fact', FACTS[1].text],
      ['sentence', 'The city council approved the budget on Monday.'], ['sentence', 'The vote was 7 to 2.'],
      ['sentence', 'Mayor Kim said the plan funds new parks and libraries.'], ['sentence', 'Critics disagreed.'],
      ['sentence', 'The budget takes effect in March.'],
    ]);
    for (const unit of units.filter((u) => u.kind === 'sentence')) {
      const spans = [...body.querySelectorAll(`.lede-sentence[data-sentence-index="${unit.sentenceIndex}"]`)];
      expect(spans).toEqual(unit.elements);
      expect(spans.map((s) => s.textContent).join('')).toBe(unit.text);
    }
    // A sentence across a link is one unit in several spans; the link stays a link.
    expect(units[5].elements.length).toBe(3);
    expect(body.querySelector('a[href]')?.textContent).toBe('funds new parks');
    // A key fact and its body sentence are one unit: same sentence index, same words.
    for (const fact of FACTS) expect(units.find((u) => u.kind === 'sentence' && u.sentenceIndex === fact.sentenceIndex)?.text).toContain(fact.text);
    // Collecting again (a second play) reuses the spans.
    const again = collectUnits({ view, article: article(), keyFacts: FACTS, includeKeyFacts: false });
    expect(body.querySelectorAll('.lede-sentence').length).toBe(units.filter((u) => u.kind === 'sentence').reduce((n, u) => n + u.elements.length, 0));
    expect(again.map((u) => u.kind)).toEqual(['title', 'sentence', 'sentence', 'sentence', 'sentence', 'sentence']);
  });

  it('numbers sentences exactly as keyFacts() does, on Korean text too', () => {
    const text = '서울시는 6일 내년 예산안을 발표했다. 총액은 47조 원이다.\n시는 "공원을 늘리겠다"고 말했다. 시의회는 다음 달 심의한다.';
    const facts = computeKeyFacts({ title: '서울시 예산안 발표', textContent: text, lang: 'ko' });
    const sentences = articleSentences({ textContent: text, lang: 'ko' });
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(sentences[fact.sentenceIndex]).toContain(fact.text);
  });
});

describe('player in the reading view', () => {
  function player(settings: Partial<ReadAloudSettings> = {}, a: Article = article(), facts: KeyFact[] = FACTS) {
    const view = renderView(a, facts);
    const rates: number[] = [];
    const p: Player = createPlayer(document, {
      view, article: a, keyFacts: facts, engine: webSpeechEngine(window), locale: 'en-US',
      settings: { ...DEFAULT_READ_ALOUD, ...settings }, onRate: (rate) => rates.push(rate),
    });
    document.body.prepend(p.controls);
    view.querySelector('.lede-header')!.after(p.note);
    const button = p.controls.querySelector<HTMLButtonElement>('[data-role="read-aloud"]')!;
    const state = () => p.controls.querySelector<HTMLElement>('[data-role="read-aloud-state"]')!.dataset.state;
    return { p, view, button, state, rates };
  }

  it('reads the title, the key facts, then the body, moving the highlight with each utterance', async () => {
    const { button, state } = player();
    expect(state()).toBe('idle');
    expect(button.textContent).toBe('Listen');
    button.click();
    await vi.waitFor(() => expect(speakingText()).toBe('Council passes budget'));
    expect(state()).toBe('playing');
    expect(button.textContent).toBe('Pause');
    expect(button.hasAttribute('aria-pressed')).toBe(false); // the label says what a press does
    expect(document.querySelector('[data-role="speaking"]')?.closest('.lede-title')).not.toBeNull();
    speech.finish();
    await vi.waitFor(() => expect(speakingText()).toBe(FACTS[0].text));
    expect(document.querySelector('[data-role="speaking"]')?.closest('[data-role="key-fact"]')).not.toBeNull();
    speech.finish();
    await vi.waitFor(() => expect(speakingText()).toBe(FACTS[1].text));
    speech.finish();
    await vi.waitFor(() => expect(speakingText()).toBe('The city council approved the budget on Monday.'));
    expect(document.querySelector('[data-role="speaking"]')?.closest('[data-role="article"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-role="speaking"]').length).toBe(1);
    for (let i = 0; i < 5; i++) {
      speech.finish();
      await tick();
    }
    expect(state()).toBe('idle');
    expect(document.querySelectorAll('[data-role="speaking"]').length).toBe(0);
    expect(speech.log.map((u) => u.text)).toEqual([
      'Council passes budget', FACTS[0].text, FACTS[1].text, 'The city council approved the budget on Monday.', 'The vote was 7 to 2.',
      'Mayor Kim said the plan funds new parks and libraries.', 'Critics disagreed.', 'The budget takes effect in March.',
    ]);
    expect(new Set(speech.log.map((u) => u.voice))).toEqual(new Set(['Fake English']));
  });

  it('skips the key facts when the setting says so', async () => {
    const { button } = player({ keyFacts: false });
    button.click();
    await vi.waitFor(() => expect(speakingText()).toBe('Council passes budget'));
    speech.finish();
    await vi.waitFor(() => expect(speakingText()).toBe('The city council approved the budget on Monday.'));
  });

  it('pause keeps the highlight and resume continues; stop clears it', async () => {
    const { p, button, state } = player();
    button.click();
    await vi.waitFor(() => expect(speakingText()).toBe('Council passes budget'));
    button.click();
    expect(state()).toBe('paused');
    expect(button.textContent).toBe('Resume');
    expect(speakingText()).toBe('Council passes budget');
    expect(speech.current()).toBeNull();
    p.toggle(); // what N does
    expect(state()).toBe('playing');
    await vi.waitFor(() => expect(speech.current()).toBe('Council passes budget'));
    const stop = p.controls.querySelector<HTMLButtonElement>('[data-action="read-aloud-stop"]')!;
    expect(stop.disabled).toBe(false);
    stop.click();
    expect(state()).toBe('idle');
    expect(stop.disabled).toBe(true);
    expect(document.querySelectorAll('[data-role="speaking"]').length).toBe(0);
    expect(speech.current()).toBeNull();
  });

  it('while on, a click on a sentence or a key fact reads from there; when idle, clicks do nothing', async () => {
    const { view, button } = player();
    const sentence = () => view.querySelector<HTMLElement>('[data-role="article"] .lede-sentence[data-sentence-index="3"]')!;
    button.click(); // wraps the sentences
    await vi.waitFor(() => expect(speakingText()).toBe('Council passes budget'));
    sentence().click();
    await vi.waitFor(() => expect(speakingText()).toBe('Critics disagreed.'));
    speech.finish();
    await vi.waitFor(() => expect(speakingText()).toBe('The budget takes effect in March.'));
    // A key fact: reading goes on from its sentence in the body (the same unit).
    view.querySelectorAll<HTMLElement>('[data-role="key-fact"]')[1].click();
    await vi.waitFor(() => expect(speakingText()).toBe('Mayor Kim said the plan funds new parks and libraries.'));
    expect(document.querySelector('[data-role="speaking"]')?.closest('[data-role="article"]')).not.toBeNull();
    // A link is still a link.
    const spoken = speech.log.length;
    view.querySelector<HTMLElement>('[data-role="article"] a')!.click();
    await tick();
    expect(speech.log.length).toBe(spoken);
    // Idle: a click on a sentence doesn't start talking.
    view.ownerDocument.querySelector<HTMLButtonElement>('[data-action="read-aloud-stop"]')!.click();
    sentence().click();
    await tick();
    expect(speech.log.length).toBe(spoken);
  });

  it('the speed menu changes the speed at once and reports it for the settings', async () => {
    const { p, button, rates } = player({ rate: 1.25 });
    const rate = p.controls.querySelector<HTMLSelectElement>('[data-action="read-aloud-rate"]')!;
    expect(rate.value).toBe('1.25');
    expect([...rate.options].map((o) => o.textContent)).toEqual(['0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    button.click();
    await vi.waitFor(() => expect(speech.current()).toBe('Council passes budget'));
    expect(speech.log.at(-1)?.rate).toBe(1.25);
    rate.value = '2';
    rate.dispatchEvent(new Event('change'));
    expect(rates).toEqual([2]);
    await vi.waitFor(() => expect(speech.log.at(-1)).toMatchObject({ text: 'Council passes budget', rate: 2 }));
    // A change from storage (another tab, the options page) applies too.
    p.update({ ...DEFAULT_READ_ALOUD, rate: 0.75 });
    expect(rate.value).toBe('0.75');
    await vi.waitFor(() => expect(speech.log.at(-1)?.rate).toBe(0.75));
  });

  const korean = article({
    title: '서울시 예산안 발표', lang: 'ko', contentHtml: '<p>서울시는 6일 예산안을 발표했다. 총액은 47조 원이다.</p>',
    textContent: '서울시는 6일 예산안을 발표했다. 총액은 47조 원이다.',
  });

  it('reads a Korean article with a Korean voice', async () => {
    const { button } = player({}, korean, []);
    button.click();
    await vi.waitFor(() => expect(speech.current()).toBe('서울시 예산안 발표'));
    expect(speech.log.at(-1)).toMatchObject({ voice: 'Fake Korean', lang: 'ko-KR' });
  });

  it('without a local Korean voice it says so, with what to install, and does not use the online one', async () => {
    speech.setVoices([{ name: 'Fake English', lang: 'en-US', default: true }, { name: 'Google 한국의', lang: 'ko-KR', localService: false }]);
    const { p, button, state } = player({}, korean, []);
    expect(p.note.hidden).toBe(false);
    expect(p.note.textContent).toContain('Only online voices speak Korean here');
    expect(p.note.textContent).toMatch(/To add one on|Voices are added/);
    button.click();
    await tick();
    expect(state()).toBe('idle');
    expect(speech.log).toEqual([]);
    p.dispose();

    // Chosen in the settings, the online voice is used.
    const chosen = player({ voices: { ko: 'Google 한국의' } }, korean, []);
    expect(chosen.p.note.hidden).toBe(true);
    chosen.button.click();
    await vi.waitFor(() => expect(speech.log.at(-1)).toMatchObject({ voice: 'Google 한국의' }));
  });

  it('with no Korean voice at all, the note names the language and the fix', async () => {
    speech.setVoices([{ name: 'Fake English', lang: 'en-US', default: true }]);
    const { p } = player({}, korean, []);
    expect(p.note.textContent).toContain('This device has no Korean voice');
  });

  it('dispose (the view is replaced or closes) stops speaking and removes the controls', async () => {
    const { p, button } = player();
    button.click();
    await vi.waitFor(() => expect(speech.current()).toBe('Council passes budget'));
    p.dispose();
    expect(speech.current()).toBeNull();
    expect(p.controls.isConnected).toBe(false);
    expect(document.querySelectorAll('[data-role="speaking"]').length).toBe(0);
    expect(document.body.dataset.readAloud).toBeUndefined();
  });

  it('pagehide (tab closed, overlay removed) stops speaking', async () => {
    const { p, button } = player();
    button.click();
    await vi.waitFor(() => expect(speech.current()).toBe('Council passes budget'));
    window.dispatchEvent(new Event('pagehide'));
    expect(p.state).toBe('idle');
    expect(speech.current()).toBeNull();
    p.dispose();
  });

  it('says so when the browser refuses to start speaking', async () => {
    const { p, button } = player();
    button.click();
    await vi.waitFor(() => expect(speech.current()).toBe('Council passes budget'));
    speech.fail('not-allowed');
    await vi.waitFor(() => expect(p.note.textContent).toContain('Press Listen'));
    expect(p.state).toBe('idle');
  });
});

describe('keyboard', () => {
  it('N plays or pauses, by character or physical key, never with modifiers', () => {
    const key = (key: string, code: string, mods: Partial<KeyboardEvent> = {}) => isReadAloudKey({ key, code, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key('n', 'KeyN')).toBe(true);
    expect(key('N', 'KeyN')).toBe(true);
    expect(key('ㅜ', 'KeyN')).toBe(true); // Korean layout
    expect(key('n', 'KeyN', { ctrlKey: true })).toBe(false);
    expect(key('m', 'KeyM')).toBe(false);
  });

  it('the view calls read aloud on N, but not while typing in a field', () => {
    let presses = 0;
    const off = installKeyboard(document, { onTextSizeDelta: () => undefined, onReadAloud: () => { presses += 1; } });
    const input = document.createElement('input');
    document.body.replaceChildren(input);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', repeat: true, bubbles: true }));
    off();
    expect(presses).toBe(1);
  });
});
