/**
 * What the views show for an extracted body: the article, or "no article here". Decided from the
 * body and the page together, never from the URL alone: a body that is mostly link text is a
 * list or a menu; a body of repeated link items with little prose is a list when the page also
 * looks like one (listing markup, a listing URL). Anything else with text is shown: tables,
 * transcripts and short video captions are articles too.
 */
import type { BodyShape } from './body-shape';

export type ArticleView = 'article' | 'no-article';

/** At least this share of the text in links: headline lists, menus, search results. */
const MAX_LINK_SHARE = 0.5;
/** Repeated items: this many link blocks, with prose under this share of the text. */
const MIN_LINK_ITEMS = 5;
const MAX_PROSE_SHARE_OF_LIST = 0.25;

export const isLinkHeavy = (shape: BodyShape): boolean => shape.linkChars >= shape.chars * MAX_LINK_SHARE;

/**
 * `pageLooksListed`: the page-load signals say listing (list markup, JSON-LD CollectionPage, a
 * listing or section URL). Alone it decides nothing.
 */
export function articleView(shape: BodyShape | null, pageLooksListed: boolean): ArticleView {
  if (!shape || shape.chars === 0 || isLinkHeavy(shape)) return 'no-article';
  const listItems = shape.linkBlocks >= MIN_LINK_ITEMS && shape.proseChars < shape.chars * MAX_PROSE_SHARE_OF_LIST;
  return pageLooksListed && listItems ? 'no-article' : 'article';
}
