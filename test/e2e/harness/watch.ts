/**
 * Watching what runs and what goes out: the hostile-fixture canary (test/fixtures/hostile/canary.ts:
 * `self.__ledeCanary(id)`, `document.title = 'PWNED:'+id`, requests to https://canary.invalid/),
 * dialogs, and every network request, each attributed to the frame (or worker) that made it.
 */
import type { Request } from 'playwright-core';
import type { Lede } from './launch';

export interface CanaryCall { id: string; frameUrl: string }
export interface RecordedRequest { url: string; resourceType: string; frameUrl: string; fromWorker: boolean; at: number }
export interface RecordedDialog { type: string; message: string; frameUrl: string }

export interface Watch {
  canaryCalls: CanaryCall[];
  requests: RecordedRequest[];
  dialogs: RecordedDialog[];
  /** What the extension's own pages, frames and worker did since `since` (ms timestamp); dialogs from anywhere. */
  byExtension(since?: number): { canaryCalls: CanaryCall[]; requests: RecordedRequest[]; dialogs: RecordedDialog[] };
}

const CANARY_HOST = 'canary.invalid';

function frameUrlOf(request: Request): { frameUrl: string; fromWorker: boolean } {
  const worker = request.serviceWorker();
  if (worker) return { frameUrl: worker.url(), fromWorker: true };
  try {
    return { frameUrl: request.frame().url(), fromWorker: false };
  } catch {
    return { frameUrl: '(no frame)', fromWorker: true };
  }
}

export async function watch(lede: Lede): Promise<Watch> {
  const extensionOrigin = `chrome-extension://${lede.extensionId}/`;
  const canaryCalls: Array<CanaryCall & { at: number }> = [];
  const requests: RecordedRequest[] = [];
  const dialogs: Array<RecordedDialog & { at: number }> = [];
  // Channel 1: every frame, extension pages included, gets the canary function.
  await lede.ctx.exposeBinding('__ledeCanary', (source, id: unknown) => {
    canaryCalls.push({ id: String(id), frameUrl: source.frame.url(), at: Date.now() });
  });
  // Channel 3: loads of canary.invalid answer 204 (a navigation to it is cancelled, the page stays).
  lede.routes.prefix(`https://${CANARY_HOST}/`, { status: 204, body: '', contentType: 'text/plain' });
  lede.ctx.on('request', (request) => {
    requests.push({ url: request.url(), resourceType: request.resourceType(), ...frameUrlOf(request), at: Date.now() });
  });
  lede.ctx.on('dialog', (dialog) => {
    let frameUrl = '(unknown)';
    try { frameUrl = dialog.page()?.url() ?? frameUrl; } catch { /* closed */ }
    dialogs.push({ type: dialog.type(), message: dialog.message(), frameUrl, at: Date.now() });
    void dialog.dismiss().catch(() => undefined);
  });
  const ours = (url: string, fromWorker = false) => url.startsWith(extensionOrigin) || (fromWorker && url.startsWith(extensionOrigin));
  return {
    canaryCalls, requests, dialogs,
    byExtension(since = 0) {
      return {
        canaryCalls: canaryCalls.filter((c) => c.at >= since && ours(c.frameUrl)),
        requests: requests.filter((r) => r.at >= since && ours(r.frameUrl, r.fromWorker) && !r.url.startsWith(extensionOrigin)),
        // Hostile pages are served with script-src 'none', so any dialog at all is a failure.
        dialogs: dialogs.filter((d) => d.at >= since),
      };
    },
  };
}

/** Requests to the canary host among `requests`. */
export const canaryRequests = (requests: RecordedRequest[]): RecordedRequest[] =>
  requests.filter((r) => { try { return new URL(r.url).hostname === CANARY_HOST; } catch { return false; } });
