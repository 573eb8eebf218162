// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startEarlySnapshot, takeEarlySnapshot } from '../../src/popup/early-snapshot';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html?tabId=7');
});

describe('the popup’s early snapshot request', () => {
  it('is asked once, for ?tabId, and handed over once', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { ok: false, reason: 'error', message: 'x' } } as never);
    startEarlySnapshot(window);
    const early = takeEarlySnapshot(window);
    expect(early).not.toBeNull();
    expect(takeEarlySnapshot(window)).toBeNull();
    expect(await early!.tabId).toBe(7);
    expect(await early!.snapshot).toMatchObject({ ok: false, reason: 'error' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0]).toMatchObject({ type: 'getPage', data: { tabId: 7 } });
  });

  it('is null when popup-early.js did not run', () => {
    expect(takeEarlySnapshot(window)).toBeNull();
  });
});
