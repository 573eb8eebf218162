/** Small place gazetteer (Korea and the countries and cities Korean news mentions most). */

export const EN_PLACES = new Set(
  ('Korea|South Korea|North Korea|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju|Gyeonggi|' +
    'Gangwon|Pyongyang|Panmunjom|Kaesong|Ukraine|Russia|Moscow|Kyiv|China|Beijing|Shanghai|Hong Kong|Taiwan|' +
    'Japan|Tokyo|Osaka|United States|US|U.S.|America|Washington|New York|California|Texas|Florida|' +
    'Los Angeles|Chicago|Canada|Mexico|Brazil|Argentina|Britain|UK|U.K.|England|London|Scotland|Wales|' +
    'Ireland|France|Paris|Germany|Berlin|Italy|Rome|Spain|Madrid|Barcelona|Portugal|Netherlands|Holland|' +
    'Belgium|Switzerland|Sweden|Norway|Poland|Turkey|Israel|Gaza|Iran|Iraq|Syria|Saudi Arabia|Egypt|India|' +
    'Pakistan|Afghanistan|Vietnam|Hanoi|Thailand|Singapore|Indonesia|Philippines|Malaysia|Australia|' +
    'Sydney|Melbourne|New Zealand|Africa|Europe|Asia|Indo-Pacific|Korean Peninsula|Middle East|' +
    'ROK|DPRK|Nigeria|Kenya|South Africa|Mongolia|Kazakhstan|LA|Boston|Manchester|Liverpool|Toronto|Atlanta|Miami|' +
    'Houston|Dallas|Philadelphia|Detroit|Seattle|Denver|San Francisco|Las Vegas|Oakland|Cleveland|Vancouver|Montreal|' +
    'Milan|Munich|Amsterdam|Vienna|Brussels|Geneva|Dubai|Mumbai|New Delhi|Delhi|Jakarta|Manila|Bangkok|Cairo|Tehran|' +
    'Baghdad|Kabul|Havana|Istanbul|Athens|Warsaw|Prague|Budapest|Stockholm|Oslo|Copenhagen|Helsinki|Lisbon|Dublin|' +
    'Edinburgh|Glasgow|Cardiff|Belfast|Wellington|Auckland|Seville|Valencia|Naples|Turin|Florence|Venice|Hamburg|' +
    'Frankfurt|Lyon|Marseille|Nice|Kyoto|Nagoya|Fukuoka|Sapporo|Okinawa|Hokkaido|Taipei|Macau|Guangzhou|Shenzhen|' +
    'Wuhan|Vladivostok|Hawaii|Alaska|Virginia|Georgia|Ohio|Michigan|Illinois|Arizona|Nevada|Oregon|Colorado|Kansas|' +
    'Missouri|North Carolina|South Carolina|Tennessee|Kentucky|Louisiana|Alabama|Mississippi|Massachusetts|' +
    'New Jersey|Pennsylvania|Maryland|Minnesota|Wisconsin|Indiana|Iowa|Utah|Oklahoma|Guam|Yongsan|Gangnam|' +
    'Pohang|Changwon|Suwon|Goyang|Seongnam|Chuncheon|Gangneung|Jeonju|Cheongju|Andong|Gyeongju|Yeosu|Mokpo|' +
    'Pyeongtaek|Paju|Yeonpyeong|Dokdo|Wales|Scotland|Belgium|Croatia|Slovakia|Slovenia|Serbia|Hungary|Austria|' +
    'Denmark|Finland|Greece|Romania|Bulgaria|Czech Republic|Chile|Colombia|Peru|Venezuela|Cuba|Qatar|UAE|Jordan|' +
    'Lebanon|Yemen|Libya|Sudan|Ethiopia|Ghana|Morocco|Algeria|Tunisia|Myanmar|Cambodia|Laos|Nepal|Bangladesh|' +
    'Sri Lanka|Uzbekistan|Belarus|Georgia|Armenia|Azerbaijan|Crimea|Donbas|West Bank|Lebanon|Somerset|Leicestershire|' +
    'Worcestershire|Yorkshire|Kent|Essex|Surrey|Sussex|Devon|Cornwall|Brazil|Earth|Pacific|Atlantic|Arctic|Antarctica|Europe').split('|'),
);

export const KO_PLACES = new Set(
  ('한국|대한민국|남한|북한|한반도|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|' +
    '경남|제주|평양|개성|판문점|미국|중국|일본|러시아|우크라이나|베이징|도쿄|워싱턴|뉴욕|모스크바|영국|런던|' +
    '프랑스|파리|독일|베를린|이탈리아|스페인|캐나다|호주|인도|베트남|하노이|태국|싱가포르|대만|홍콩|' +
    '필리핀|인도네시아|이스라엘|이란|이라크|시리아|유럽|아시아|중동|아프리카|싱가포르|몽골|튀르키예|' +
    '경기도|강원도|충청북도|충청남도|전라북도|전라남도|경상북도|경상남도|제주도|전남도|경남도').split('|'),
);

/** Upper-case abbreviations that are things, not organisations. */
export const NOT_ORG_ACRONYM = new Set('DNA RNA AI IT TV CEO CFO GDP USB LED CCTV SNS PC OS GPS VR AR CPU GPU ICT PM AM UV ID OK MRI CT PCR TNT LPG LNG EV SUV ESG ETF IPO KST GMT UTC'.split(' '));
