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

/**
 * Labels of "related"/"more" link blocks (en, de, fr, es, pt, pl, it, nl), matched against a whole
 * short line ("Weitere Beiträge zum Thema", "Veja Também:", "Le puede interesar").
 */
const RELATED_WORDS = String.raw`(?:related(?: articles| stories| content| news| posts| coverage| reading| links| topics)?|more (?:on this(?: topic| story)?|from [\p{L}' ]{1,30}|stories|articles|news|to read|like this|about this)|read (?:more|next|also)|also read|see also|further reading|recommended(?: for you| reading| articles| stories)?|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|(?:most )?popular(?: now| articles| stories| posts)?|most (?:read|popular|viewed|shared|commented)|trending(?: now)?|latest(?: news| articles| stories| posts)|top stories|editor'?s picks|don'?t miss|keep reading|in other news|similar (?:articles|posts|stories|recipes|dishes)[\p{L} ]{0,40}|weitere (?:beiträge|artikel|nachrichten|themen|meldungen|news|infos|informationen)(?: zum thema| aus [\p{L} -]{1,30}| von [\p{L} -]{1,30})?|mehr (?:zum thema|dazu|aus [\p{L} -]{1,30}|artikel|nachrichten|infos(?: für dich)?)|noch mehr[\p{L} ]{0,30}|ähnliche (?:artikel|beiträge|themen|rezepte)|auch (?:interessant|lesen|lesenswert)|lesen sie (?:auch|mehr|weiter)|das könnte (?:sie|dich) (?:auch )?interessieren|schon gelesen|(?:die )?meist ?gelesenen?(?: artikel| beiträge)?|meist-?(?:gelesen|diskutiert|kommentiert|geteilt)e?(?: artikel| beiträge)?|neueste (?:artikel|beiträge|nachrichten|news)|aktuelle (?:artikel|beiträge|nachrichten)|(?:unsere )?empfehlungen?(?: der redaktion)?|lesetipps?|top-?themen|passend zum thema|zum thema|verwandte (?:artikel|themen|beiträge)|beliebte (?:artikel|beiträge)|(?:à|a) (?:lire|voir|découvrir) (?:aussi|également)|lire aussi|voir aussi|sur le même (?:sujet|thème)|dans la même rubrique|(?:articles|contenus) (?:similaires|liés|associés|recommandés)|(?:audios|vidéos|articles)(?: et (?:vidéos|audios))? sur le (?:même )?sujet|les plus lus|plus d'articles|(?:también )?(?:te|le|les) (?:puede|pueden) interesar|lee también|leer (?:también|más)|ver (?:también|más)|noticias relacionadas|artículos relacionados|(?:lo )?más (?:leído|visto)s?|te recomendamos|veja (?:também|mais)|leia (?:também|mais)|saiba mais|mais lidas?|notícias relacionadas|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także|również)|polecamy|najczęściej czytane|podobne artykuły|powiązane(?: artykuły)?|najnowsze(?: artykuły| wiadomości)?|leggi anche|potrebbe interessarti|articoli correlati|lees ook|gerelateerde artikelen)`;
export const RELATED_LABEL = new RegExp(String.raw`^${RELATED_WORDS}\s*[:：?!.…»>]*$`, 'iu');
/** A label followed by its link on the same line ("Lesen Sie auch: …", "Le puede interesar: …"). */
export const RELATED_PREFIX = new RegExp(String.raw`^${RELATED_WORDS}\s*[:：|»>]\s*\S.{0,160}$`, 'iu');

/** Calls to subscribe, donate, follow, join a channel, write in: boilerplate wherever they stand. */
export const CALL_TO_ACTION: RegExp[] = [
  /\bnewsletter\b.{0,80}\b(sign ?up|subscribe|abonnieren|bestellen|anmelden|inscr|suscr|zapisz|assine|abonnez|receive|erhalten)|\b(sign ?up|subscribe|abonnieren|bestellen|anmelden|inscr\p{L}*|suscr\p{L}*|zapisz|assine|abonnez)\b.{0,60}\bnewsletter/iu,
  /\bsign ?up (here|now|today|for free)\b|\bjetzt (kostenlos )?anmelden\b|\binscr[ií]bete (aquí|ahora|gratis)\b/iu,
  /\b(please subscribe|subscribe (now|today|to our)|jetzt abonnieren|jetzt (gratis |kostenlos )?testen|abonnez-vous|suscríbete|suscribete|assine (já|agora)|zaprenumeruj)\b/iu,
  /\b(already a (subscriber|member)|bereits abonnent|schon abonnent|ya eres suscriptor|déjà abonné|log ?in (for|to get) (immediate )?access)/iu,
  /\bsign ?up to (our|the) (free )?[\p{L} ]{0,40}\b(e-?mails?|alerts|briefing)\b|\b(would like|want) to be e-?mailed about\b/iu,
  /\bcancel (at )?any ?time\b|\bcancela cuando quieras\b|\bjederzeit kündbar\b|\bresiliable à tout moment\b/iu,
  /\b(by e-?mail and never miss|never miss (a|an|our) (story|update|article))|\bdaily edition by e-?mail/iu,
  /\b(canal|channel|kanal|kanał) (de |on |auf |en |na )?(telegram|whatsapp)\b|\b(telegram|whatsapp)[- ]?(kanal|channel|canal|kanał)\b/iu,
  /^(follow us|folgen sie uns|folge uns|síguenos|siguenos|suivez-nous|obserwuj nas|siga-nos|like us|liken sie uns)\b/iu,
  /\b(submit|write) a letter to the editor\b|\bwe want to hear what you think\b/iu,
  /\b(support|unterstützen sie|unterstütze|apoya|apoie|soutenez|wesprzyj)\b.{0,40}\b(journalism|work|arbeit|journalismus|periodismo|jornalismo|journalisme|dziennikarstwo)\b/iu,
  /\b(would you consider supporting|if you (enjoyed|liked|value) (reading )?this|gefällt (dir|ihnen) (unser|dieser|der)|hat (dir|ihnen) (der|dieser) (artikel|beitrag) gefallen|did you (like|enjoy) this|¿te gustó|vous avez aimé cet)/iu,
  /^(story|article) continues below( this)?( advertisement| ad)?\.?$|^continue reading( below| the main story)?\.?$/iu,
  /^follow [\p{L}\p{N} .@_'’-]{1,40} on (twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)\b.{0,60}$/iu,
  /^(write to|contact) [\p{L} .,'’-]{1,60} at [\w.+-]+@[\w-]+(\.[\w-]+)+\.?$/iu,
  /^this (article|story|post) (was )?(originally|first) (appeared|published|ran)\b.{0,120}$/iu,
  /^(watch|listen)\s*:\s*\S.{0,120}$/iu,
  /\b(viele spannende themen für dich|jetzt (auch )?(digital|als app)|über \d[\d.]* traumjobs|jobbörse)\b/iu,
];

/** Copyright and licence notes ("Alle Rechte vorbehalten", "wszelkie prawa zastrzeżone", CC lines). */
export const RIGHTS_LINE: RegExp[] = [
  /alle rechte vorbehalten|wszelkie prawa zastrzeżone|todos los derechos reservados|tous droits réservés|todos os direitos reservados|tutti i diritti riservati|chronion\p{L}* prawem autorskim/iu,
  /\b(unter (der|einer) (lizenz|creative[- ]commons)|licensed under (the |a )?(cc|creative commons)|lizenz cc-|licencia creative commons|licence creative commons)/iu,
  /^sofern nicht anders (angegeben|ausgewiesen|vermerkt)/iu,
  /^(©|copyright\b)/iu,
];

/** Picture credits standing as their own line. */
export const CREDIT_LINE: RegExp[] = [
  /^\(?(titelbild|titelfoto|aufmacherbild|aufmacherfoto|beitragsbild|headerbild|vorschaubild|bildquelle|fotoquelle|bildnachweis|fotonachweis|fotos|bilder|photos|images|credits?|crédits?(?: photo)?|crédito|fotografía|zdjęcie|fot\.)\s*[:：]\s*\S.{0,100}$/iu,
  /^\(?(photograph|photo|image|foto|bild|picture)s?\s+(by|von|de|par|courtesy( of)?)\s+\S.{0,80}$/iu,
];

/** Placeholders left by blocked embeds ("Externer Inhalt", "Klicken Sie …, um den Inhalt … zu laden"). */
export const EMBED_PLACEHOLDER: RegExp[] = [
  /^(externer inhalt|external content|contenu externe|contenido externo)\s*[:.]?$/iu,
  /(klicken|klicke|tippen) (sie )?auf .{0,40}(button|schaltfläche).{0,80}(laden|anzuzeigen|anzeigen)/iu,
  /(mit dem|durch das|beim) laden (des|der) (inhalts?|videos?|karte|beitrags)/iu,
  /^(click|tap) (here |below )?to (load|show|view|display) (the |this )?(content|video|map|embed|post)/iu,
  /\b(inhalt|inhalte|content) (von|from) .{1,40} (zu )?(laden|load)/iu,
];

/** Comment-section and post-meta lines (counts, "no comments", "posted in", "Aufrufe:"). */
export const META_LINE: RegExp[] = [
  /^(\d+\s+)?(kommentare?|comments?|comentarios?|commentaires?|komentarz[ey]?)(\s*\(\d+\))?\s*:?$/iu,
  /^(keine|no|sin|aucun|brak|0) (kommentare|comments|comentarios|commentaires?|komentarzy)\b/iu,
  /\b(kommentare|comments) insgesamt\b/iu,
  /^(leave a (comment|reply)|kommentar (schreiben|verfassen|hinterlassen)|schreibe(n sie)? einen kommentar|deja (un|tu) comentario|laisser un commentaire|dodaj komentarz)\b/iu,
  /^(this (entry|post) was posted|posted in\b|filed under\b|veröffentlicht in\b|bookmark the permalink|kategorien?\s*:|categories\s*:|category\s*:|tags?\s*:|schlagw(o|ö)rte?r?\s*:|stichw(o|ö)rte?r?\s*:|etiquetas\s*:|tagi\s*:|themen\s*:)/iu,
  /^(table of contents|contents|inhaltsverzeichnis|inhalt|índice|indice|sommaire|spis treści)\s*:?$/iu,
  /^(suggested citation|zitiervorschlag|zitierweise|cite as|how to cite)\b/iu,
  /^\(?(alle )?angaben ohne gewähr\)?\.?$/iu,
  /^\(?(visited|viewed|aufrufe|zugriffe|views|hits|gelesen)\s*[:(]?\s*\d|^\(?(visited|viewed) \d+ times/iu,
];

/** Headings that open the comment section or an author box at the end of an article. */
export const TAIL_SECTION_HEADING: RegExp[] = [
  /^((\d+\s+)?(kommentare?|comments?|comentarios?|commentaires?|komentarz[ey]?|leserkommentare|diskussion|reaktionen|responses|replies)(\s*\(\d+\))?|über (den|die) autor(in|en)?|zur person|about the authors?|about (the )?writer|sobre (el|la) autora?|à propos de l'auteure?|o autorze|(die|der) autor(in)?|the author|quellen(angaben|verzeichnis)?|literatur(verzeichnis|hinweise)?|einzelnachweise|sources|references|bibliograph(y|ie)|fuentes|źródła|kontakt|pressekontakt|ansprechpartner(in)?|media contact|press contact|contacto)\s*:?$/iu,
  /^(Über|About|Sobre|À propos de) \p{Lu}[\p{L}.-]+( \p{Lu}[\p{L}.-]+){1,2}\s*:?$/u,
];

/** One pattern for every note list above (all are /iu): one regex run per short block, not forty. */
export const NOTE_LINE = new RegExp(
  [...CALL_TO_ACTION, ...RIGHTS_LINE, ...CREDIT_LINE, ...EMBED_PLACEHOLDER, ...META_LINE, RELATED_PREFIX].map((re) => `(?:${re.source})`).join('|'),
  'iu',
);
