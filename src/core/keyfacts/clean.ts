/**
 * Which sentences may become key facts, and what leading matter (dateline, byline) is dropped
 * from the quoted text. Dropping only ever removes a prefix, so the fact stays verbatim.
 */

const AGENCIES =
  'Yonhap|AP|AFP|Reuters|UPI|Xinhua|Kyodo|CNN|Bloomberg|dpa|EFE|ANI|PTI|IANS|Newsis|News1|KBS|' +
  'The Korea Herald|Korea Herald|The Korea Times|Korea JoongAng Daily|The Hollywood Reporter|[A-Z][A-Za-z.]{1,12}';

/** "(서울=연합뉴스) 홍길동 기자 = ", "【서울=뉴시스】", "[아시아경제 정종오 기자] " */
const KOREAN_BRACKET = /^[([【〔][^()[\]【】〔〕]{1,30}[)\]】〕]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?/;

const DATELINES: RegExp[] = [
  // "SEOUL, April 19 (Yonhap) -- ", "(CNN)", "WASHINGTON (AP) — "
  new RegExp(`^(?:[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.' -]{1,30})?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*)?\\((?:${AGENCIES})\\)\\s*(?:--|—|–|-|:)?\\s*`),
  // "(cnn) -- " in lower-cased copies of wire text.
  /^\((?:cnn|ap|afp|reuters|cnnmoney|ew\.com)\)\s*(?:--|—|–)?\s*/i,
  // "Atlanta (CNN) -- ", "New Delhi, India (CNN) -- ": a title-case place needs a named agency and a dash.
  /^[A-Z][A-Za-z.'’ -]{1,30}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?\s*\((?:CNN|AP|AFP|Reuters|UPI|Yonhap|Xinhua|Kyodo|Bloomberg|EW\.com|The Hollywood Reporter|Mashable|CNNMoney)\)\s*(?:--|—|–)\s*/,
  // "SEOUL -- ", "WASHINGTON — "
  /^[A-Z][A-Z.'’ ]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:--|—|–)\s*/,
  KOREAN_BRACKET,
  /^[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*/,
  // Page furniture glued to the first sentence: "Scroll down for video A new graph reveals…"
  // "Scroll down for video and more pictures Police said…", "Scroll down to watch the video A man…".
  /^(?:Scroll down (?:for|to (?:see|watch|view))(?: [a-z]+){1,5}\.?|Advertisement|ADVERTISEMENT|Read more:?|READ MORE:?)\s+(?=[A-Z"“‘'])/,
];

/** A byline with e-mail near the start: "홍길동 기자 hong@x.com 본문…" (subhead before it goes too). */
const LEADING_BYLINE = /^.{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+/u;

/** A Korean agency dateline "(울산=연합뉴스)" a little way in: what precedes it is a caption remnant. */
const INNER_KO_DATELINE = /^.{0,60}?[(【\[][가-힣]{1,6}=[^()【】\[\]]{1,12}[)】\]]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?/u;

/** Length of the leading dateline/byline of `sentence` that a fact may omit (0 if none). */
export function leadingMatterLength(sentence: string): number {
  let cut = 0;
  // Each pattern needs its "@" or "=": without them the costly lazy prefixes need not run.
  const byline = (sentence.includes('@') ? sentence.match(LEADING_BYLINE) : null) ??
    (sentence.includes('=') ? sentence.match(INNER_KO_DATELINE) : null);
  if (byline && sentence.length - byline[0].length >= 20) cut = byline[0].length;
  for (const re of DATELINES) {
    const m = sentence.slice(cut).match(re);
    if (m && m[0].length < sentence.length - cut - 20) {
      // A Korean bracket counts only as a dateline (contains '=' or 기자/뉴스), not "(사장 방희석)".
      if (re === KOREAN_BRACKET && !/[=]|기자|뉴스|일보|경제|신문|방송/.test(m[0])) continue;
      cut += m[0].length;
      break;
    }
  }
  return cut;
}

const CAPTION = [
  /\((?:Yonhap|AP|AFP|Reuters|EPA|Getty Images|Xinhua|AP Photo|Newsis|News1)\)\s*$/,
  /\b(?:in this (?:photo|file photo|image)|photo (?:provided|released) by|file photo|Photo:|Image:|Credit:|Pictured:|Picture:)/i,
  /^(?:사진|자료사진|그래픽)\s*[=:]|[/\s]사진\s*[=:]|▲|ⓒ|©|\[사진|\(사진[=:]|제공\s*[=)\]]|\[[^\]]{0,20}=연합뉴스\]/,
];

const BOILERPLATE = [
  /\b(?:All rights reserved|Copyright|Click here|Sign up|Subscribe|Read more|Follow us|newsletter)\b/i,
  /무단\s*전재|재배포\s*금지|구독|제보|좋아요|공유하기|영상으로\s*(?:확인|보시|만나)|자세한\s*내용은\s*(?:영상|기사|링크)/,
  /^(?:By|BY)\s+[A-Z]/,
  /^(?:PUBLISHED|UPDATED|Last updated)\b/i,
  /^Scroll down (?:for|to)\b/i,
  /https?:\/\/|www\./,
  /@[\w-]+\.[a-z]{2,}/i,
];

/** Lower-case words that also appear inside names and dates ("Bank of England", "am", "3rd"). */
const NAME_GLUE = new Set('and of the at on in by for to a an de van von der da el la le du am pm st nd rd th'.split(' '));

/**
 * Cased text with no lower-case word outside names and dates is not prose: the pieces of a
 * byline block ("By . Daily Mail Reporter . PUBLISHED: . 08:51 EST, 9 January 2014 . | ."),
 * a headline, a scoreline, "©2015 The Hollywood Reporter." Scripts without case are left alone.
 */
function withoutProse(text: string): boolean {
  // Every upper-case letter sits in some word, so this is "no word has a capital".
  if (!/\p{Lu}/u.test(text)) return false;
  // Stops at the first prose word (usually the second or third): most sentences are prose.
  const word = /\p{L}+/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (/^\p{Ll}/u.test(m[0]) && !NAME_GLUE.has(m[0])) return false;
  }
  return true;
}

const EN_DEPENDENT =
  /^(?:It|Its|This|These|That|Those|They|Their|There|But|And|Also|So|Yet|However|Still|Meanwhile|Instead|With|Despite|Although|Though|Then|Such|Both|Nor|Or)\b/;
const KO_DEPENDENT = /^(?:그러나|하지만|그런데|그리고|또한|또|이어|이에|이는|이와|그는|그녀는|이들은|이를|이번|한편|특히|다만|따라서|그래서)\s/;

/**
 * A picture-story teaser: "These extraordinary images show…", "This helpful dog doesn't mind…"
 * (not a dated lede: "This week the Fed…").
 * As an article's first sentence it points at a photo or video the key facts cannot show, and
 * the facts proper follow it.
 */
const EN_TEASER = new RegExp(
  '^(?:This|These)\\b(?! (?:year|week|month|morning|afternoon|evening|weekend|season|summer|spring|autumn|fall|winter|' +
    'time|past|coming|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)',
);

/** Closing quotes, brackets and spaces after a sentence's last word. */
const TRAILING_CLOSER = /["'”’»)\]」』\s]/u;
const TRAILING_CLOSERS = /["'”’»)\]」』\s]+$/u;

export interface SentenceShape {
  junk: boolean;
  question: boolean;
  /** Starts as direct speech ('"We will..." he said'). */
  quoteFirst: boolean;
  /** Korean: ends like a finished declarative sentence (…다.), not a headline or caption. */
  predicateEnd: boolean;
  /** Opens with a pronoun, demonstrative or connective: leans on the sentence before it. */
  dependentOpener: boolean;
  /** English "This…/These…" opener: a teaser when it is the article's first sentence. */
  teaserOpener: boolean;
  wordCount: number;
}

/** Classifies the quotable part of a sentence (leading matter already removed). */
export function sentenceShape(text: string, wordCount: number, korean: boolean): SentenceShape {
  // Most sentences end in a period: then nothing is stripped, and the end-anchored replace (which
  // V8 tries from every space) is skipped.
  const bare = TRAILING_CLOSER.test(text.slice(-1)) ? text.replace(TRAILING_CLOSERS, '') : text;
  const question = /[?？]$/.test(bare);
  // Korean prose ends in a predicate (…다.); English prose ends in punctuation. Headlines and
  // captions usually do neither.
  const predicateEnd = korean
    ? /[다요죠까음함임됨][.!?。]?$/.test(bare) || /[다요]\.?\s*["'”’]?$/.test(text)
    : /[.!?]["'”’)]*$/.test(text);
  const tooShort = korean ? Array.from(text).length < 15 || wordCount < 3 : wordCount < 5;
  const junk = tooShort || (!korean && withoutProse(text)) ||
    CAPTION.some((re) => re.test(text)) || BOILERPLATE.some((re) => re.test(text));
  const dependentOpener = korean ? KO_DEPENDENT.test(text) : EN_DEPENDENT.test(text);
  // Direct speech: opens with a quote mark, or closes one it never opened (the end of a
  // quotation that spans several sentences).
  const opens = (text.match(/[“「『]/g) ?? []).length;
  const closes = (text.match(/[”」』]/g) ?? []).length;
  const quoteFirst = /^["“‘'「『]/.test(text) || closes > opens;
  const teaserOpener = !korean && EN_TEASER.test(text);
  return { junk, question, quoteFirst, predicateEnd, dependentOpener, teaserOpener, wordCount };
}
