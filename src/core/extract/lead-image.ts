/** The lead image: the first sizeable image of the article with its caption, else og:image. */
import type { LeadImage } from '../types';
import { squash } from './metadata/entities';
import { elementsByTag } from '../dom';

const TINY = /(?:^|[^\d])(1|2|16|20|24|32)x(1|2|16|20|24|32)(?:[^\d]|$)|spacer|pixel|blank\.gif|icon|logo|avatar|emoji/i;

export function leadImage(content: Element, metaImage: string | null): LeadImage | null {
  for (const img of elementsByTag(content, 'img')) {
    const src = img.getAttribute('src');
    if (!src || !/^https?:/.test(src) || TINY.test(src)) continue;
    const width = Number(img.getAttribute('width'));
    if (width && width < 100) continue;
    const figure = img.closest('figure');
    const caption = squash(figure?.querySelector('figcaption')?.textContent) || null;
    return { src, caption };
  }
  return metaImage && /^https?:/.test(metaImage) ? { src: metaImage, caption: null } : null;
}
