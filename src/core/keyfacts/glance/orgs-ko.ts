/**
 * Korean organisation names by their endings. Endings that are also common nouns (공사 "works",
 * 청 in 요청, 부 in 간부 or 위안부, 그룹 in 걸그룹) are taken only with a known stem, and a bare generic
 * stem ("도교육청", "도의회", "체육센터") is not a name.
 */
import { RULES } from './rules';

/** Ministries and commands ending in 부. */
const BU = /(?:외교|국방|통일|법무|교육|환경|국토교통|해양수산|보건복지|여성가족|고용노동|기획재정|행정안전|행정자치|안전행정|산업통상자원|중소벤처기업|과학기술정보통신|미래창조과학|문화체육관광|농림축산식품|농림수산식품|지식경제|국무|재무|상무|노동|내무|외무|국토안보|보건|교통|에너지|사법|법|사령|합참|작전사령|정보사령|국군정보사령|수사본|대책본|검찰본)부$/;
/** Agencies ending in 청 / 처. */
const CHEONG = /(?:경찰|검찰|국세|관세|조달|통계|병무|기상|산림|특허|문화재|소방|방위사업|질병관리|해양경찰|해경|식약|중소기업|농촌진흥|새만금개발|행정중심복합도시건설|교육|구|시|도|군)청$|(?:식약|인사|법제|보훈|경호|국가보훈|식품의약품안전|조달|기획예산)처$/;
/**
 * Local offices of the state (koLocalOffices): an education office, a regional environment or labour
 * office, a tax office, fire station, health centre, post office, customs house, police box ("광양교육지원청",
 * "여수소방서", "분당보건소", "조안파출소"). Named only after their town ("광양", "여수"); alone or after a word
 * of place or kind ("관할 소방서", "인근파출소") they are common nouns.
 */
const LOCAL_OFFICE = /(?:교육지원청|국토관리청|환경청|고용노동청|노동청|해양수산청|보훈청|우정청|세무서|소방서|소방본부|보건소|우체국|세관|지구대|파출소|출입국관리사무소)$/;
/** Stems before a local office that say where or which, not the town it is named after. */
const LOCAL_GENERIC_STEM = /^(?:관내|담당|현지|주변|동네|근처|소속|인접|가까운|집근처|시내|읍내|면|읍|유역|지방|출장)$/;

/** Public corporations ending in 공사. */
const GONGSA = /(?:전력|토지주택|도로|수자원|관광|철도|가스|석유|항만|도시|주택|공항|환경|광물자원|농어촌|석탄|방송|조폐|지역난방|가스안전|전기안전|시설|교통|체육진흥|무역보험|자산관리|예금보험|주택금융|마사|국제공항|도시철도|도시개발|개발|에너지)공사$/;
/** Parties ending in 당. */
const DANG = /(?:민주|공화|노동|보수|공산|자민|정의|새누리|한나라|자유한국|국민의|바른|바른정|통합진보|열린우리|미래통합|더불어민주|자유민주|사회민주|녹색|진보|개혁|민생|미래|조국혁신|개혁신|민중|평화|민주평화|바른미래|자유선진|친박연대|새천년민주|신한국|자유|입헌민주|유신|노동자|사회)당$/;
/** Endings that are organisations whatever comes before them (given a proper stem). */
const OTHER = /(?:위원회|공단|재단|협회|연합회|연구원|연구소|연구단|대학교|대학원|대학|은행|교육청|경찰청|경찰서|지방법원|고등법원|대법원|법원|검찰청|지검|지법|고법|의회|일보|신문|방송|통신|그룹|센터|병원|증권|보험|전자|화학|건설|자동차|항공|중공업|제약|바이오|엔터테인먼트|백화점|구단|협동조합|진흥원|개발원|평가원|관리원|정보원|감독원|심판원|국정원|감사원|금감원|학교|항공우주국|정보국|연방철도|철도|군부|고교|중학교|초등학교|유치원|재판소|박물관|미술관|도서관|청와대|국회|연맹|노조|노동조합|상공회의소|거래소|방송국|신문사|통신사|언론사|FC|팀|투데이|타임스|저널|미디어|뉴스)$/;

/**
 * Endings of companies' names that are no common noun's (koCompanyEndings): "비사이드코리아", "얼라인파트너스",
 * "현대캐피탈", "KDM홀딩스", "한미사이언스", "SM엔터". Left out: endings of common nouns too ("생명",
 * "화재", "카드", "에너지", "타이어", "솔루션", "헬스케어", "모빌리티"); stems of a field, not a name, below.
 */
export const COMPANY_ENDINGS = '코리아|파트너스|캐피탈|캐피털|자산운용|홀딩스|인베스트먼트|사이언스|엔터|케미칼|텔레콤|네트웍스|시스템즈|로보틱스|컴퍼니|웍스';
const COMPANY_ENDING = new RegExp(`(?:${COMPANY_ENDINGS})$`);
/** Stems before a company ending that name a field, a kind or a title: "벤처캐피탈", "데이터사이언스", "팀코리아", "미스코리아". */
const COMPANY_GENERIC_STEM = /^(?:미스|미스터|벤처|사모|기업|글로벌|데이터|라이프|컴퓨터|생명|뇌|소셜|팀|바이|메이드인|다이내믹|원|뉴|해외|국내|자산|투자)$/;

/** Stems that only say where or what kind, so stem + ending is not one organisation's name. */
const GENERIC_STEM = /^(?:도|시|군|구|각|각급|해당|관할|일선|전국|지역|지방|국내|해외|국립|공립|사립|시도|시군|시·도|체육|걸|보이|아이돌|여성|남성|사진|고위|내부|외부|대형|중소|소형|민간|공공|관련|산하|협력|인근|모|본|당|동|이|그|저|전|새|우리|어느|다른|같은|한|두|세|여러|일부|모든|대학|대|중|소|명|무|구조|변경|반|친|위안|종합|주요|유명|대표|지원|상담|복지|문화|교육|의료|연구|보건|행정|운영|관리|경영|주민|시민|복합|전문|특수|일반|가짜|관련|최신|속보|인터넷|온라인|오늘의|소셜|모바일|포털)$/;

/** Stems that pair two sides (party and government, labour and management …). */
const PAIR_STEM = /^(?:당정|고위당정|당정청|여야|여야정|노사|노사정|노정|민관|민관군|한미|한일|한중|북미|미중)협?$/;

/** Whole words that end like an organisation but are common nouns. */
const NOT_ORG = new Set([
  '공무원', '연구원', '지원', '직원', '회원', '위원', '의원', '내부', '외부', '일부', '전부', '대부', '정부부처', '간부', '고위간부', '승부', '무승부',
  '명승부', '본부', '대학본부', '위안부', '반정부', '친정부', '신청', '변경신청', '요청', '구조요청', '초청', '경청', '시청률', '걸그룹', '보이그룹',
  '체육센터', '내부공사', '사진부', '도교육청', '도의회', '시의회', '구의회', '군의회', '시교육청', '대학', '대학교', '은행', '병원', '방송',
  '신문', '통신', '센터', '그룹', '학교', '고교', '팀', '구단', '노조', '국회의원', '법원', '의회', '위원회', '협회', '재단',
]);

/**
 * Generic bodies and fields that end like an organisation (guarded mode only): "중앙은행" (a country's
 * central bank), "수석연구원" (a title), "전기전자" / "무선통신" (fields), "인증센터" (any certification centre).
 */
const GENERIC_ORG = /^(?:중앙은행|수석연구원|책임연구원|선임연구원|전임연구원|객원연구원|고등학교|중학교|초등학교|전기전자|무선통신|정보통신|이동통신|유무선통신|인증센터|인증연구소|연구개발센터|콜센터|고객센터|데이터센터|물류센터)$/;

/** The endings alone, without the stems and guards (what the koOrgGuards rule adds to). */
const LOOSE = /(?:부|청|처|공사|당|위원회|공단|재단|협회|연구원|연구소|대학교|대학|은행|센터|경찰서|법원|의회|일보|신문|방송|통신|그룹|병원|전자)$/;

/** Party and institution names without an organisation ending. */
const NAMED = new Set([
  // Universities by their short names (KLUE labels them organisations).
  '서울대', '연세대', '고려대', '경희대', '한양대', '성균관대', '서강대', '중앙대', '이화여대', '부산대', '경북대', '전남대', '전북대', '충남대',
  '충북대', '강원대', '제주대', '영남대', '인하대', '아주대', '건국대', '동국대', '홍익대', '국민대', '숭실대', '단국대', '세종대', '광운대',
  '명지대', '한국외대', '부산외대', '방통대', '울산대', '계명대', '동아대', '조선대', '원광대', '카이스트', '포스텍', '숙명여대', '성신여대',
  '연합뉴스', '뉴시스', '뉴스1', '연합뉴스TV', 'TV조선', '채널A', '동아일보', '조선일보', '중앙일보', '한겨레', '경향신문', '매일경제', '한국경제',
  '더민주', '국민의힘', '새정치민주연합', '민주통합', '청와대', '국회', '헌재', '대법', '국정원', '한은', '금감원', '공정위', '선관위', '방통위', '권익위', '인권위', '금융위', '전경련', '경총', '민노총', '한노총', '유엔', '민주노총', '한국노총', '전교조', '코레일', '포스코', '네이버', '카카오']);

/**
 * Companies and bodies named without an organisation ending, which KLUE labels as organisations
 * ("애플", "구글", "인텔"). Not names that are also common nouns or places ("아마존" is the river too,
 * "나사" a screw) nor services ("페이스북", "트위터": KLUE leaves most of their mentions unlabelled).
 */
const KNOWN_COMPANIES = new Set([
  '구글', '애플', '인텔', '삼성', '소니', '퀄컴', '마이크로소프트', '테슬라', '엔비디아', '넷플릭스', '화웨이', '알리바바', '텐센트', '샤오미',
  '도요타', '폭스바겐', '보잉', '에어버스', '오픈AI', '백악관', '유네스코', '하버드대', '스탠퍼드대', '옥스퍼드대', '케임브리지대', '예일대',
]);

/**
 * More companies that Korean news names in Hangul with no organisation ending: drug makers, technology,
 * cars, retail, fashion, finance and games ("화이자", "스타벅스", "롯데"). Left out: names that are also
 * common words or people's names too ("비자" a visa, "한화" the won; "포드", "혼다", "필립스", "얀센", "블룸버그").
 */
const MORE_COMPANIES = new Set([
  '화이자', '노바티스', '로슈', '머크', '모더나', '아스트라제네카', '길리어드', '오라클', '시스코', '어도비', '우버', '에어비앤비', '스타벅스',
  '맥도날드', '나이키', '아디다스', '코카콜라', '펩시', '월마트', '디즈니', '닛산', '제너럴모터스', '도시바', '파나소닉', '소프트뱅크',
  '닌텐도', '레노버', '바이두', '바이트댄스', '샤넬', '루이비통', '에르메스', '구찌', '프라다', '이케아', '유니클로', '핏비트', '모토로라',
  '에릭슨', '노키아', '지멘스', '보쉬', '네슬레', '유니레버', '골드만삭스', '모건스탠리', 'JP모건', '블랙록', '스페이스X', '앤트로픽',
  '딥마인드', '블리자드', '현대차', '롯데', '두산', '쿠팡', '셀트리온', '하이닉스', '엔씨소프트', '넥슨', '넷마블', '크래프톤', '야놀자', '무신사',
  '마이크론', '폭스콘', '르노', '푸조', '포르쉐', '아우디', '볼보', '스텔란티스', '씨티그룹', '마스터카드', '페이팔', '이베이', '야후', '버라이즌',
  '보다폰', '월트디즈니', '워너브라더스', '파라마운트',
]);

/**
 * Clubs' nicknames as Korean news spells them (KBO, MLB, NBA, NFL): "한화 이글스", "애리조나 카디널스",
 * "다저스". After a place or a company they make one club's name with it; alone, they are that club.
 */
const TEAM_NICKNAMES = new Set([
  '이글스', '라이온즈', '트윈스', '자이언츠', '타이거즈', '베어스', '와이번스', '다이노스', '히어로즈', '랜더스', '양키스', '다저스', '카디널스',
  '메츠', '컵스', '레드삭스', '화이트삭스', '에인절스', '레인저스', '파드리스', '브루어스', '매리너스', '애스트로스', '블루제이스', '오리올스',
  '파이리츠', '말린스', '브레이브스', '필리스', '내셔널스', '로키스', '로열스', '가디언스', '애슬레틱스', '레이커스', '워리어스', '셀틱스',
  '클리퍼스', '로케츠', '캐벌리어스', '매버릭스', '그리즐리스', '펠리컨스', '랩터스', '너기츠', '패트리어츠', '치프스', '카우보이스', '스틸러스',
  '패커스', '레이븐스', '시호크스', '브롱코스', '블루윙즈', '점보스', '스카이워커스',
]);
/** Words that name a club only after its place or company ("맨체스터 유나이티드", "전북 현대", "KT 위즈"). */
const TEAM_NICKNAMES_AFTER_NAME = new Set(['유나이티드', '시티', '현대', '핫스퍼', '위즈', '레즈', '히트', '썬더', '선즈', '킹스', '불스', '닉스', '네츠']);

/** Whether a particle-stripped word is a club's nickname, alone or after the name before it. */
export function teamNickname(word: string, afterName: boolean): boolean {
  return RULES.koTeamNicknames && (TEAM_NICKNAMES.has(word) || afterName && TEAM_NICKNAMES_AFTER_NAME.has(word));
}

/**
 * International bodies by the names Korean news gives them, which end in no organisation ending of
 * OTHER (기구 is an apparatus as often, 연맹 a league of anything) or are short forms ("안보리" would pass
 * for a person: 안 + 보리).
 */
const INTERNATIONAL_BODIES = new Set([
  '안보리', '유엔안보리', '나토', '유럽연합', '아세안', '세계보건기구', '국제원자력기구', '세계무역기구', '경제협력개발기구', '북대서양조약기구',
  '국제노동기구', '식량농업기구', '세계식량계획', '국제통화기금', '국제축구연맹', '아시아축구연맹', '유럽축구연맹', '피파', '국제올림픽위원회',
  '국제사법재판소', '국제형사재판소', '석유수출국기구', '오펙', '국제적십자위원회', '적십자', '국경없는의사회', '국제앰네스티', '그린피스',
]);

/**
 * Korean news media and pollsters named with no organisation ending (koMediaNames): agencies, papers,
 * online outlets and broadcasters as bylines, credits and sources name them ("[이데일리 정시내 기자]",
 * "한국갤럽 여론조사"). Not names that are common words too ("인사이트", "한경" in "한경 지역").
 */
const KO_MEDIA = new Set([
  '이데일리', '머니투데이', '아시아경제', '헤럴드경제', '파이낸셜뉴스', '서울경제', '아주경제', '이투데이', '뉴스핌', '뉴스토마토',
  '스타투데이', '디지털데일리', '지디넷코리아', '아이뉴스24', '블로터', '전자신문', '뉴스타파', '더팩트', '오마이뉴스', '프레시안',
  '노컷뉴스', '뉴데일리', '데일리안', '시사저널', '시사IN', '미디어오늘', '스포츠조선', '스포츠서울', '스포츠동아', '일간스포츠',
  '마이데일리', '엑스포츠뉴스', '텐아시아', '스타뉴스', '뉴스엔', '조이뉴스24', '위키트리', '뉴스웨이', '비즈니스포스트', '매경',
  '한국일보', '국민일보', '세계일보', '문화일보', '서울신문', '내일신문', '부산일보', '국제신문', '매일신문', '영남일보', '강원일보', '경인일보',
  '한국갤럽', '갤럽', '리얼미터', '한국리서치', '엠브레인', '코리아리서치', '입소스', '여론조사꽃',
]);
/** Party names in their short forms that news writes ("국힘"). */
const PARTY_SHORT_NAMES = new Set(['국힘', '새누리', '민주당', '한국당', '통합당', '바른미래']);

/** Whether a word is one of the companies named without an organisation ending. */
export const KNOWN_COMPANY = (noun: string): boolean => KNOWN_COMPANIES.has(noun) || RULES.koMoreCompanies && MORE_COMPANIES.has(noun);

/**
 * A team that is a side of a country, an age group or a club ("축구대표팀", "올림픽팀", "도르트문트
 * 유스팀"): an organisation of its own, as KLUE labels it, never a unit of a body.
 */
export const SIDE_TEAM = /(?:대표|국가|올림픽|선발|청소년|유스|유소년|프로)\s?팀$/;

/** An organisation Lede knows by name (no ending read): the lists above. */
export function knownKoreanOrganisation(noun: string): boolean {
  return NAMED.has(noun) || (RULES.koKnownCompanies && KNOWN_COMPANIES.has(noun)) || (RULES.koMoreCompanies && MORE_COMPANIES.has(noun))
    || (RULES.koInternationalBodies && INTERNATIONAL_BODIES.has(noun)) || (RULES.koMediaNames && KO_MEDIA.has(noun))
    || (RULES.koPartyShortNames && PARTY_SHORT_NAMES.has(noun));
}

/** Whether a particle-stripped word names an organisation. */
export function koreanOrganisation(noun: string): boolean {
  if (knownKoreanOrganisation(noun)) return true;
  // "상대팀", "합동구조팀", "박사팀", "영업팀": a group named by what it does or who leads it; KLUE labels
  // teams as organisations when they represent a country or a club ("축구대표팀", "도르트문트 유스팀").
  if (RULES.koTeamNouns && noun.endsWith('팀') && !SIDE_TEAM.test(noun)) return false;
  if (!RULES.koOrgGuards) return /^[가-힣A-Za-z0-9]{3,}$/.test(noun) && LOOSE.test(noun) && !NOT_ORG.has(noun);
  if (noun.length < 3 || !/^[가-힣A-Za-z0-9]+$/.test(noun) || NOT_ORG.has(noun)) return false;
  if (RULES.koGenericWords && GENERIC_ORG.test(noun)) return false;
  const office = RULES.koLocalOffices ? noun.match(LOCAL_OFFICE) : null;
  if (office) {
    const stem = noun.slice(0, noun.length - office[0].length);
    return stem.length >= 2 && /^[가-힣]+$/.test(stem) && !GENERIC_STEM.test(stem) && !LOCAL_GENERIC_STEM.test(stem);
  }
  // Ministries, agencies, corporations and parties carry their own stem ("외교부", "경찰청").
  const own = noun.match(BU) ?? noun.match(CHEONG) ?? noun.match(GONGSA) ?? noun.match(DANG);
  if (own) return !GENERIC_STEM.test(noun.slice(0, noun.length - own[0].length));
  // Companies' endings need a stem of at least two characters that names no field ("비사이드코리아";
  // not "벤처캐피탈"); "한미사이언스": a company's stem may pair two countries' syllables, unlike a
  // meeting's ("한미협의회").
  const company = RULES.koCompanyEndings && !OTHER.test(noun) ? noun.match(COMPANY_ENDING) : null;
  if (company) {
    const stem = noun.slice(0, noun.length - company[0].length);
    return stem.length >= 2 && !GENERIC_STEM.test(stem) && !COMPANY_GENERIC_STEM.test(stem);
  }
  // Other endings need a stem of at least two characters ("삼성전자"; not "스마트", not a bare "초등학교").
  const other = noun.match(OTHER);
  if (!other) return false;
  const stem = noun.slice(0, noun.length - other[0].length);
  // "당정협의회" (당정협 + 의회), "노사협의회", "여야협의체": a meeting of two sides, not one body.
  if (RULES.koPairWords && PAIR_STEM.test(stem)) return false;
  return stem.length >= 2 && !GENERIC_STEM.test(stem);
}

