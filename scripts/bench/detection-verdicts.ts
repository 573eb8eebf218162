/**
 * Detection quality (issue 5 §2): articles found and non-articles rejected, for Lede's
 * detectArticle() next to Readability's isProbablyReaderable() on the same parsed page.
 */
export interface Verdict {
  /** The page's label: an article (corpus pages' isArticle; Readability test pages' `readerable`). */
  label: boolean;
  lede: boolean;
  readerable: boolean;
}

export interface VerdictTally {
  articles: number;
  others: number;
  lede: { found: number; rejected: number };
  readerable: { found: number; rejected: number };
  /** Articles Lede finds that isProbablyReaderable misses. */
  foundOnlyByLede: number;
}

export function tallyVerdicts(verdicts: Verdict[]): VerdictTally {
  const articles = verdicts.filter((v) => v.label), others = verdicts.filter((v) => !v.label);
  return {
    articles: articles.length,
    others: others.length,
    lede: { found: articles.filter((v) => v.lede).length, rejected: others.filter((v) => !v.lede).length },
    readerable: { found: articles.filter((v) => v.readerable).length, rejected: others.filter((v) => !v.readerable).length },
    foundOnlyByLede: articles.filter((v) => v.lede && !v.readerable).length,
  };
}

/** "found a/b, rejected c/d" for one detector. */
export const describeTally = (t: VerdictTally, who: 'lede' | 'readerable'): string =>
  `articles found ${t[who].found}/${t.articles}, others rejected ${t[who].rejected}/${t.others}`;
