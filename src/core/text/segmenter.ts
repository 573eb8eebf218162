/** Cached Intl.Segmenter instances: constructing one costs far more than segmenting a paragraph. */

type Granularity = 'sentence' | 'word';

const cache = new Map<string, Intl.Segmenter>();

/** Segmenter locale for a BCP 47 tag: 'ko' for Korean, 'en' for everything else we meet. */
export function segmenterLocale(lang: string | null | undefined): string {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'ko' ? 'ko' : primary === 'ja' || primary === 'zh' ? primary : 'en';
}

export function getSegmenter(lang: string | null | undefined, granularity: Granularity): Intl.Segmenter {
  const locale = segmenterLocale(lang);
  const key = `${locale}:${granularity}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity });
    cache.set(key, segmenter);
  }
  return segmenter;
}
