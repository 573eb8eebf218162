/**
 * Whether a text in Latin letters reads as English. Pages often declare the wrong language, or none:
 * a theme's lang="en-US" on a Spanish or German site, a blog with no lang at all. The English rules
 * read capitals as names, so on such a page every German noun and every "El Gobierno" becomes a
 * chip. Function words tell the language apart cheaply; a text with few of either (a stock table, a
 * list of names) stays English.
 */

/** Frequent English function words. */
const ENGLISH = new Set(('the of and to is that for with on was were said it as by at from be are this have has an not but they his ' +
  'her which would will been their who').split(' '));
/**
 * Frequent function words of the other languages of European news (German, Spanish, French, Italian,
 * Portuguese, Dutch, Polish, the Scandinavian languages), none of them an English word.
 */
const OTHER = new Set(('der die das und ist nicht mit von zu den dem des ein eine einen auf für sich auch wird werden wurde ' +
  'el los las que y del por con para una es se al lo su como más pero ' +
  'le les et du un est pour dans par sur avec pas au aux ce qui sont ' +
  'il di che della delle per non sono nel gli ' +
  'os da não com uma dos das ' +
  'het een van dat niet op zijn ook ' +
  'się nie że jest na ' +
  'og det er som på til av med ikke').split(' '));

/** Only the opening of the text is read: the language shows within a few paragraphs. */
const SAMPLE = 3000;
/** Another language's function words must be this many, and more than twice the English ones. */
const MIN_OTHER = 10;

export function readsAsEnglish(text: string): boolean {
  let english = 0, other = 0;
  for (const word of text.slice(0, SAMPLE).toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER.has(word)) other++;
  }
  return !(other >= MIN_OTHER && other > 2 * english);
}
