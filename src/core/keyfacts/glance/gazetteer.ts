/**
 * Countries, capitals, regions and cities beyond the first list: every sovereign country, US
 * states and large cities, UK counties and cities, provinces and states of the larger countries,
 * conflict places in the news, and Korean cities as English news spells them. Names that are
 * mostly people's names or common words (Chad, Victoria, Austin, Phoenix, Reading, Derby, Amazon,
 * Rhodes, Chelsea, Bolton) are left out: a person is worse typed as a place than a place unshown.
 */
const WORLD_PLACES = (
    'Albania|Andorra|Angola|Bahamas|Bahrain|Barbados|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Botswana|' +
    'Brunei|Burkina Faso|Burundi|Cameroon|Cape Verde|Central African Republic|Comoros|Congo|DR Congo|Costa Rica|' +
    'Cyprus|Czechia|Djibouti|Dominican Republic|Ecuador|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|' +
    'Swaziland|Fiji|Gabon|Gambia|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Iceland|Ivory Coast|' +
    'Jamaica|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Latvia|Lesotho|Liberia|Liechtenstein|Lithuania|Luxembourg|' +
    'Madagascar|Malawi|Maldives|Mali|Malta|Mauritania|Mauritius|Micronesia|Moldova|Monaco|Montenegro|Mozambique|' +
    'Burma|Namibia|Nauru|Nicaragua|Niger|North Macedonia|Macedonia|Oman|Palau|Palestine|Panama|Papua New Guinea|' +
    'Paraguay|Rwanda|Samoa|San Marino|Senegal|Seychelles|Sierra Leone|Somalia|South Sudan|Suriname|Tajikistan|' +
    'Tanzania|Timor-Leste|East Timor|Togo|Tonga|Trinidad|Tobago|Türkiye|Turkmenistan|Tuvalu|Uganda|' +
    'United Arab Emirates|United Kingdom|Uruguay|Vanuatu|Vatican|Zambia|Zimbabwe|Greenland|Puerto Rico|' +
    'Northern Ireland|Great Britain|Catalonia|Tibet|Xinjiang|Kashmir|Kurdistan|Siberia|Chechnya|Balkans|Caribbean|' +
    'Scandinavia|Latin America|South America|North America|Central America|Southeast Asia|East Asia|Central Asia|' +
    'South Asia|West Africa|East Africa|North Africa|Sub-Saharan Africa|Sahel|Sahara|Persian Gulf|Mediterranean|' +
    'Baltic|Baltics|Horn of Africa|Himalayas|Alps|Golan Heights|Strait of Hormuz|Suez Canal|Suez|Sinai|Darfur|' +
    // Plural names of islands and ranges, which after "the" would otherwise read as a team ("the Azores").
    'Azores|Canaries|Canary Islands|Hebrides|Outer Hebrides|Shetlands|Falklands|Falkland Islands|Grenadines|Antilles|Cyclades|' +
    'Andes|Pyrenees|Rockies|Rocky Mountains|Dolomites|Carpathians|Appalachians|Urals|Caucasus|Everglades|Great Plains|' +
    'Kurils|Spratlys|Spratly Islands|Paracels|Paracel Islands|Senkakus|Moluccas|Cayman Islands|Virgin Islands|' +
    'Patagonia|Galapagos|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Baku|Manama|Dhaka|Minsk|La Paz|' +
    'Sarajevo|Gaborone|Brasilia|Brasília|Sao Paulo|São Paulo|Rio de Janeiro|Rio|Phnom Penh|Yaounde|Ottawa|Bogota|' +
    'Bogotá|Kinshasa|Zagreb|Nicosia|Quito|Asmara|Tallinn|Addis Ababa|Suva|Tbilisi|Accra|Conakry|Port-au-Prince|' +
    'Tegucigalpa|Reykjavik|Jerusalem|Tel Aviv|Amman|Astana|Almaty|Nairobi|Pristina|Bishkek|Vientiane|Riga|Beirut|' +
    'Monrovia|Tripoli|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Putrajaya|Bamako|Valletta|Nouakchott|Mexico City|' +
    'Chisinau|Ulaanbaatar|Podgorica|Rabat|Casablanca|Marrakech|Tangier|Maputo|Naypyidaw|Yangon|Rangoon|Windhoek|' +
    'Kathmandu|Managua|Niamey|Abuja|Lagos|Kano|Skopje|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Ramallah|' +
    'Port Moresby|Asuncion|Lima|Doha|Bucharest|Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Freetown|Bratislava|' +
    'Ljubljana|Mogadishu|Pretoria|Johannesburg|Soweto|Durban|Bloemfontein|Gqeberha|Port Elizabeth|Gauteng|' +
    'KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Maseru|Mbabane|Juba|Khartoum|Colombo|Paramaribo|' +
    'Damascus|Aleppo|Idlib|Homs|Raqqa|Dushanbe|Dodoma|Dar es Salaam|Zanzibar|Lome|Tunis|Ankara|Izmir|Antalya|' +
    'Ashgabat|Kampala|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Mariupol|Bakhmut|Zaporizhzhia|Kherson|Donetsk|Luhansk|' +
    'Montevideo|Tashkent|Caracas|Ho Chi Minh City|Saigon|Da Nang|Haiphong|Sanaa|Aden|Hodeidah|Lusaka|Harare|' +
    'Bulawayo|Gaza City|Rafah|Khan Younis|Hebron|Nablus|Haifa|Mosul|Basra|Erbil|Kirkuk|Fallujah|Benghazi|Kandahar|' +
    'Herat|Helmand|Abu Dhabi|Muscat|Isfahan|Mashhad|Tabriz|Alexandria|Luxor|Abidjan|Ouagadougou|Timbuktu|Goma|' +
    'Brazzaville|Mombasa|Bujumbura|Kumasi|Port Harcourt|Kolkata|Calcutta|Chennai|Bengaluru|Bangalore|Hyderabad|' +
    'Ahmedabad|Pune|Jaipur|Lucknow|Goa|Kerala|Punjab|Bihar|Gujarat|Maharashtra|Tamil Nadu|Uttar Pradesh|Srinagar|' +
    'Chittagong|Lhasa|Tianjin|Chongqing|Chengdu|Nanjing|Hangzhou|Harbin|Dalian|Qingdao|Xiamen|Kunming|Urumqi|' +
    'Guangdong|Fujian|Zhejiang|Jiangsu|Sichuan|Yunnan|Hubei|Henan|Shandong|Hebei|Liaoning|Jilin|Heilongjiang|' +
    'Inner Mongolia|Ningxia|Hainan|Dandong|Kowloon|Yokohama|Kobe|Hiroshima|Nagasaki|Sendai|Fukushima|Chiba|Saitama|' +
    'Kanagawa|Kyushu|Honshu|Shikoku|Kaohsiung|Taichung|Tainan|Kinmen|Pattaya|Phuket|Chiang Mai|Cebu|Davao|Mindanao|' +
    'Luzon|Palawan|Bali|Surabaya|Bandung|Penang|Sabah|Sarawak|Perth|Brisbane|Adelaide|Hobart|Queensland|' +
    'New South Wales|Tasmania|Christchurch|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|' +
    'Nova Scotia|New Brunswick|Newfoundland|Yukon|Calgary|Edmonton|Winnipeg|Arkansas|Connecticut|Delaware|Idaho|' +
    'Maine|Montana|Nebraska|New Hampshire|New Mexico|North Dakota|South Dakota|Rhode Island|Vermont|West Virginia|' +
    'Wyoming|Washington DC|Washington D.C.|Baltimore|Pittsburgh|Cincinnati|Indianapolis|Milwaukee|Minneapolis|' +
    'St. Louis|St Louis|Kansas City|Nashville|Memphis|New Orleans|Louisville|Raleigh|Richmond|Norfolk|Tampa|' +
    'Jacksonville|Sacramento|San Diego|San Jose|Portland|Salt Lake City|Albuquerque|Tucson|El Paso|San Antonio|' +
    'Oklahoma City|Omaha|Des Moines|Wichita|Anchorage|Honolulu|Boise|Rochester|Albany|Hartford|Newark|Jersey City|' +
    'Brooklyn|Manhattan|Bronx|Staten Island|Harlem|Long Island|Silicon Valley|Hollywood|Beverly Hills|Palo Alto|' +
    'Berkeley|Santa Monica|Malibu|Atlantic City|Ann Arbor|Chapel Hill|Princeton|New York City|Birmingham|Leeds|' +
    'Sheffield|Bristol|Newcastle|Nottingham|Leicester|Coventry|Southampton|Portsmouth|Brighton|Plymouth|Norwich|' +
    'Exeter|York|Oxford|Cambridge|Bradford|Hull|Sunderland|Middlesbrough|Stoke|Wigan|Blackburn|Burnley|Blackpool|' +
    'Swansea|Aberdeen|Dundee|Inverness|Stirling|Londonderry|Derry|Cork|Limerick|Galway|Waterford|Lancashire|' +
    'Merseyside|Cheshire|Cumbria|Northumberland|Durham|Lincolnshire|Suffolk|Cambridgeshire|Hertfordshire|' +
    'Bedfordshire|Buckinghamshire|Berkshire|Oxfordshire|Hampshire|Dorset|Wiltshire|Gloucestershire|Herefordshire|' +
    'Shropshire|Staffordshire|Derbyshire|Nottinghamshire|Warwickshire|Northamptonshire|Greater Manchester|' +
    'West Midlands|Midlands|East Anglia|Cotswolds|Lake District|Highlands|Orkney|Shetland|Westminster|Soho|' +
    'Kensington|Camden|Hackney|Islington|Brixton|Croydon|Heathrow|Gatwick|Dover|Calais|Porto|Toulouse|Bordeaux|' +
    'Lille|Strasbourg|Nantes|Cannes|Rotterdam|Hague|Antwerp|Ghent|Bruges|Zurich|Basel|Bern|Lausanne|Davos|Salzburg|' +
    'Innsbruck|Cologne|Dusseldorf|Düsseldorf|Stuttgart|Dresden|Leipzig|Bonn|Bremen|Hanover|Dortmund|Nuremberg|' +
    'Bavaria|Saxony|Krakow|Kraków|Gdansk|Wroclaw|Poznan|Bologna|Genoa|Palermo|Sicily|Sardinia|Tuscany|Lombardy|' +
    'Verona|Pisa|Bilbao|Granada|Zaragoza|Ibiza|Majorca|Mallorca|Tenerife|Canary Islands|Andalusia|Basque Country|' +
    'Galicia|St Petersburg|Saint Petersburg|Kaliningrad|Sochi|Kazan|Novosibirsk|Yekaterinburg|Murmansk|Chernobyl|' +
    'Sevastopol|Transnistria|Thessaloniki|Crete|Corfu|Santorini|Gibraltar|Faroe Islands|Lapland|Gothenburg|Malmo|' +
    'Bergen|Aarhus|Tampere|Turku|Recife|Fortaleza|Manaus|Porto Alegre|Curitiba|Belém|Cordoba|Córdoba|Rosario|' +
    'Mendoza|Valparaiso|Medellin|Medellín|Cali|Cartagena|Guadalajara|Monterrey|Tijuana|Cancun|Cancún|Acapulco|' +
    'Puerto Vallarta|Oaxaca|Chiapas|Sinaloa|Juarez|Yucatan|Guayaquil|Gimpo|Hwaseong|Yongin|Anyang|Bucheon|Ansan|' +
    'Gimhae|Jinju|Geoje|Tongyeong|Sokcho|Wonju|Cheonan|Gunsan|Iksan|Naju|Suncheon|Gwangyang|Dangjin|Seosan|' +
    'Gapyeong|Yangpyeong|Pocheon|Uijeongbu|Namyangju|Hanam|Gwacheon|Icheon|Yeouido|Myeongdong|Itaewon|Hongdae|' +
    'Jongno|Mapo|Songpa|Seocho|Jamsil|Haeundae|Chungcheong|Jeolla|Gyeongsang|Baengnyeong|Ulleung|Hamhung|Sinuiju|' +
    'Rason|Wonsan|Nampo|Chongjin|Yongbyon|Punggye-ri|Kangwon'
).split('|');

/** English place gazetteer (Korea and the countries, regions and cities English news about Korea mentions most); Korean places are in places-ko.ts. */

export const EN_PLACES = new Set(
  ('Korea|South Korea|North Korea|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju|Gyeonggi|' +
    'Gangwon|Pyongyang|Panmunjom|Kaesong|Ukraine|Russia|Moscow|Kyiv|China|Beijing|Shanghai|Hong Kong|Taiwan|' +
    'Japan|Tokyo|Osaka|United States|United States of America|USA|US|U.S.|America|Washington|New York|California|Texas|Florida|' +
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
    'Worcestershire|Yorkshire|Kent|Essex|Surrey|Sussex|Devon|Cornwall|Brazil|Earth|Pacific|Atlantic|Arctic|Antarctica|Europe').split('|')
    .concat(WORLD_PLACES),
);

/** Upper-case abbreviations that are things, not organisations. */
export const NOT_ORG_ACRONYM = new Set('DNA RNA AI IT TV CEO CFO GDP USB LED CCTV SNS PC OS GPS VR AR CPU GPU ICT PM AM UV ID OK MRI CT PCR TNT LPG LNG EV SUV ESG ETF IPO KST GMT UTC'.split(' '));
