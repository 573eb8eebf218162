// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, textSizeDeltaForKey, trapFocus } from '../../src/ui/keyboard';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('view shortcuts', () => {
  it('+/= grow and -/_/− shrink the text; with Ctrl/Cmd/Alt they belong to the browser', () => {
    expect(['+', '=', '-', '_', '\u2212', 'a'].map((k) => textSizeDeltaForKey(key(k)))).toEqual([1, 1, -1, -1, -1, 0]);
    expect(textSizeDeltaForKey(key('+', { ctrlKey: true }))).toBe(0);
    expect(textSizeDeltaForKey(key('-', { metaKey: true }))).toBe(0);
    expect(textSizeDeltaForKey(key('=', { altKey: true }))).toBe(0);
  });

  it('keys typed into fields are not shortcuts; switches and buttons are not fields', () => {
    document.body.innerHTML = '<input id="t"><input id="c" type="checkbox"><select id="s"></select><textarea id="a"></textarea><button id="b"></button><div id="e" contenteditable="true"></div>';
    const byId = (id: string) => document.getElementById(id);
    expect(['t', 's', 'a', 'e'].map((id) => isTypingTarget(byId(id)))).toEqual([true, true, true, true]);
    expect(['c', 'b'].map((id) => isTypingTarget(byId(id)))).toEqual([false, false]);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('overlay: Tab from the last control wraps to the first, Shift+Tab from the first to the last', () => {
    document.body.innerHTML = '<button id="one">1</button><a id="two" href="https://example.com/">2</a><button id="three">3</button>';
    for (const el of document.querySelectorAll('button, a')) (el as HTMLElement).getClientRects = () => [{}] as unknown as DOMRectList;
    const untrap = trapFocus(document);
    document.getElementById('three')!.focus();
    document.getElementById('three')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement?.id).toBe('one');
    document.getElementById('one')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement?.id).toBe('three');
    untrap();
  });
});
