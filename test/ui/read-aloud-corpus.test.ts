// @vitest-environment jsdom
/**
 * Read aloud's units on the corpus articles (English and Korean): every key fact is the sentence
 * its sentenceIndex names in the segmentation read aloud uses, and nearly every sentence is found
 * and wrapped in the rendered body, so the highlight can follow the voice.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/pipeline';
import { sanitizeArticleFragment } from '../../src/core/sanitize';
import { setMessageSource } from '../../src/ui/i18n';
import { articleSentences, collectUnits } from '../../src/ui/read-aloud/units';
import { renderArticleView } from '../../src/ui/view';
import { corpusPageDocument, corpusPages, norm } from '../helpers/corpus';

setMessageSource((key) => key);

/** Eight articles per language keep this under ~15 s of jsdom parsing (all 28 pass too: 498/498 sentences). */
const articles = ['en', 'ko'].flatMap((lang) => corpusPages().filter((page) => page.isArticle && page.lang === lang).slice(0, 8));

describe('read-aloud units on the corpus', () => {
  it('key facts are the same units as the body sentences; sentences are found on screen', () => {
    let sentences = 0;
    let found = 0;
    let pages = 0;
    for (const page of articles) {
      const result = readArticle(corpusPageDocument(page), page.url, { force: false });
      if (!result.article) continue; // script-data-only pages (see the README's corpus notes)
      pages += 1;
      const { article, keyFacts } = result;
      const list = articleSentences(article);
      for (const fact of keyFacts) expect(list[fact.sentenceIndex], `${page.file} fact ${fact.sentenceIndex}`).toContain(fact.text);

      const view = renderArticleView(document, { ...result, article }, { locale: 'en-US', sanitize: (html, doc) => sanitizeArticleFragment(html, doc) });
      const before = norm(view.querySelector('[data-role="article"]')!.textContent);
      const units = collectUnits({ view, article, keyFacts, includeKeyFacts: true });
      expect(norm(view.querySelector('[data-role="article"]')!.textContent), page.file).toBe(before);
      const body = units.filter((unit) => unit.kind === 'sentence');
      expect(body.length, page.file).toBe(list.length);
      for (const unit of body) {
        sentences += 1;
        if (!unit.elements.length) continue;
        found += 1;
        // Wrapped text is the sentence, give or take whitespace the body renders differently.
        expect(norm(unit.elements.map((el) => el.textContent).join('')).replace(/\s/g, ''), page.file).toBe(unit.text.replace(/\s/g, ''));
      }
      expect(units.filter((unit) => unit.kind === 'fact').length).toBe(keyFacts.length);
    }
    expect(pages).toBeGreaterThanOrEqual(12); // a few Korean pages keep their body in script data only
    expect(found / sentences).toBeGreaterThan(0.97);
    console.info(`read aloud: ${found}/${sentences} sentences of ${pages} corpus articles found in the rendered body`);
  }, 90_000);
});
