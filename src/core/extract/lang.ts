/** Language of the article: the document's declaration, else the script of the text. */

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g;
const LETTER = /\p{L}/gu;

/** 'ko' when at least a fifth of the letters in `text` are Hangul; null when there is too little text to tell. */
export function langFromScript(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 20) return null;
  const hangul = sample.match(HANGUL)?.length ?? 0;
  return hangul / letters >= 0.2 ? 'ko' : null;
}

/**
 * The declared language (primary subtag), unless the text is clearly Korean while the page says
 * otherwise (Korean sites often leave `lang="en"` templates in place).
 */
export function articleLang(declared: string | null, text: string): string | null {
  const fromScript = langFromScript(text);
  if (fromScript === 'ko') return 'ko';
  if (declared) return declared;
  return fromScript;
}
