/**
 * General boilerplate recognisers, for any site. Each tests one block's normalized text.
 * Kept deliberately narrow: whole short lines that are never article prose.
 */

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/** Lines that are never body text (removed wherever they occur). */
export const GENERAL_BOILERPLATE: RegExp[] = [
  // Ads and share prompts (en, de, fr, es, pl).
  /^(advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|reklama|광고)$/i,
  /^(share|share this( article| story| post| page)?|share on \w+|teilen|artikel teilen|diesen artikel teilen|partager|compartir|udostępnij|tweet|print|drucken|e-?mail|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link)( \| (share|tweet|print|e-?mail|facebook|twitter|whatsapp|linkedin))*:?$/i,
  /^(click|tap) (here )?to (share|tweet|email|print|subscribe)/i,
  /^(read more|read also|also read|see also|weiterlesen|mehr lesen|mehr zum thema|lesen sie auch|lire (aussi|la suite)|leer más|lee también|czytaj (więcej|też|także|również))\b.{0,80}$/i,
  /^(related( articles| stories| content| news| posts| coverage)?|more (on this|from|stories)\b.{0,40}|recommended( for you)?|you (may|might) also like)\s*:?$/i,
  /^(sign up|subscribe)\b.{0,80}\b(newsletter|updates|inbox)\b.{0,40}$/i,
  /^follow us( on)?\b.{0,40}$/i,
  /^(back to top|top of page|nach oben|zurück nach oben)$/i,
  /^(image|photo|picture|foto|bild)( credit| source| quelle)?\s*:\s*\S.{0,80}$/i,
  /^(quelle|source|fuente|źródło|short-?url|permalink)\s*:\s*\S.{0,80}$/i,
  // Korean: photo credits and notes, tip lines, copyright, video fallbacks, hashtags.
  /^\(?\s*(사진|자료|그래픽|영상|출처)\s*(=|:|제공|출처)\s*[^)]{0,40}\)?$/,
  /^\[\s*(사진|자료|그래픽|영상)\s*(출처|제공)?\s*[:=][^\]]{0,60}\]$/,
  /^사진제공\s*[:=]/,
  /^\/\s?[가-힣A-Za-z]{2,12}$/,
  /^[▲↑△]\s?.{0,150}$/,
  /^(영상(취재|편집|디자인|그래픽)?|그래픽|촬영(기자)?|자료조사|화면제공|CG|편집|취재)\s*[:：]/,
  /제보(를|는|가)?\s*(기다립니다|하기$|뉴스가 됩니다)|제보\s*[:：]|^제보는\s|^제보하기$/,
  /^[▷▶※]\s?(전화|이메일|메일|카카오톡|카톡|홈페이지)/,
  /^\[(카카오톡|카톡|전화|메일|이메일|홈페이지)\]/,
  /무단\s?전재|재배포\s?(및\s?)?(AI\s?학습\s?)?금지|all rights reserved|^copyrights? ?(ⓒ|©|\(c\))/i,
  /^(#[^\s#]+\s*)+$/,
  /video 태그를 지원하지 않|다른 브라우저를 사용하여 주십시오|VOD 시청 안내|플래시 플레이어/,
  /^(좋아요|훌륭해요|슬퍼요|화나요|후속요청)(\s+(좋아요|훌륭해요|슬퍼요|화나요|후속요청))*$/,
  /^(가\s){2,}가?$/,
  // Speaker markers in broadcast transcripts when they stand alone.
  /^(\[\s*(앵커|기자|리포트|앵커멘트|앵커 멘트|인터뷰|클로징)\s*\]|◀\s*(앵커|리포트|기자|인터뷰)\s*▶|【\s*(앵커멘트|앵커|기자|리포트)\s*】)$/,
];

/** A speaker marker at the start of a line ("[앵커]그룹 아스트로의…"): stripped, the rest kept. */
export const LEADING_MARKER = /^\s*(\[\s*(앵커|기자|리포트|앵커멘트)\s*\]|◀\s*(앵커|리포트|기자)\s*▶|【\s*(앵커멘트|앵커|기자)\s*】)\s*/;

/** A marker that opens a broadcast transcript; summary lines above it are not body. */
export const ANCHOR_MARKER = /^\s*(\[\s*앵커\s*\]|◀\s*앵커\s*▶|【\s*앵커멘트\s*】)/;

/**
 * Lines that end the article: everything from here on is sign-off, credits, tip lines,
 * related headlines. Each returns the byline it reveals in group "name" when there is one.
 */
export const SIGN_OFFS: RegExp[] = [
  new RegExp(String.raw`^(?:(?:${EMAIL})\s*)?\((?:END|MORE|끝)\)$`, 'i'),
  new RegExp(String.raw`^${EMAIL}$`),
  new RegExp(String.raw`^(?:[A-Za-z]+\s?)?[A-Za-z가-힣]*(?:뉴스|NEWS|News|TV)[A-Za-z가-힣]*\s?(?<name>[가-힣]{2,4})입니다\.?\s*(?:[(\[]?${EMAIL}[)\]]?)?$`),
  new RegExp(String.raw`^(?:[가-힣,\s]{0,20}\s)?(?<name>[가-힣]{2,4}\s?(?:기자|특파원|에디터|통신원))\s*[(\[]?${EMAIL}[)\]]?$`),
  new RegExp(String.raw`^(?:YTN|KBS|MBC|SBS|MBN|JTBC|TV조선|채널A|연합뉴스TV)\s(?<name>[가-힣]{2,4})\s*[(\[]?${EMAIL}[)\]]?$`),
  /^\[(?<name>[가-힣]{2,4}\s[^\]]{0,20}기자)\]$/,
  /^지금까지 .{0,30}(전해드렸습니다|전해 드렸습니다)\.?$/,
];

/** Matches a leading "By Name" line; group "name" is the byline. */
export const BY_LINE = /^(?:by|von|par|por|door|di|autor(?:in)?:?|text:?|written by)\s+(?<name>[\p{Lu}][\p{L}.'’-]+(?:[ -](?:[\p{Lu}][\p{L}.'’-]+|and|und|et|y|de|van|von|der|la))*(?:,\s*[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+)*)*)\.?$/iu;

export function matchesAny(text: string, patterns: readonly RegExp[] | undefined): boolean {
  if (!patterns) return false;
  for (const re of patterns) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}
