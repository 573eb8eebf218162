/** Korean word helpers: particle stripping and name shapes. */

/** Particles and copula endings that attach to a noun in an eojeol, longest first. */
export const PARTICLES = [
  '에서부터', '으로부터', '로부터', '에서도', '에게는', '으로서', '이라는', '께서', '에서는', '으로는', '에게서', '이라고', '에서', '에게', '으로', '까지', '부터', '처럼', '보다', '이며', '이고',
  '과의', '와의', '측은', '측이', '측', '라는', '로서', '에는', '에도', '에선', '과는', '와는', '마저', '조차', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만',
];

/**
 * The particles by their last syllable, each list in PARTICLES' order: only those can end a word, so
 * a word is compared with a few instead of all (stripping runs on every word of a Korean article).
 */
const PARTICLES_BY_LAST = new Map<string, string[]>();
for (const p of PARTICLES) {
  const last = p[p.length - 1];
  PARTICLES_BY_LAST.set(last, [...(PARTICLES_BY_LAST.get(last) ?? []), p]);
}

/** The noun part of a Korean eojeol ("국방부는" → "국방부"). */
export function stripParticle(word: string): string {
  const candidates = PARTICLES_BY_LAST.get(word[word.length - 1]);
  if (candidates) {
    for (const p of candidates) {
      if (word.length > p.length + 1 && word.endsWith(p)) return word.slice(0, -p.length);
    }
  }
  return word;
}

/** Common single-syllable Korean surnames. */
const SURNAMES = new Set(
  Array.from('김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉'),
);

/** Looks like a Korean personal name: surname + one or two syllables. */
export function isKoreanName(word: string): boolean {
  return (/^[가-힣]{2,3}$/.test(word) && SURNAMES.has(word[0])) || /^(?:남궁|황보|선우|제갈|독고|사공|서문)[가-힣]{1,2}$/.test(word);
}

/** Titles after a name. Not 시장 ("mayor" and "market" are spelt alike). */
export const KO_PERSON_TITLES =
  '대통령|국무총리|부총리|선임연구위원|책임연구원|연구위원|총리|부장관|장관|차관|국회의원|의원|부위원장|비대위원장|위원장|원내대표|대표이사|대표|' +
  '후보|당선인|당선자|변호사|사무총장|국회의장|의장|총재|사령관|대사|여사|도지사|지사|군수|구청장|교육감|교수|박사|회장|부회장|사장|' +
  '청장|원장|총장|대변인|국장|실장|감독|선수|주석|소장|센터장|단장|팀장|연구원|이사장|지사장|관장|비서관|특파원|판사|검사|씨';
