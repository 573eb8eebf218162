import { getSegmenter } from './segmenter';

/**
 * Word-like segments of `text` (letters or digits; punctuation and spaces dropped), as written.
 * Korean words are eojeol: the segmenter keeps particles attached ("국방부는").
 */
export function words(text: string, lang: string | null): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const part of getSegmenter(lang, 'word').segment(text)) {
    if (part.isWordLike) out.push(part.segment);
  }
  return out;
}
