/**
 * The floor: Lede never shows less than Readability. Lede's body is kept unless its steps emptied
 * the page or left much less text than Readability's own result; then Readability's result is
 * shown (with no text removed) and the step that fell short is named. Text is counted outside
 * links, and Readability's result only counts when it is not itself a list of links (on a video
 * page Readability can pick the related-video list, longer than the caption the site rule found).
 */
import { plainBody, type Body, type Candidates } from './body';
import { bodyShape, type BodyShape, type TextMeasure } from './body-shape';
import { isLinkHeavy } from './view';

/**
 * Lede's body must keep at least this share of Readability's text outside links. Chosen from the
 * dev sets: on the 318 pages of extraction-dev and news-world-dev Lede's body keeps 0.59 or more
 * of it (the cleanup removes mostly link text; below 0.8 there are six pages, one of them, at 0.68,
 * where Readability's own result held more of the reference text); on the corpus articles with a
 * site rule, 0.46 (KBS: both hold the whole story, Readability's also the page's other text). A
 * share well under the lowest legitimate one still catches a step that dropped most of the story.
 */
export const MIN_SHARE_OF_READABILITY = 0.35;
/** Bodies with less text than this are not an article (script placeholders, consent walls). */
export const MIN_BODY_CHARS = 25;

export type Fallback = 'site-rule' | 'cleanup' | 'structured-data';

export interface Kept {
  body: Body | null;
  shape: BodyShape | null;
  /** The Lede step that was replaced by Readability's result, or null. */
  fallback: Fallback | null;
}

const named = (via: Body['via'] | null | undefined): Fallback | null => (via && via !== 'readability' && via !== 'script-data' ? via : null);
const prose = (measure: TextMeasure | null): number => (measure ? measure.chars - measure.linkChars : 0);

/**
 * Readability's result is measured by its text and link text alone; its blocks are only walked
 * (and its body made) when it is the one shown, which on the dev sets is never: the common path
 * pays for one body, not two.
 */
export function keepBetter({ readability, lede, failed }: Candidates): Kept {
  const ledeShape = lede ? bodyShape(lede.content) : null;
  const plain = readability?.measure ?? null;
  const ledeOk = !!ledeShape && ledeShape.chars >= MIN_BODY_CHARS;
  const plainOk = !!plain && plain.chars >= MIN_BODY_CHARS && !isLinkHeavy(plain);
  if (ledeOk && (!plainOk || prose(ledeShape) >= prose(plain) * MIN_SHARE_OF_READABILITY)) {
    return { body: lede, shape: ledeShape, fallback: null };
  }
  if (!readability || !plain || plain.chars < MIN_BODY_CHARS) return { body: null, shape: null, fallback: null };
  const body = plainBody(readability.content);
  return { body, shape: bodyShape(body.content), fallback: named(plainOk ? lede?.via ?? failed : failed) };
}
