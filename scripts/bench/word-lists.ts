// Word lists the benchmark dataset is built from (scripts/bench/generate-dataset.ts). Plain ASCII so
// slugs can be derived in SQL; the combinations give realistic, varied and searchable names.

/** [city, ISO country code] — spread over every world region the office reports by. */
export const CITIES: readonly (readonly [string, string])[] = [
  ["Vienna", "AT"], ["Graz", "AT"], ["Brussels", "BE"], ["Ghent", "BE"], ["Leuven", "BE"], ["Sofia", "BG"], ["Zagreb", "HR"],
  ["Prague", "CZ"], ["Brno", "CZ"], ["Copenhagen", "DK"], ["Aarhus", "DK"], ["Tallinn", "EE"], ["Tartu", "EE"], ["Helsinki", "FI"],
  ["Tampere", "FI"], ["Paris", "FR"], ["Lyon", "FR"], ["Toulouse", "FR"], ["Bordeaux", "FR"], ["Strasbourg", "FR"], ["Lille", "FR"],
  ["Berlin", "DE"], ["Munich", "DE"], ["Hamburg", "DE"], ["Heidelberg", "DE"], ["Freiburg", "DE"], ["Leipzig", "DE"], ["Cologne", "DE"],
  ["Athens", "GR"], ["Thessaloniki", "GR"], ["Budapest", "HU"], ["Debrecen", "HU"], ["Dublin", "IE"], ["Galway", "IE"], ["Rome", "IT"],
  ["Milan", "IT"], ["Bologna", "IT"], ["Padua", "IT"], ["Turin", "IT"], ["Naples", "IT"], ["Riga", "LV"], ["Vilnius", "LT"], ["Kaunas", "LT"],
  ["Amsterdam", "NL"], ["Utrecht", "NL"], ["Leiden", "NL"], ["Groningen", "NL"], ["Oslo", "NO"], ["Bergen", "NO"], ["Warsaw", "PL"],
  ["Krakow", "PL"], ["Wroclaw", "PL"], ["Gdansk", "PL"], ["Lisbon", "PT"], ["Porto", "PT"], ["Coimbra", "PT"], ["Bucharest", "RO"],
  ["Cluj-Napoca", "RO"], ["Iasi", "RO"], ["Bratislava", "SK"], ["Ljubljana", "SI"], ["Madrid", "ES"], ["Barcelona", "ES"], ["Valencia", "ES"],
  ["Seville", "ES"], ["Salamanca", "ES"], ["Granada", "ES"], ["Stockholm", "SE"], ["Uppsala", "SE"], ["Lund", "SE"], ["Zurich", "CH"],
  ["Geneva", "CH"], ["Bern", "CH"], ["London", "GB"], ["Manchester", "GB"], ["Edinburgh", "GB"], ["Glasgow", "GB"], ["Bristol", "GB"],
  ["Istanbul", "TR"], ["Ankara", "TR"], ["Izmir", "TR"], ["Bursa", "TR"], ["Eskisehir", "TR"], ["Kyiv", "UA"], ["Lviv", "UA"], ["Kharkiv", "UA"],
  ["Chisinau", "MD"], ["Minsk", "BY"], ["Moscow", "RU"], ["Saint Petersburg", "RU"], ["Kazan", "RU"], ["Novosibirsk", "RU"], ["Baku", "AZ"],
  ["Ganja", "AZ"], ["Tbilisi", "GE"], ["Batumi", "GE"], ["Yerevan", "AM"], ["Almaty", "KZ"], ["Astana", "KZ"], ["Bishkek", "KG"],
  ["Tashkent", "UZ"], ["Samarkand", "UZ"], ["Dushanbe", "TJ"], ["Ashgabat", "TM"], ["Beijing", "CN"], ["Shanghai", "CN"], ["Wuhan", "CN"],
  ["Nanjing", "CN"], ["Hangzhou", "CN"], ["Tokyo", "JP"], ["Kyoto", "JP"], ["Osaka", "JP"], ["Sendai", "JP"], ["Seoul", "KR"], ["Busan", "KR"],
  ["Daejeon", "KR"], ["Ulaanbaatar", "MN"], ["Taipei", "TW"], ["Delhi", "IN"], ["Mumbai", "IN"], ["Bangalore", "IN"], ["Chennai", "IN"],
  ["Lahore", "PK"], ["Islamabad", "PK"], ["Dhaka", "BD"], ["Colombo", "LK"], ["Kathmandu", "NP"], ["Bangkok", "TH"], ["Chiang Mai", "TH"],
  ["Hanoi", "VN"], ["Ho Chi Minh City", "VN"], ["Kuala Lumpur", "MY"], ["Penang", "MY"], ["Singapore", "SG"], ["Jakarta", "ID"],
  ["Bandung", "ID"], ["Manila", "PH"], ["Tehran", "IR"], ["Isfahan", "IR"], ["Tabriz", "IR"], ["Riyadh", "SA"], ["Jeddah", "SA"],
  ["Doha", "QA"], ["Dubai", "AE"], ["Abu Dhabi", "AE"], ["Amman", "JO"], ["Beirut", "LB"], ["Muscat", "OM"], ["Kuwait City", "KW"],
  ["Baghdad", "IQ"], ["Erbil", "IQ"], ["Cairo", "EG"], ["Alexandria", "EG"], ["Tunis", "TN"], ["Rabat", "MA"], ["Casablanca", "MA"],
  ["Algiers", "DZ"], ["Lagos", "NG"], ["Ibadan", "NG"], ["Accra", "GH"], ["Nairobi", "KE"], ["Addis Ababa", "ET"], ["Kampala", "UG"],
  ["Dar es Salaam", "TZ"], ["Kigali", "RW"], ["Johannesburg", "ZA"], ["Cape Town", "ZA"], ["Stellenbosch", "ZA"], ["Dakar", "SN"],
  ["Toronto", "CA"], ["Montreal", "CA"], ["Vancouver", "CA"], ["Ottawa", "CA"], ["Boston", "US"], ["New York", "US"], ["Chicago", "US"],
  ["Austin", "US"], ["Seattle", "US"], ["Atlanta", "US"], ["Denver", "US"], ["San Diego", "US"], ["Philadelphia", "US"], ["Pittsburgh", "US"],
  ["Mexico City", "MX"], ["Guadalajara", "MX"], ["Monterrey", "MX"], ["Bogota", "CO"], ["Medellin", "CO"], ["Lima", "PE"], ["Santiago", "CL"],
  ["Valparaiso", "CL"], ["Buenos Aires", "AR"], ["Cordoba", "AR"], ["Sao Paulo", "BR"], ["Rio de Janeiro", "BR"], ["Porto Alegre", "BR"],
  ["Montevideo", "UY"], ["Quito", "EC"], ["Havana", "CU"], ["San Jose", "CR"], ["Sydney", "AU"], ["Melbourne", "AU"], ["Brisbane", "AU"],
  ["Perth", "AU"], ["Adelaide", "AU"], ["Auckland", "NZ"], ["Wellington", "NZ"], ["Christchurch", "NZ"],
];

/** Scholars and writers universities are named after. */
export const NAMESAKES = [
  "Ibn Sina", "Al-Farabi", "Nizami Ganjavi", "Marie Curie", "Nicolaus Copernicus", "Alexander von Humboldt", "Dmitri Mendeleev",
  "Rabindranath Tagore", "Miguel de Cervantes", "Johann Wolfgang Goethe", "Alexander Pushkin", "Galileo Galilei", "Isaac Newton",
  "Johannes Kepler", "Louis Pasteur", "Mimar Sinan", "Nasir al-Din Tusi", "Ulugh Beg", "Abai Kunanbayev", "Shota Rustaveli",
  "Mesrop Mashtots", "Fuzuli", "Yunus Emre", "Taras Shevchenko", "Jan Amos Komensky", "Erasmus", "Carl Linnaeus", "Niels Bohr",
  "Albert Einstein", "Maria Montessori", "Sun Yat-sen", "Jose Rizal", "Simon Bolivar", "Nelson Mandela", "Kwame Nkrumah",
  "Ada Lovelace", "Alan Turing", "Hypatia", "Omar Khayyam", "Averroes", "Leonardo da Vinci", "Lomonosov", "Tesla", "Hamdullah Mustawfi",
];

export const UNIVERSITY_ADJECTIVES = [
  "National", "State", "Technical", "Polytechnic", "Catholic", "Free", "Open", "International", "Medical", "Agricultural",
  "Pedagogical", "Metropolitan", "Central", "Applied Sciences", "Economic", "Linguistic",
];

export const FIELDS = [
  "Technology", "Economics", "Management", "Engineering", "Fine Arts", "Music", "Medicine", "Law", "Business", "Architecture",
  "Agriculture", "Oil and Gas", "Information Technology", "Public Administration", "International Relations", "Tourism",
  "Design", "Education", "Life Sciences", "Mathematics", "Physics", "Chemistry", "Linguistics", "Journalism",
];

export const ORGANIZATION_NOUNS = ["Council", "Association", "Agency", "Centre", "Alliance", "Institute", "Society", "Forum"];
export const COMPANY_SUFFIXES = ["Ltd", "GmbH", "S.A.", "Group", "Holding", "Technologies", "Consulting", "Labs"];

export const AREAS = [
  "student-exchange", "staff-exchange", "joint-research", "joint-programs", "double-degree", "capacity-building", "scholarships",
  "summer-school", "language-teaching", "library", "internships", "cultural-center",
];

export const FIRST_NAMES = [
  "Anar", "Kamala", "Rustam", "Jale", "Elchin", "Sona", "Tofig", "Aynur", "Murad", "Sevinj", "Tural", "Gunay", "Elnur", "Lala", "Rauf",
  "Nargiz", "Orkhan", "Aysu", "Emin", "Zahra", "Kanan", "Fidan", "Ilkin", "Sabina", "Vusal", "Leyla", "Anna", "Luca", "Marie", "Mehmet",
  "Emma", "Jan", "Sofia", "Aigerim", "Hiroshi", "Min-jun", "Wei", "Priya", "Carlos", "Amara", "Noah", "Olga", "Giorgi", "Aram",
];
export const LAST_NAMES = [
  "Aliyev", "Hasanova", "Mammadov", "Karimova", "Guliyev", "Ismayilova", "Rahimov", "Valiyeva", "Abbasov", "Huseynli", "Babayev",
  "Jafarova", "Suleymanov", "Mirzayeva", "Nasirov", "Aghayeva", "Ibrahimov", "Ahmadova", "Muller", "Rossi", "Dubois", "Yilmaz",
  "Johansson", "Kowalski", "Garcia", "Nurlanova", "Tanaka", "Kim", "Zhang", "Sharma", "Silva", "Okafor", "Smith", "Petrova",
  "Beridze", "Petrosyan",
];

/** Words the public descriptions are assembled from (so full-text search has text to match). */
export const DESCRIPTION_TOPICS = [
  "renewable energy", "petroleum engineering", "public health", "computer science", "international law", "economics",
  "architecture", "linguistics", "education", "biotechnology", "artificial intelligence", "tourism management", "finance",
  "environmental science", "medicine", "dentistry", "political science", "journalism", "mathematics", "chemistry",
];

export const LANGUAGES = ["English", "English", "English", "German", "French", "Turkish", "Russian", "Spanish", "Italian", "Korean", "Japanese", "Chinese"];
