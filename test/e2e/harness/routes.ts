/**
 * The closed network, made explicit: saved corpus pages (and pages a test adds) are served under
 * their real URLs; images get a tiny PNG; every other request is aborted at once, so nothing
 * waits on a network that does not exist and nothing leaves the machine.
 */
import type { BrowserContext, Request, Route } from 'playwright-core';
import { corpusPageHtml, corpusPages, type CorpusPage } from '../../helpers/corpus';

export interface ServedResponse {
  body: string | Buffer | Uint8Array;
  contentType: string;
  status?: number;
  headers?: Record<string, string>;
}

export interface RouteTable {
  /** Serve `body` at `url` (exact URL, fragment ignored). */
  set(url: string, response: ServedResponse): void;
  /** Serve an HTML page (UTF-8) at `url`. */
  html(url: string, html: string, headers?: Record<string, string>): void;
  /** Serve `response` for every URL that starts with `prefix` (checked after exact URLs). */
  prefix(prefix: string, response: ServedResponse): void;
  /** Every http(s) request the browser made, with what was done with it. */
  log: Array<{ url: string; resourceType: string; outcome: 'page' | 'image' | 'aborted' }>;
}

/** 1×1 transparent PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const IMAGE_URL = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp)(\?|$)/i;

const withoutHash = (url: string): string => url.split('#')[0];

export function corpusPage(file: string): CorpusPage {
  const page = corpusPages().find((p) => p.file === file);
  if (!page) throw new Error(`corpus page ${file} not in pages/index.json`);
  return page;
}

export async function installRoutes(ctx: BrowserContext): Promise<RouteTable> {
  const served = new Map<string, ServedResponse>();
  const prefixes: Array<[string, ServedResponse]> = [];
  for (const page of corpusPages()) {
    served.set(withoutHash(page.url), { body: corpusPageHtml(page), contentType: 'text/html; charset=utf-8' });
  }
  const table: RouteTable = {
    set: (url, response) => { served.set(withoutHash(url), response); },
    html: (url, html, headers) => { served.set(withoutHash(url), { body: html, contentType: 'text/html; charset=utf-8', headers }); },
    prefix: (prefix, response) => { prefixes.push([prefix, response]); },
    log: [],
  };
  const handle = async (route: Route, request: Request): Promise<void> => {
    const url = withoutHash(request.url());
    const page = served.get(url) ?? prefixes.find(([prefix]) => url.startsWith(prefix))?.[1];
    const resourceType = request.resourceType();
    if (page) {
      table.log.push({ url, resourceType, outcome: 'page' });
      const body = typeof page.body === 'string' ? page.body : Buffer.from(page.body);
      await route.fulfill({ status: page.status ?? 200, contentType: page.contentType, headers: page.headers, body });
    } else if (resourceType === 'image' || IMAGE_URL.test(url)) {
      table.log.push({ url, resourceType, outcome: 'image' });
      await route.fulfill({ status: 200, contentType: 'image/png', body: TINY_PNG });
    } else {
      table.log.push({ url, resourceType, outcome: 'aborted' });
      await route.abort('internetdisconnected');
    }
  };
  await ctx.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route, request) =>
    handle(route, request).catch(() => undefined));
  return table;
}
