/**
 * Read aloud in real Chromium with dist/chrome loaded (issue 11 §1). The page's speech engine is
 * replaced by the unit tests' fake (test/helpers/fake-speech.ts, injected as an init script into the
 * extension's pages), so the test decides when each utterance ends and checks that the highlight
 * (data-role="speaking") moves sentence by sentence, stays in view, that pause / resume / stop work,
 * that a click on a sentence reads from there, that a Korean article gets the Korean voice (and a
 * note when there is none), and that the popup's "Listen" opens the reader tab, which starts reading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchLede, type Lede } from './harness/launch';
import { corpusPage } from './harness/routes';
import { PAGE_VIEWPORT, openPage, openPopupFor, overlayFrame, screenshot, settledState, tabIdOf } from './harness/helpers';
import { setSettings } from './harness/settings';
import { installFakeSpeech } from '../helpers/fake-speech';
import { norm } from '../helpers/corpus';

const YNA = corpusPage('yna-en-2.html');
const SBS = corpusPage('sbs-2.html');
const YNA_HOST = 'en.yna.co.kr';
const SBS_HOST = 'news.sbs.co.kr';

type View = Page | Frame;

let lede: Lede;
beforeAll(async () => {
  lede = await launchLede();
  // Only Lede's own pages and frames: the news pages keep their real speech engine.
  await lede.ctx.addInitScript({
    content: `if (location.protocol === 'chrome-extension:') (${installFakeSpeech.toString()})(window);`,
  });
});
afterAll(async () => { await lede?.close(); });

const readState = (view: View) => view.evaluate(() => document.querySelector<HTMLElement>('[data-role="read-aloud-state"]')?.dataset.state ?? null);
/** The text highlighted as being read, whitespace collapsed. */
const speaking = (view: View) => view.evaluate(() => [...document.querySelectorAll('[data-role="speaking"]')].map((el) => el.textContent).join('').replace(/\s+/g, ' ').trim());
/** What the fake engine is saying now. */
const current = (view: View) => view.evaluate(() => ((window as any).__ledeSpeech.current() as string | null)?.replace(/\s+/g, ' ').trim() ?? null);
const finish = (view: View) => view.evaluate(() => (window as any).__ledeSpeech.finish());
const spokenLog = (view: View) => view.evaluate(() => (window as any).__ledeSpeech.log as { text: string; voice: string; lang: string; rate: number }[]);

/** Waits until the highlight shows the utterance being spoken, and returns that text. */
async function highlightFollows(view: View): Promise<string> {
  await expect.poll(async () => {
    const now = await current(view);
    return now !== null && (await speaking(view)) === now;
  }, { timeout: 5_000 }).toBe(true);
  return (await current(view))!;
}

/** Is the first highlighted element inside the viewport (below the sticky toolbar)? */
const speakingInView = (view: View) => view.evaluate(() => {
  const el = document.querySelector('[data-role="speaking"]');
  if (!el) return false;
  const rect = el.getBoundingClientRect();
  const bar = document.querySelector('.lede-bar')?.getBoundingClientRect().bottom ?? 0;
  return rect.top >= bar - 1 && rect.bottom <= window.innerHeight + 1;
});

/**
 * Watches for the overlay frame's speech being cancelled. The frame is about to go away, so it
 * reports on a BroadcastChannel to another extension page (a message to the page underneath, from
 * a frame being removed, is dropped).
 */
async function watchCancel(frame: Frame): Promise<{ cancelled(): Promise<boolean>; close(): Promise<void> }> {
  const listener = await lede.ctx.newPage();
  await listener.goto(lede.url('options.html'));
  await listener.evaluate(() => {
    new BroadcastChannel('lede-test').onmessage = (event) => { if (event.data === 'cancelled') (window as any).__cancelled = true; };
  });
  await frame.evaluate(() => {
    const channel = new BroadcastChannel('lede-test');
    (window as any).__ledeSpeech.onCancel = () => channel.postMessage('cancelled');
  });
  return {
    cancelled: () => listener.evaluate(() => (window as any).__cancelled === true),
    close: () => listener.close(),
  };
}

async function openReaderFor(page: Page, query = ''): Promise<Page> {
  const tabId = await tabIdOf(lede, page);
  const reader = await lede.ctx.newPage();
  await reader.setViewportSize(PAGE_VIEWPORT);
  await reader.goto(lede.url(`reader.html?tabId=${tabId}${query}`));
  expect(await settledState(reader)).toBe('ready');
  return reader;
}

describe('read aloud', () => {
  it('full-tab reader: title, key facts, then the body, the highlight moving sentence by sentence; pause, resume, jump, stop', async () => {
    const page = await openPage(lede, YNA.url);
    const reader = await openReaderFor(page);
    expect(await readState(reader)).toBe('idle');
    await screenshot(reader, 'read-aloud-idle');

    const facts = (await reader.locator('[data-role="key-fact"]').allTextContents()).map(norm);
    expect(facts.length).toBeGreaterThan(0);
    await reader.click('[data-role="read-aloud"]');
    expect(await highlightFollows(reader)).toBe(YNA.title);
    expect(await readState(reader)).toBe('playing');
    expect(await reader.locator('.lede-title [data-role="speaking"]').count()).toBe(1);

    // Each key fact, in its button, one utterance each.
    for (const fact of facts) {
      await finish(reader);
      expect(await highlightFollows(reader)).toBe(fact);
      expect(await reader.locator('[data-role="key-fact"] [data-role="speaking"]').count()).toBe(1);
    }
    // Then the body, sentence by sentence, kept in view.
    const bodyText = norm(await reader.locator('[data-role="article"]').textContent() ?? '');
    const bodySentences: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await finish(reader);
      bodySentences.push(await highlightFollows(reader));
      expect(await reader.locator('[data-role="article"] [data-role="speaking"]').count()).toBeGreaterThan(0);
      await expect.poll(() => speakingInView(reader), { timeout: 3_000 }).toBe(true);
    }
    expect(bodySentences[0]).toContain(facts[0]); // the first key fact is the lead sentence (after its dateline)
    expect(new Set(bodySentences).size).toBe(bodySentences.length);
    for (const sentence of bodySentences) expect(bodyText).toContain(sentence);
    await screenshot(reader, 'read-aloud-playing');

    // Pause: speech is cancelled, the highlight stays, the button says Resume.
    const pausedOn = await speaking(reader);
    await reader.click('[data-role="read-aloud"]');
    expect(await readState(reader)).toBe('paused');
    await expect.poll(() => current(reader)).toBeNull();
    expect(await speaking(reader)).toBe(pausedOn);
    expect(norm(await reader.locator('[data-role="read-aloud"]').textContent() ?? '')).toBe('Resume');
    await screenshot(reader, 'read-aloud-paused');

    // N resumes (focus on the page, not in a field).
    await reader.locator('.lede-meta').click();
    await reader.keyboard.press('n');
    expect(await readState(reader)).toBe('playing');
    expect(await highlightFollows(reader)).toBe(pausedOn);

    // A click on the first sentence reads from there, then on to the end of the article, where it stops by itself.
    await reader.locator('[data-role="article"] .lede-sentence[data-sentence-index="0"]').first().click();
    expect(await highlightFollows(reader)).toBe(bodySentences[0]);
    let sentencesRead = 1;
    while (sentencesRead < 100) {
      await finish(reader); // the fake starts the next utterance at once, or none at the end
      if ((await current(reader)) === null) break;
      expect(bodyText).toContain(await highlightFollows(reader));
      await expect.poll(() => speakingInView(reader), { timeout: 3_000 }).toBe(true);
      sentencesRead += 1;
    }
    expect(sentencesRead).toBeGreaterThanOrEqual(4);
    await expect.poll(() => readState(reader)).toBe('idle');
    expect(await reader.locator('[data-role="speaking"]').count()).toBe(0);

    // Stop, in the middle of the title.
    await reader.click('[data-role="read-aloud"]');
    expect(await highlightFollows(reader)).toBe(YNA.title);
    await reader.click('[data-action="read-aloud-stop"]');
    expect(await readState(reader)).toBe('idle');
    expect(await reader.locator('[data-role="speaking"]').count()).toBe(0);
    await expect.poll(() => current(reader)).toBeNull();
    const log = await spokenLog(reader);
    expect(new Set(log.map((u) => u.voice))).toEqual(new Set(['Fake English']));
    expect(log.every((u) => u.text.length < 600)).toBe(true); // one sentence per utterance
    await Promise.all([reader.close(), page.close()]);
  });

  it('automatic-mode overlay, dark theme: a Korean article is read with the Korean voice; closing the view stops it', async () => {
    await setSettings(lede, { autoMode: true, theme: 'dark', sites: { [SBS_HOST]: null } });
    const page = await openPage(lede, SBS.url);
    const frame = await overlayFrame(lede, page);
    await frame.waitForFunction(() => document.body?.dataset.state === 'ready', undefined, { timeout: 10_000 });
    await frame.click('[data-role="read-aloud"]');
    expect(await highlightFollows(frame)).toBe(norm(SBS.title!));
    await finish(frame);
    await highlightFollows(frame);
    await finish(frame);
    await highlightFollows(frame);
    expect((await spokenLog(frame)).map((u) => [u.voice, u.lang])).toContainEqual(['Fake Korean', 'ko-KR']);
    expect(new Set((await spokenLog(frame)).map((u) => u.voice))).toEqual(new Set(['Fake Korean']));
    await screenshot(page, 'read-aloud-overlay-ko-dark');
    const watcher = await watchCancel(frame);
    await frame.click('[data-action="back"]');
    await page.waitForSelector('[data-lede-overlay]', { state: 'detached', timeout: 5_000 });
    await expect.poll(() => watcher.cancelled()).toBe(true);
    await watcher.close();
    await setSettings(lede, { autoMode: false, theme: 'system' });
    await page.close();
  });

  it('overlay: reading stops when the article changes (in-page navigation closes the view)', async () => {
    await setSettings(lede, { autoMode: true, sites: { [YNA_HOST]: null } });
    const page = await openPage(lede, YNA.url);
    const frame = await overlayFrame(lede, page);
    await frame.waitForFunction(() => document.body?.dataset.state === 'ready', undefined, { timeout: 10_000 });
    await frame.click('[data-role="read-aloud"]');
    expect(await highlightFollows(frame)).toBe(YNA.title);
    const watcher = await watchCancel(frame);
    // A single-page site moving to another article: the content script closes the view.
    await page.evaluate(() => {
      history.pushState({}, '', `${location.pathname}${location.search}&lede-test=next`);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => watcher.cancelled(), { timeout: 5_000 }).toBe(true);
    await watcher.close();
    await setSettings(lede, { autoMode: false });
    await page.close();
  });

  it('says so when the system has no Korean voice, with what to install', async () => {
    const page = await openPage(lede, SBS.url);
    const reader = await openReaderFor(page);
    await reader.evaluate(() => (window as any).__ledeSpeech.setVoices([{ name: 'Fake English', lang: 'en-US', default: true }]));
    const note = reader.locator('[data-role="read-aloud-note"]');
    await note.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await note.textContent()).toMatch(/Korean/);
    expect(await note.textContent()).toMatch(/speech-dispatcher|Settings/);
    await reader.click('[data-role="read-aloud"]');
    expect(await readState(reader)).toBe('idle');
    expect(await spokenLog(reader)).toEqual([]);
    await screenshot(reader, 'read-aloud-no-korean-voice');
    await Promise.all([reader.close(), page.close()]);
  });

  it('options page: speed, key facts and a voice per language (online voices marked); the reader uses the chosen voice', async () => {
    const options = await lede.ctx.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(lede.url('options.html'));
    const voicesOf = (lang: string) => options.locator(`select[data-voice-lang="${lang}"] option`).allTextContents();
    await expect.poll(() => voicesOf('ko')).toEqual([
      'Automatic (a voice on this device)', 'Fake Korean (ko-KR)', 'Google 한국의 (ko-KR) (online: sends the text to its provider)',
    ]);
    expect(await voicesOf('en')).toEqual(['Automatic (a voice on this device)', 'Fake English (en-US)', 'Fake English (UK) (en-GB)']);
    await options.selectOption('#read-aloud-rate', '1.5');
    await options.selectOption('select[data-voice-lang="en"]', 'Fake English (UK)');
    await options.locator('#read-aloud-key-facts').click();
    await expect.poll(() => lede.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get(['readAloudRate', 'readAloudKeyFacts', 'voice:en'])))
      .toEqual({ readAloudRate: 1.5, readAloudKeyFacts: false, 'voice:en': 'Fake English (UK)' });
    await options.locator('#read-aloud-heading').scrollIntoViewIfNeeded();
    await screenshot(options, 'read-aloud-options');

    const page = await openPage(lede, YNA.url);
    const reader = await openReaderFor(page);
    expect(await reader.inputValue('[data-action="read-aloud-rate"]')).toBe('1.5');
    await reader.click('[data-role="read-aloud"]');
    expect(await highlightFollows(reader)).toBe(YNA.title);
    await finish(reader);
    // No key facts: the body follows the title.
    expect(await reader.locator('[data-role="article"] [data-role="speaking"]').count()).toBeGreaterThan(0);
    expect((await spokenLog(reader)).map((u) => [u.voice, u.rate])).toEqual([['Fake English (UK)', 1.5], ['Fake English (UK)', 1.5]]);
    await lede.worker.evaluate(() => (globalThis as any).chrome.storage.sync.remove(['readAloudRate', 'readAloudKeyFacts', 'voice:en']));
    await Promise.all([reader.close(), page.close(), options.close()]);
  });

  it('popup: "Listen" opens the reader tab, which starts reading aloud', async () => {
    const page = await openPage(lede, YNA.url);
    const popup = await openPopupFor(lede, page);
    expect(await popup.locator('[data-role="read-aloud"]').count()).toBe(0);
    await screenshot(popup, 'read-aloud-popup-listen');
    const [reader] = await Promise.all([
      lede.ctx.waitForEvent('page', { timeout: 10_000 }),
      popup.click('[data-action="listen"]'),
    ]);
    await reader.setViewportSize(PAGE_VIEWPORT);
    expect(await settledState(reader)).toBe('ready');
    expect(await highlightFollows(reader)).toBe(YNA.title);
    expect(await readState(reader)).toBe('playing');
    // The request to listen is not kept in the address: a reload doesn't start talking again.
    expect(reader.url()).not.toContain('listen');
    await Promise.all([reader.close(), popup.close(), page.close()]);
  });
});
