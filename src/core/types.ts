/**
 * Shared data shapes of the pure core. Plain data only: everything here can be
 * structured-cloned across extension contexts and printed as JSON by the CLI.
 */

/** What the cheap detector thinks of a page. */
export interface Detection {
  isArticle: boolean;
  /** 'news' for news articles, 'article' for other readable articles, 'none' otherwise. */
  kind: 'news' | 'article' | 'none';
  /** 0..1, how sure the detector is of `isArticle`. */
  confidence: number;
  /** Id of the matching site rule (see src/core/sites), when the URL belongs to a known outlet. */
  site?: string;
  /** Short machine-readable reasons, e.g. 'site-rule:yna-en', 'jsonld:NewsArticle', 'url:section'. */
  reasons: string[];
}

export interface LeadImage {
  src: string;
  caption: string | null;
}

/** An extracted article. `contentHtml` is untrusted: sanitize it where it is rendered. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 with offset (Korean sites: +09:00), or null. */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** BCP 47 primary language, e.g. 'en', 'ko'. */
  lang: string | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  canonicalUrl: string | null;
  contentHtml: string;
  /** The article body only: no title, no page chrome, no key facts. */
  textContent: string;
  readingMinutes: number;
}

/** One key fact: a sentence of the article, quoted verbatim. */
export interface KeyFact {
  text: string;
  /** Index of the sentence in `sentences(article.textContent, lang)` order. */
  sentenceIndex: number;
}

export interface GlanceQuote {
  text: string;
  speaker: string | null;
}

export interface GlanceDate {
  /** The words as written, e.g. 'Wednesday', '지난달', 'April 19'. */
  text: string;
  /** Resolved ISO date (YYYY-MM-DD or YYYY-MM) when it can be resolved, else null. */
  date: string | null;
}

export interface GlanceNumber {
  /** As written, e.g. '6,700 containers', '1조 2,000억 원', '15%'. */
  text: string;
  value: number | null;
  unit: string | null;
}

/** "At a glance": who, where, when, how many, who said what. */
export interface Glance {
  people: string[];
  organizations: string[];
  places: string[];
  dates: GlanceDate[];
  numbers: GlanceNumber[];
  quotes: GlanceQuote[];
}
