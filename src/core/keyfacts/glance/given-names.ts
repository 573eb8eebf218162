/**
 * Common given names of people in English-language news (English, Spanish, Portuguese, French,
 * German, Italian, Dutch, Slavic, Arabic, African and Asian names as romanised in the press). A
 * two- or three-word run that opens with one is a person's name even when it is met once and
 * without a title ("centre-forward Marcus Rashford"). Names that are mostly words or places
 * (Grace, Rose, Victoria, Jordan, Paris, Georgia, Chelsea, Austin, Florence) are left out.
 */
import { RULES } from './rules';

const COMMON_GIVEN_NAMES = new Set(
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

/**
 * More common given names (English first names of the last century, and the names of public figures
 * of Europe, Latin America, Asia, the Middle East and Africa as the English press spells them). Left out
 * as well: names that are mostly places or companies (Preston, Chester, Regina, Shannon, Kerry,
 * Lorraine, Nelson, Morgan, Stanley, Marshall, Russell, Zara), words (Hope, Faith, Penny, Amber, Guy)
 * or the head of a place's name in Spanish or Latin (Isla, Alma: "Isla Mujeres", "Alma Mater").
 */
const MORE_GIVEN_NAMES = new Set(
  ('Aiden|Alec|Alfie|Allen|Alvin|Angus|Archie|Arlo|Barney|Bart|Bennett|Bert|Blake|Brady|Brendon|Brett|Brock|Bryce|Byron|Caleb|' +
    'Calvin|Carlton|Cecil|Cedric|Chad|Clarence|Clark|Claude|Clay|Clayton|Clement|Clifford|Clint|Cody|Cole|Conor|Corey|Cory|Curtis|' +
    'Dalton|Damian|Damien|Damon|Darius|Darrell|Darryl|Declan|Desmond|Devin|Dexter|Drew|Duncan|Dustin|Dwayne|Dwight|Edmund|Edwin|' +
    'Elijah|Elliot|Elliott|Elmer|Elvis|Emmett|Ernest|Ernie|Ezra|Finn|Floyd|Freddie|Gabe|Garrett|Gene|Geoff|Gerry|Gilbert|Giles|' +
    'Gino|Grady|Gregg|Griffin|Gus|Hank|Harrison|Harvey|Hector|Herbert|Herman|Homer|Horace|Hubert|Isaiah|Jaden|Jalen|Jamal|Jarrod|' +
    'Jay|Jayden|Jeremiah|Jermaine|Jess|Joey|Jonah|Josiah|Jude|Julius|Kai|Kane|Keegan|Kieran|Kirk|Kurt|Lance|Lars|Lawrence|Leonard|' +
    'Leroy|Leslie|Lester|Lionel|Logan|Lonnie|Luther|Lyle|Mack|Malik|Marcel|Marlon|Marvin|Mathew|Maxwell|Melvin|Micah|Mitch|' +
    'Mitchell|Myles|Nate|Nathaniel|Ned|Neville|Niall|Noel|Norman|Ollie|Otis|Otto|Percy|Perry|Pete|Quentin|Quinn|Reggie|Reginald|' +
    'Rhys|Ricardo|Ricky|Riley|Rodney|Rodrigo|Roland|Ronnie|Rory|Rudy|Rufus|Rupert|Sammy|Seth|Shane|Sid|Sidney|Silas|Solomon|' +
    'Spencer|Stewart|Terrence|Terry|Theo|Theodore|Toby|Travis|Tristan|Tyrone|Vernon|Vince|Wallace|Warren|Wesley|Wilbur|Willard|' +
    'Winston|Wyatt|Zach|Zack|Zane|Abby|Abigail|Ada|Addison|Adele|Adriana|Agnes|Aileen|Alana|Alexa|Alyssa|Angelina|Anita|' +
    'Antonia|Ariana|Arlene|Audrey|Ava|Beatrice|Becky|Belinda|Bella|Bernadette|Bonnie|Brenda|Bridget|Britney|Brittany|Brooke|' +
    'Camila|Candace|Carly|Carrie|Cassandra|Cassie|Cecilia|Celia|Cheryl|Chloe|Christie|Cora|Courtney|Dana|Danielle|Daphne|Debra|' +
    'Delia|Denise|Dolores|Dora|Doris|Dorothy|Edith|Edna|Eileen|Elaine|Eleanor|Elise|Eliza|Ella|Ellie|Eloise|Elsa|Emilia|Erica|' +
    'Erika|Esther|Ethel|Eugenia|Eve|Evelyn|Felicity|Frances|Gail|Gemma|Georgina|Geraldine|Gillian|Gina|Gladys|Gloria|Greta|Gwen|' +
    'Gwendolyn|Hailey|Haley|Harriet|Hazel|Heidi|Helga|Hilary|Ida|Imogen|Ingrid|Irene|Jacqueline|Jade|Janice|Jeanne|Jenna|' +
    'Jill|Jo|Joanne|Jocelyn|Josephine|Joyce|Juanita|Julianne|Juliet|Kara|Karin|Katrina|Kayla|Kendra|Kirsty|Kristen|Kristin|Kylie|' +
    'Lana|Laurie|Layla|Leah|Leila|Lena|Lila|Lillian|Lindsay|Lindsey|Lois|Lola|Lorna|Lottie|Lucia|Lydia|Mabel|Mackenzie|Madeleine|' +
    'Madeline|Maggie|Mandy|Marcia|Margarita|Marian|Marianne|Marilyn|Marion|Marjorie|Martha|Matilda|Maureen|Maxine|Maya|Melanie|' +
    'Mia|Mildred|Millie|Miranda|Miriam|Molly|Muriel|Nadia|Nadine|Natasha|Nell|Nellie|Nikki|Nina|Nora|Norma|Olga|Paige|Patsy|Patty|' +
    'Pauline|Peggy|Penelope|Phoebe|Phyllis|Polly|Priscilla|Rachael|Ramona|Rebekah|Renee|Rhonda|Rita|Roberta|Robyn|Rosalind|' +
    'Rosemary|Roxanne|Sabrina|Sadie|Sally|Selena|Serena|Shelby|Shelley|Sheryl|Shirley|Sienna|Simone|Sonia|Sonya|Stella|Sue|' +
    'Suzanne|Tamara|Tammy|Tanya|Theresa|Tiffany|Tonya|Tracey|Ursula|Vera|Veronica|Vicky|Viola|Vivian|Wanda|Whitney|Wilma|Yolanda|' +
    'Yvonne|Ahmet|Mehmet|Mustafa|Emre|Recep|Kemal|Olaf|Jens|Sven|Nils|Bjorn|Björn|Magnus|Henrik|Jürgen|Jurgen|Dieter|Helmut|Horst|' +
    'Uwe|Manfred|Matthias|Markus|Thorsten|Tobias|Florian|Lukas|Maximilian|Friedrich|Annalena|François|Francois|Gérard|Thierry|' +
    'Didier|Olivier|Laurent|Sébastien|Mathieu|Benoît|Benoit|Yves|Alain|Rémi|Giorgia|Silvio|Luigi|Fabio|Federico|Massimo|Stefano|' +
    'Alessandro|Luca|Enzo|Gianni|Jair|Dilma|Gabriela|Mariano|Joaquín|Ignacio|Shinzo|Fumio|Yoshihide|Shigeru|Taro|Hiroshi|Kenji|' +
    'Takeshi|Yuki|Naoki|Akira|Narendra|Rahul|Amit|Arvind|Raj|Rajesh|Sanjay|Vijay|Priya|Anil|Sunil|Ravi|Imran|Nawaz|Shehbaz|' +
    'Benazir|Bashar|Hafez|Mahmoud|Abdel|Youssef|Yousef|Tariq|Faisal|Salman|Khaled|Walid|Nabil|Rami|Ayman|Ibrahim|Ismail|Osama|' +
    'Hamza|Bilal|Zainab|Aisha|Mariam|Yasmin|Yair|Naftali|Yitzhak|Moshe|Avi|Ehud|Volodymyr|Dmitri|Dmitriy|Yuri|Yulia|Oleksandr|' +
    'Olena|Andriy|Petro|Mateusz|Andrzej|Jarosław|Tomasz|Piotr|Krzysztof|Marek|Pawel|Cyril|Thabo|Kwame|Kofi|Kwasi|Uhuru|Raila|Bola|' +
    'Muhammadu|Olusegun|Abiy|Yoweri|Emmerson|Jacinda|Jagmeet').split('|'),
);

/** Whether a word is a common given name. */
export const GIVEN_NAMES: { has(word: string): boolean } = {
  has: (word) => COMMON_GIVEN_NAMES.has(word) || RULES.enMoreGivenNames && MORE_GIVEN_NAMES.has(word),
};
