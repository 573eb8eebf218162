/**
 * What the views show for an extracted body: the article, or "no article here". Decided from the
 * body and the page together, never from the URL alone: a body that is mostly link text is a
 * list or a menu; a body of repeated link items (little prose, or a headline link above each
 * teaser) is a list when the page also looks like one (listing markup, a listing URL); a body
 * without one sentence is no article when the page does not look like one either (served bytes, a
 * data dump). Anything else with text is shown: tables, transcripts and short video captions too.
 */
import type { BodyShape, TextMeasure } from './body-shape';

export type ArticleView = 'article' | 'no-article';

/** At least this share of the text in links: headline lists, menus, search results. */
const MAX_LINK_SHARE = 0.5;
/** Repeated items: this many link blocks, with prose under this share of the text… */
const MIN_LINK_ITEMS = 5;
const MAX_PROSE_SHARE_OF_LIST = 0.25;
/** …or this many headline links making at least this share of the blocks (a headline above each teaser). */
const MANY_LINK_ITEMS = 10;
const MIN_LINK_ITEM_SHARE = 0.25;

export const isLinkHeavy = (shape: TextMeasure): boolean => shape.linkChars >= shape.chars * MAX_LINK_SHARE;

/** What the page-load signals say; alone they decide nothing. */
export interface PageSignals {
  /** Listing signals: list markup, JSON-LD CollectionPage, a listing or section URL. */
  looksListed: boolean;
  /** Page-load detection's verdict. */
  looksLikeArticle: boolean;
}

export function articleView(shape: BodyShape | null, page: PageSignals): ArticleView {
  if (!shape || shape.chars === 0 || isLinkHeavy(shape)) return 'no-article';
  // Not one sentence on a page that does not look like an article: bytes, labels, a data dump.
  if (shape.proseBlocks === 0 && !page.looksLikeArticle) return 'no-article';
  const listItems = shape.linkBlocks >= MIN_LINK_ITEMS && shape.proseChars < shape.chars * MAX_PROSE_SHARE_OF_LIST
    || shape.linkBlocks >= MANY_LINK_ITEMS && shape.linkBlocks >= shape.blocks * MIN_LINK_ITEM_SHARE;
  return page.looksListed && listItems ? 'no-article' : 'article';
}
