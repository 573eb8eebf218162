/**
 * Common given names of people in English-language news (English, Spanish, Portuguese, French,
 * German, Italian, Dutch, Slavic, Arabic, African and Asian names as romanised in the press). A
 * two- or three-word run that opens with one is a person's name even when it is met once and
 * without a title ("centre-forward Marcus Rashford"). Names that are mostly words or places
 * (Grace, Rose, Victoria, Jordan, Paris, Georgia, Chelsea, Austin, Florence) are left out.
 */
export const GIVEN_NAMES = new Set(
  ('Aaron|Abdul|Abdullah|Abraham|Adam|Adrian|Ahmad|Ahmed|Aidan|Alan|Alastair|Albert|Alberto|Alejandro|Alex|Alexander|Alexandra|Alexei|Alexis|' +
    'Alfred|Ali|Alice|Alicia|Alison|Amanda|Amelia|Amir|Amy|Ana|Anders|Andre|Andrea|Andreas|Andrew|Andrei|Andres|Andy|Angela|Angelo|Ann|Anna|' +
    'Anne|Annie|Anthony|Antoine|Anton|Antonio|Arnold|Arthur|Ashley|Barbara|Barry|Ben|Benjamin|Bernard|Bernie|Beth|Betty|Bill|Billy|Bob|Bobby|' +
    'Boris|Brad|Bradley|Brandon|Brendan|Brian|Bruce|Bruno|Bryan|Caitlin|Callum|Cameron|Carl|Carla|Carlo|Carlos|Carmen|Carol|Caroline|Carolyn|' +
    'Catherine|Charles|Charlie|Charlotte|Chris|Christian|Christina|Christine|Christopher|Chuck|Cindy|Claire|Clara|Claudia|Colin|Connor|Craig|' +
    'Cristiano|Cynthia|Dan|Daniel|Daniela|Danny|Dario|Darren|Dave|David|Dean|Debbie|Deborah|Denis|Dennis|Derek|Diana|Diane|Diego|Dmitry|' +
    'Dominic|Don|Donald|Donna|Doug|Douglas|Dylan|Ed|Eddie|Edgar|Eduardo|Edward|Elena|Eli|Elizabeth|Ellen|Elon|Emily|Emma|Emmanuel|Enrique|' +
    'Eric|Erik|Erin|Ethan|Eugene|Eva|Evan|Fatima|Felipe|Felix|Fernando|Fiona|Francesca|Francesco|Francis|Francisco|Frank|Franz|Fred|Frederick|' +
    'Gabriel|Gareth|Gary|Gavin|Geoffrey|George|Gerald|Gerard|Gerhard|Gianluca|Giovanni|Giuseppe|Glenn|Gordon|Graham|Greg|Gregory|Guillermo|' +
    'Gustavo|Hamid|Hannah|Hans|Harold|Harry|Hassan|Heather|Heinz|Helen|Helena|Henry|Hillary|Howard|Hugh|Hugo|Hussein|Ian|Igor|Isaac|Isabel|' +
    'Isabella|Ivan|Jack|Jackie|Jacob|Jacques|Jake|James|Jamie|Jan|Jane|Janet|Jared|Jason|Javier|Jean|Jeff|Jeffrey|Jennifer|Jenny|Jeremy|' +
    'Jerome|Jerry|Jesse|Jessica|Jim|Jimmy|Joan|Joanna|Joe|Joel|Johan|Johann|John|Johnny|Jon|Jonathan|Jorge|Jose|José|Joseph|Josh|Joshua|Juan|' +
    'Judith|Judy|Julia|Julian|Julie|Julien|Justin|Karen|Karim|Karl|Kate|Katherine|Kathleen|Kathryn|Katie|Keith|Kelly|Ken|Kenneth|Kenny|Kevin|' +
    'Khalid|Kim|Kimberly|Kirsten|Klaus|Kyle|Larry|Laura|Lauren|Lee|Leo|Leon|Leonardo|Lewis|Liam|Linda|Lisa|Liz|Lorenzo|Louis|Louise|Lucas|' +
    'Lucy|Luis|Luiz|Luka|Luke|Lynn|Malcolm|Manuel|Marc|Marco|Marcus|Margaret|Maria|María|Marie|Mario|Mark|Marta|Martin|Mary|Mateo|Matt|' +
    'Matteo|Matthew|Maurice|Max|Megan|Melissa|Michael|Michel|Michelle|Miguel|Mike|Mikhail|Mohamed|Mohammad|Mohammed|Muhammad|Monica|' +
    'Nancy|Naomi|Natalia|Natalie|Nathan|Neil|Nicholas|Nick|Nicola|Nicolas|Nicole|Nigel|Nikolai|Noah|Oleg|Oliver|Olivia|Omar|Oscar|Owen|' +
    'Pablo|Pamela|Paolo|Pat|Patricia|Patrick|Paul|Paula|Pedro|Peter|Petra|Phil|Philip|Philippe|Pierre|Rachel|Rafael|Ralph|Ramon|Randy|Raul|' +
    'Ray|Raymond|Rebecca|Richard|Rick|Rob|Robert|Roberto|Robin|Roger|Roman|Ron|Ronald|Rosa|Ross|Roy|Ruth|Ryan|Sam|Samantha|Samuel|Sandra|' +
    'Sara|Sarah|Scott|Sean|Sebastian|Sergei|Sergey|Sergio|Sharon|Shaun|Shawn|Sheila|Simon|Sofia|Sophie|Stefan|Stephanie|Stephen|Steve|' +
    'Steven|Stuart|Susan|Sylvia|Tara|Ted|Teresa|Thomas|Tim|Timothy|Tina|Todd|Tom|Tommy|Tony|Tracy|Trevor|Tyler|Valentina|Valerie|Vanessa|' +
    'Vicente|Victor|Vincent|Viktor|Vladimir|Walter|Wayne|Wendy|William|Willie|Wolfgang|Xavier|Yusuf|Zachary|Zoe').split('|'),
);
