/**
 * ISO 3166-1 countries and territories (all 249 officially assigned codes).
 *
 * Codes and English short names follow ISO 3166-1 as published by the Debian
 * iso-codes project (4.15). `numeric` is the 3-digit ISO numeric code, zero padded,
 * which is also the `id` used by the Natural Earth / world-atlas TopoJSON maps.
 * `commonName` is the shorter everyday name where the ISO short name is awkward
 * ("Korea, Republic of" -> "South Korea"); use it for display when present.
 *
 * Regions are a project grouping, not an ISO attribute. They follow the UN M49
 * geoscheme except that: the South Caucasus and Central Asia form their own region;
 * Russia, Belarus, Ukraine, Moldova, Turkey and Cyprus are in EUROPE; Iran is in
 * MIDDLE_EAST; Mexico, Central America, South America and the whole Caribbean are
 * LATIN_AMERICA. Kosovo ("XK") is not an ISO 3166-1 code and is not listed.
 */

export const WORLD_REGIONS = [
  "EUROPE",
  "CENTRAL_ASIA_CAUCASUS",
  "EAST_ASIA",
  "SOUTH_ASIA",
  "SOUTHEAST_ASIA",
  "MIDDLE_EAST",
  "AFRICA",
  "NORTH_AMERICA",
  "LATIN_AMERICA",
  "OCEANIA",
] as const;

type WorldRegion = (typeof WORLD_REGIONS)[number];

interface Country {
  /** ISO 3166-1 alpha-2 */
  readonly code: string;
  /** ISO 3166-1 alpha-3 */
  readonly alpha3: string;
  /** ISO 3166-1 numeric, 3 digits, zero padded */
  readonly numeric: string;
  /** ISO 3166-1 English short name */
  readonly name: string;
  /** Everyday English name, only where it differs from the ISO short name */
  readonly commonName?: string;
  readonly region: WorldRegion;
}

export const COUNTRIES = [
  { code: "AD", alpha3: "AND", numeric: "020", name: "Andorra", region: "EUROPE" },
  { code: "AE", alpha3: "ARE", numeric: "784", name: "United Arab Emirates", region: "MIDDLE_EAST" },
  { code: "AF", alpha3: "AFG", numeric: "004", name: "Afghanistan", region: "SOUTH_ASIA" },
  { code: "AG", alpha3: "ATG", numeric: "028", name: "Antigua and Barbuda", region: "LATIN_AMERICA" },
  { code: "AI", alpha3: "AIA", numeric: "660", name: "Anguilla", region: "LATIN_AMERICA" },
  { code: "AL", alpha3: "ALB", numeric: "008", name: "Albania", region: "EUROPE" },
  { code: "AM", alpha3: "ARM", numeric: "051", name: "Armenia", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "AO", alpha3: "AGO", numeric: "024", name: "Angola", region: "AFRICA" },
  { code: "AQ", alpha3: "ATA", numeric: "010", name: "Antarctica", region: "OCEANIA" }, // Antarctica has no UN M49 sub-region; OCEANIA is the nearest fit
  { code: "AR", alpha3: "ARG", numeric: "032", name: "Argentina", region: "LATIN_AMERICA" },
  { code: "AS", alpha3: "ASM", numeric: "016", name: "American Samoa", region: "OCEANIA" },
  { code: "AT", alpha3: "AUT", numeric: "040", name: "Austria", region: "EUROPE" },
  { code: "AU", alpha3: "AUS", numeric: "036", name: "Australia", region: "OCEANIA" },
  { code: "AW", alpha3: "ABW", numeric: "533", name: "Aruba", region: "LATIN_AMERICA" },
  { code: "AX", alpha3: "ALA", numeric: "248", name: "Åland Islands", region: "EUROPE" },
  { code: "AZ", alpha3: "AZE", numeric: "031", name: "Azerbaijan", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "BA", alpha3: "BIH", numeric: "070", name: "Bosnia and Herzegovina", region: "EUROPE" },
  { code: "BB", alpha3: "BRB", numeric: "052", name: "Barbados", region: "LATIN_AMERICA" },
  { code: "BD", alpha3: "BGD", numeric: "050", name: "Bangladesh", region: "SOUTH_ASIA" },
  { code: "BE", alpha3: "BEL", numeric: "056", name: "Belgium", region: "EUROPE" },
  { code: "BF", alpha3: "BFA", numeric: "854", name: "Burkina Faso", region: "AFRICA" },
  { code: "BG", alpha3: "BGR", numeric: "100", name: "Bulgaria", region: "EUROPE" },
  { code: "BH", alpha3: "BHR", numeric: "048", name: "Bahrain", region: "MIDDLE_EAST" },
  { code: "BI", alpha3: "BDI", numeric: "108", name: "Burundi", region: "AFRICA" },
  { code: "BJ", alpha3: "BEN", numeric: "204", name: "Benin", region: "AFRICA" },
  { code: "BL", alpha3: "BLM", numeric: "652", name: "Saint Barthélemy", region: "LATIN_AMERICA" },
  { code: "BM", alpha3: "BMU", numeric: "060", name: "Bermuda", region: "NORTH_AMERICA" },
  { code: "BN", alpha3: "BRN", numeric: "096", name: "Brunei Darussalam", region: "SOUTHEAST_ASIA" },
  { code: "BO", alpha3: "BOL", numeric: "068", name: "Bolivia, Plurinational State of", commonName: "Bolivia", region: "LATIN_AMERICA" },
  { code: "BQ", alpha3: "BES", numeric: "535", name: "Bonaire, Sint Eustatius and Saba", region: "LATIN_AMERICA" },
  { code: "BR", alpha3: "BRA", numeric: "076", name: "Brazil", region: "LATIN_AMERICA" },
  { code: "BS", alpha3: "BHS", numeric: "044", name: "Bahamas", region: "LATIN_AMERICA" },
  { code: "BT", alpha3: "BTN", numeric: "064", name: "Bhutan", region: "SOUTH_ASIA" },
  { code: "BV", alpha3: "BVT", numeric: "074", name: "Bouvet Island", region: "LATIN_AMERICA" }, // UN M49 South America
  { code: "BW", alpha3: "BWA", numeric: "072", name: "Botswana", region: "AFRICA" },
  { code: "BY", alpha3: "BLR", numeric: "112", name: "Belarus", region: "EUROPE" },
  { code: "BZ", alpha3: "BLZ", numeric: "084", name: "Belize", region: "LATIN_AMERICA" },
  { code: "CA", alpha3: "CAN", numeric: "124", name: "Canada", region: "NORTH_AMERICA" },
  { code: "CC", alpha3: "CCK", numeric: "166", name: "Cocos (Keeling) Islands", region: "OCEANIA" },
  { code: "CD", alpha3: "COD", numeric: "180", name: "Congo, The Democratic Republic of the", region: "AFRICA" },
  { code: "CF", alpha3: "CAF", numeric: "140", name: "Central African Republic", region: "AFRICA" },
  { code: "CG", alpha3: "COG", numeric: "178", name: "Congo", region: "AFRICA" },
  { code: "CH", alpha3: "CHE", numeric: "756", name: "Switzerland", region: "EUROPE" },
  { code: "CI", alpha3: "CIV", numeric: "384", name: "Côte d'Ivoire", region: "AFRICA" },
  { code: "CK", alpha3: "COK", numeric: "184", name: "Cook Islands", region: "OCEANIA" },
  { code: "CL", alpha3: "CHL", numeric: "152", name: "Chile", region: "LATIN_AMERICA" },
  { code: "CM", alpha3: "CMR", numeric: "120", name: "Cameroon", region: "AFRICA" },
  { code: "CN", alpha3: "CHN", numeric: "156", name: "China", region: "EAST_ASIA" },
  { code: "CO", alpha3: "COL", numeric: "170", name: "Colombia", region: "LATIN_AMERICA" },
  { code: "CR", alpha3: "CRI", numeric: "188", name: "Costa Rica", region: "LATIN_AMERICA" },
  { code: "CU", alpha3: "CUB", numeric: "192", name: "Cuba", region: "LATIN_AMERICA" },
  { code: "CV", alpha3: "CPV", numeric: "132", name: "Cabo Verde", region: "AFRICA" },
  { code: "CW", alpha3: "CUW", numeric: "531", name: "Curaçao", region: "LATIN_AMERICA" },
  { code: "CX", alpha3: "CXR", numeric: "162", name: "Christmas Island", region: "OCEANIA" },
  { code: "CY", alpha3: "CYP", numeric: "196", name: "Cyprus", region: "EUROPE" }, // EU member state; UN M49 places it in Western Asia
  { code: "CZ", alpha3: "CZE", numeric: "203", name: "Czechia", region: "EUROPE" },
  { code: "DE", alpha3: "DEU", numeric: "276", name: "Germany", region: "EUROPE" },
  { code: "DJ", alpha3: "DJI", numeric: "262", name: "Djibouti", region: "AFRICA" },
  { code: "DK", alpha3: "DNK", numeric: "208", name: "Denmark", region: "EUROPE" },
  { code: "DM", alpha3: "DMA", numeric: "212", name: "Dominica", region: "LATIN_AMERICA" },
  { code: "DO", alpha3: "DOM", numeric: "214", name: "Dominican Republic", region: "LATIN_AMERICA" },
  { code: "DZ", alpha3: "DZA", numeric: "012", name: "Algeria", region: "AFRICA" },
  { code: "EC", alpha3: "ECU", numeric: "218", name: "Ecuador", region: "LATIN_AMERICA" },
  { code: "EE", alpha3: "EST", numeric: "233", name: "Estonia", region: "EUROPE" },
  { code: "EG", alpha3: "EGY", numeric: "818", name: "Egypt", region: "AFRICA" }, // UN M49 Northern Africa (often grouped with the Middle East)
  { code: "EH", alpha3: "ESH", numeric: "732", name: "Western Sahara", region: "AFRICA" },
  { code: "ER", alpha3: "ERI", numeric: "232", name: "Eritrea", region: "AFRICA" },
  { code: "ES", alpha3: "ESP", numeric: "724", name: "Spain", region: "EUROPE" },
  { code: "ET", alpha3: "ETH", numeric: "231", name: "Ethiopia", region: "AFRICA" },
  { code: "FI", alpha3: "FIN", numeric: "246", name: "Finland", region: "EUROPE" },
  { code: "FJ", alpha3: "FJI", numeric: "242", name: "Fiji", region: "OCEANIA" },
  { code: "FK", alpha3: "FLK", numeric: "238", name: "Falkland Islands (Malvinas)", region: "LATIN_AMERICA" },
  { code: "FM", alpha3: "FSM", numeric: "583", name: "Micronesia, Federated States of", region: "OCEANIA" },
  { code: "FO", alpha3: "FRO", numeric: "234", name: "Faroe Islands", region: "EUROPE" },
  { code: "FR", alpha3: "FRA", numeric: "250", name: "France", region: "EUROPE" },
  { code: "GA", alpha3: "GAB", numeric: "266", name: "Gabon", region: "AFRICA" },
  { code: "GB", alpha3: "GBR", numeric: "826", name: "United Kingdom", region: "EUROPE" },
  { code: "GD", alpha3: "GRD", numeric: "308", name: "Grenada", region: "LATIN_AMERICA" },
  { code: "GE", alpha3: "GEO", numeric: "268", name: "Georgia", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "GF", alpha3: "GUF", numeric: "254", name: "French Guiana", region: "LATIN_AMERICA" },
  { code: "GG", alpha3: "GGY", numeric: "831", name: "Guernsey", region: "EUROPE" },
  { code: "GH", alpha3: "GHA", numeric: "288", name: "Ghana", region: "AFRICA" },
  { code: "GI", alpha3: "GIB", numeric: "292", name: "Gibraltar", region: "EUROPE" },
  { code: "GL", alpha3: "GRL", numeric: "304", name: "Greenland", region: "NORTH_AMERICA" }, // UN M49 Northern America
  { code: "GM", alpha3: "GMB", numeric: "270", name: "Gambia", region: "AFRICA" },
  { code: "GN", alpha3: "GIN", numeric: "324", name: "Guinea", region: "AFRICA" },
  { code: "GP", alpha3: "GLP", numeric: "312", name: "Guadeloupe", region: "LATIN_AMERICA" },
  { code: "GQ", alpha3: "GNQ", numeric: "226", name: "Equatorial Guinea", region: "AFRICA" },
  { code: "GR", alpha3: "GRC", numeric: "300", name: "Greece", region: "EUROPE" },
  { code: "GS", alpha3: "SGS", numeric: "239", name: "South Georgia and the South Sandwich Islands", region: "LATIN_AMERICA" }, // UN M49 South America
  { code: "GT", alpha3: "GTM", numeric: "320", name: "Guatemala", region: "LATIN_AMERICA" },
  { code: "GU", alpha3: "GUM", numeric: "316", name: "Guam", region: "OCEANIA" },
  { code: "GW", alpha3: "GNB", numeric: "624", name: "Guinea-Bissau", region: "AFRICA" },
  { code: "GY", alpha3: "GUY", numeric: "328", name: "Guyana", region: "LATIN_AMERICA" },
  { code: "HK", alpha3: "HKG", numeric: "344", name: "Hong Kong", region: "EAST_ASIA" },
  { code: "HM", alpha3: "HMD", numeric: "334", name: "Heard Island and McDonald Islands", region: "OCEANIA" },
  { code: "HN", alpha3: "HND", numeric: "340", name: "Honduras", region: "LATIN_AMERICA" },
  { code: "HR", alpha3: "HRV", numeric: "191", name: "Croatia", region: "EUROPE" },
  { code: "HT", alpha3: "HTI", numeric: "332", name: "Haiti", region: "LATIN_AMERICA" },
  { code: "HU", alpha3: "HUN", numeric: "348", name: "Hungary", region: "EUROPE" },
  { code: "ID", alpha3: "IDN", numeric: "360", name: "Indonesia", region: "SOUTHEAST_ASIA" },
  { code: "IE", alpha3: "IRL", numeric: "372", name: "Ireland", region: "EUROPE" },
  { code: "IL", alpha3: "ISR", numeric: "376", name: "Israel", region: "MIDDLE_EAST" },
  { code: "IM", alpha3: "IMN", numeric: "833", name: "Isle of Man", region: "EUROPE" },
  { code: "IN", alpha3: "IND", numeric: "356", name: "India", region: "SOUTH_ASIA" },
  { code: "IO", alpha3: "IOT", numeric: "086", name: "British Indian Ocean Territory", region: "AFRICA" }, // UN M49 Eastern Africa
  { code: "IQ", alpha3: "IRQ", numeric: "368", name: "Iraq", region: "MIDDLE_EAST" },
  { code: "IR", alpha3: "IRN", numeric: "364", name: "Iran, Islamic Republic of", commonName: "Iran", region: "MIDDLE_EAST" }, // UN M49 says Southern Asia; grouped with the Middle East here
  { code: "IS", alpha3: "ISL", numeric: "352", name: "Iceland", region: "EUROPE" },
  { code: "IT", alpha3: "ITA", numeric: "380", name: "Italy", region: "EUROPE" },
  { code: "JE", alpha3: "JEY", numeric: "832", name: "Jersey", region: "EUROPE" },
  { code: "JM", alpha3: "JAM", numeric: "388", name: "Jamaica", region: "LATIN_AMERICA" },
  { code: "JO", alpha3: "JOR", numeric: "400", name: "Jordan", region: "MIDDLE_EAST" },
  { code: "JP", alpha3: "JPN", numeric: "392", name: "Japan", region: "EAST_ASIA" },
  { code: "KE", alpha3: "KEN", numeric: "404", name: "Kenya", region: "AFRICA" },
  { code: "KG", alpha3: "KGZ", numeric: "417", name: "Kyrgyzstan", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "KH", alpha3: "KHM", numeric: "116", name: "Cambodia", region: "SOUTHEAST_ASIA" },
  { code: "KI", alpha3: "KIR", numeric: "296", name: "Kiribati", region: "OCEANIA" },
  { code: "KM", alpha3: "COM", numeric: "174", name: "Comoros", region: "AFRICA" },
  { code: "KN", alpha3: "KNA", numeric: "659", name: "Saint Kitts and Nevis", region: "LATIN_AMERICA" },
  { code: "KP", alpha3: "PRK", numeric: "408", name: "Korea, Democratic People's Republic of", commonName: "North Korea", region: "EAST_ASIA" },
  { code: "KR", alpha3: "KOR", numeric: "410", name: "Korea, Republic of", commonName: "South Korea", region: "EAST_ASIA" },
  { code: "KW", alpha3: "KWT", numeric: "414", name: "Kuwait", region: "MIDDLE_EAST" },
  { code: "KY", alpha3: "CYM", numeric: "136", name: "Cayman Islands", region: "LATIN_AMERICA" },
  { code: "KZ", alpha3: "KAZ", numeric: "398", name: "Kazakhstan", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "LA", alpha3: "LAO", numeric: "418", name: "Lao People's Democratic Republic", commonName: "Laos", region: "SOUTHEAST_ASIA" },
  { code: "LB", alpha3: "LBN", numeric: "422", name: "Lebanon", region: "MIDDLE_EAST" },
  { code: "LC", alpha3: "LCA", numeric: "662", name: "Saint Lucia", region: "LATIN_AMERICA" },
  { code: "LI", alpha3: "LIE", numeric: "438", name: "Liechtenstein", region: "EUROPE" },
  { code: "LK", alpha3: "LKA", numeric: "144", name: "Sri Lanka", region: "SOUTH_ASIA" },
  { code: "LR", alpha3: "LBR", numeric: "430", name: "Liberia", region: "AFRICA" },
  { code: "LS", alpha3: "LSO", numeric: "426", name: "Lesotho", region: "AFRICA" },
  { code: "LT", alpha3: "LTU", numeric: "440", name: "Lithuania", region: "EUROPE" },
  { code: "LU", alpha3: "LUX", numeric: "442", name: "Luxembourg", region: "EUROPE" },
  { code: "LV", alpha3: "LVA", numeric: "428", name: "Latvia", region: "EUROPE" },
  { code: "LY", alpha3: "LBY", numeric: "434", name: "Libya", region: "AFRICA" },
  { code: "MA", alpha3: "MAR", numeric: "504", name: "Morocco", region: "AFRICA" },
  { code: "MC", alpha3: "MCO", numeric: "492", name: "Monaco", region: "EUROPE" },
  { code: "MD", alpha3: "MDA", numeric: "498", name: "Moldova, Republic of", commonName: "Moldova", region: "EUROPE" },
  { code: "ME", alpha3: "MNE", numeric: "499", name: "Montenegro", region: "EUROPE" },
  { code: "MF", alpha3: "MAF", numeric: "663", name: "Saint Martin (French part)", region: "LATIN_AMERICA" },
  { code: "MG", alpha3: "MDG", numeric: "450", name: "Madagascar", region: "AFRICA" },
  { code: "MH", alpha3: "MHL", numeric: "584", name: "Marshall Islands", region: "OCEANIA" },
  { code: "MK", alpha3: "MKD", numeric: "807", name: "North Macedonia", region: "EUROPE" },
  { code: "ML", alpha3: "MLI", numeric: "466", name: "Mali", region: "AFRICA" },
  { code: "MM", alpha3: "MMR", numeric: "104", name: "Myanmar", region: "SOUTHEAST_ASIA" },
  { code: "MN", alpha3: "MNG", numeric: "496", name: "Mongolia", region: "EAST_ASIA" },
  { code: "MO", alpha3: "MAC", numeric: "446", name: "Macao", region: "EAST_ASIA" },
  { code: "MP", alpha3: "MNP", numeric: "580", name: "Northern Mariana Islands", region: "OCEANIA" },
  { code: "MQ", alpha3: "MTQ", numeric: "474", name: "Martinique", region: "LATIN_AMERICA" },
  { code: "MR", alpha3: "MRT", numeric: "478", name: "Mauritania", region: "AFRICA" },
  { code: "MS", alpha3: "MSR", numeric: "500", name: "Montserrat", region: "LATIN_AMERICA" },
  { code: "MT", alpha3: "MLT", numeric: "470", name: "Malta", region: "EUROPE" },
  { code: "MU", alpha3: "MUS", numeric: "480", name: "Mauritius", region: "AFRICA" },
  { code: "MV", alpha3: "MDV", numeric: "462", name: "Maldives", region: "SOUTH_ASIA" },
  { code: "MW", alpha3: "MWI", numeric: "454", name: "Malawi", region: "AFRICA" },
  { code: "MX", alpha3: "MEX", numeric: "484", name: "Mexico", region: "LATIN_AMERICA" },
  { code: "MY", alpha3: "MYS", numeric: "458", name: "Malaysia", region: "SOUTHEAST_ASIA" },
  { code: "MZ", alpha3: "MOZ", numeric: "508", name: "Mozambique", region: "AFRICA" },
  { code: "NA", alpha3: "NAM", numeric: "516", name: "Namibia", region: "AFRICA" },
  { code: "NC", alpha3: "NCL", numeric: "540", name: "New Caledonia", region: "OCEANIA" },
  { code: "NE", alpha3: "NER", numeric: "562", name: "Niger", region: "AFRICA" },
  { code: "NF", alpha3: "NFK", numeric: "574", name: "Norfolk Island", region: "OCEANIA" },
  { code: "NG", alpha3: "NGA", numeric: "566", name: "Nigeria", region: "AFRICA" },
  { code: "NI", alpha3: "NIC", numeric: "558", name: "Nicaragua", region: "LATIN_AMERICA" },
  { code: "NL", alpha3: "NLD", numeric: "528", name: "Netherlands", region: "EUROPE" },
  { code: "NO", alpha3: "NOR", numeric: "578", name: "Norway", region: "EUROPE" },
  { code: "NP", alpha3: "NPL", numeric: "524", name: "Nepal", region: "SOUTH_ASIA" },
  { code: "NR", alpha3: "NRU", numeric: "520", name: "Nauru", region: "OCEANIA" },
  { code: "NU", alpha3: "NIU", numeric: "570", name: "Niue", region: "OCEANIA" },
  { code: "NZ", alpha3: "NZL", numeric: "554", name: "New Zealand", region: "OCEANIA" },
  { code: "OM", alpha3: "OMN", numeric: "512", name: "Oman", region: "MIDDLE_EAST" },
  { code: "PA", alpha3: "PAN", numeric: "591", name: "Panama", region: "LATIN_AMERICA" },
  { code: "PE", alpha3: "PER", numeric: "604", name: "Peru", region: "LATIN_AMERICA" },
  { code: "PF", alpha3: "PYF", numeric: "258", name: "French Polynesia", region: "OCEANIA" },
  { code: "PG", alpha3: "PNG", numeric: "598", name: "Papua New Guinea", region: "OCEANIA" },
  { code: "PH", alpha3: "PHL", numeric: "608", name: "Philippines", region: "SOUTHEAST_ASIA" },
  { code: "PK", alpha3: "PAK", numeric: "586", name: "Pakistan", region: "SOUTH_ASIA" },
  { code: "PL", alpha3: "POL", numeric: "616", name: "Poland", region: "EUROPE" },
  { code: "PM", alpha3: "SPM", numeric: "666", name: "Saint Pierre and Miquelon", region: "NORTH_AMERICA" },
  { code: "PN", alpha3: "PCN", numeric: "612", name: "Pitcairn", region: "OCEANIA" },
  { code: "PR", alpha3: "PRI", numeric: "630", name: "Puerto Rico", region: "LATIN_AMERICA" },
  { code: "PS", alpha3: "PSE", numeric: "275", name: "Palestine, State of", region: "MIDDLE_EAST" },
  { code: "PT", alpha3: "PRT", numeric: "620", name: "Portugal", region: "EUROPE" },
  { code: "PW", alpha3: "PLW", numeric: "585", name: "Palau", region: "OCEANIA" },
  { code: "PY", alpha3: "PRY", numeric: "600", name: "Paraguay", region: "LATIN_AMERICA" },
  { code: "QA", alpha3: "QAT", numeric: "634", name: "Qatar", region: "MIDDLE_EAST" },
  { code: "RE", alpha3: "REU", numeric: "638", name: "Réunion", region: "AFRICA" },
  { code: "RO", alpha3: "ROU", numeric: "642", name: "Romania", region: "EUROPE" },
  { code: "RS", alpha3: "SRB", numeric: "688", name: "Serbia", region: "EUROPE" },
  { code: "RU", alpha3: "RUS", numeric: "643", name: "Russian Federation", region: "EUROPE" }, // transcontinental; placed in EUROPE by project decision
  { code: "RW", alpha3: "RWA", numeric: "646", name: "Rwanda", region: "AFRICA" },
  { code: "SA", alpha3: "SAU", numeric: "682", name: "Saudi Arabia", region: "MIDDLE_EAST" },
  { code: "SB", alpha3: "SLB", numeric: "090", name: "Solomon Islands", region: "OCEANIA" },
  { code: "SC", alpha3: "SYC", numeric: "690", name: "Seychelles", region: "AFRICA" },
  { code: "SD", alpha3: "SDN", numeric: "729", name: "Sudan", region: "AFRICA" },
  { code: "SE", alpha3: "SWE", numeric: "752", name: "Sweden", region: "EUROPE" },
  { code: "SG", alpha3: "SGP", numeric: "702", name: "Singapore", region: "SOUTHEAST_ASIA" },
  { code: "SH", alpha3: "SHN", numeric: "654", name: "Saint Helena, Ascension and Tristan da Cunha", region: "AFRICA" },
  { code: "SI", alpha3: "SVN", numeric: "705", name: "Slovenia", region: "EUROPE" },
  { code: "SJ", alpha3: "SJM", numeric: "744", name: "Svalbard and Jan Mayen", region: "EUROPE" },
  { code: "SK", alpha3: "SVK", numeric: "703", name: "Slovakia", region: "EUROPE" },
  { code: "SL", alpha3: "SLE", numeric: "694", name: "Sierra Leone", region: "AFRICA" },
  { code: "SM", alpha3: "SMR", numeric: "674", name: "San Marino", region: "EUROPE" },
  { code: "SN", alpha3: "SEN", numeric: "686", name: "Senegal", region: "AFRICA" },
  { code: "SO", alpha3: "SOM", numeric: "706", name: "Somalia", region: "AFRICA" },
  { code: "SR", alpha3: "SUR", numeric: "740", name: "Suriname", region: "LATIN_AMERICA" },
  { code: "SS", alpha3: "SSD", numeric: "728", name: "South Sudan", region: "AFRICA" },
  { code: "ST", alpha3: "STP", numeric: "678", name: "Sao Tome and Principe", region: "AFRICA" },
  { code: "SV", alpha3: "SLV", numeric: "222", name: "El Salvador", region: "LATIN_AMERICA" },
  { code: "SX", alpha3: "SXM", numeric: "534", name: "Sint Maarten (Dutch part)", region: "LATIN_AMERICA" },
  { code: "SY", alpha3: "SYR", numeric: "760", name: "Syrian Arab Republic", commonName: "Syria", region: "MIDDLE_EAST" },
  { code: "SZ", alpha3: "SWZ", numeric: "748", name: "Eswatini", region: "AFRICA" },
  { code: "TC", alpha3: "TCA", numeric: "796", name: "Turks and Caicos Islands", region: "LATIN_AMERICA" },
  { code: "TD", alpha3: "TCD", numeric: "148", name: "Chad", region: "AFRICA" },
  { code: "TF", alpha3: "ATF", numeric: "260", name: "French Southern Territories", region: "AFRICA" }, // UN M49 Eastern Africa
  { code: "TG", alpha3: "TGO", numeric: "768", name: "Togo", region: "AFRICA" },
  { code: "TH", alpha3: "THA", numeric: "764", name: "Thailand", region: "SOUTHEAST_ASIA" },
  { code: "TJ", alpha3: "TJK", numeric: "762", name: "Tajikistan", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "TK", alpha3: "TKL", numeric: "772", name: "Tokelau", region: "OCEANIA" },
  { code: "TL", alpha3: "TLS", numeric: "626", name: "Timor-Leste", region: "SOUTHEAST_ASIA" },
  { code: "TM", alpha3: "TKM", numeric: "795", name: "Turkmenistan", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "TN", alpha3: "TUN", numeric: "788", name: "Tunisia", region: "AFRICA" },
  { code: "TO", alpha3: "TON", numeric: "776", name: "Tonga", region: "OCEANIA" },
  { code: "TR", alpha3: "TUR", numeric: "792", name: "Türkiye", region: "EUROPE" }, // transcontinental; placed in EUROPE by project decision
  { code: "TT", alpha3: "TTO", numeric: "780", name: "Trinidad and Tobago", region: "LATIN_AMERICA" },
  { code: "TV", alpha3: "TUV", numeric: "798", name: "Tuvalu", region: "OCEANIA" },
  { code: "TW", alpha3: "TWN", numeric: "158", name: "Taiwan, Province of China", commonName: "Taiwan", region: "EAST_ASIA" },
  { code: "TZ", alpha3: "TZA", numeric: "834", name: "Tanzania, United Republic of", commonName: "Tanzania", region: "AFRICA" },
  { code: "UA", alpha3: "UKR", numeric: "804", name: "Ukraine", region: "EUROPE" },
  { code: "UG", alpha3: "UGA", numeric: "800", name: "Uganda", region: "AFRICA" },
  { code: "UM", alpha3: "UMI", numeric: "581", name: "United States Minor Outlying Islands", region: "OCEANIA" }, // UN M49 Micronesia (Oceania)
  { code: "US", alpha3: "USA", numeric: "840", name: "United States", region: "NORTH_AMERICA" },
  { code: "UY", alpha3: "URY", numeric: "858", name: "Uruguay", region: "LATIN_AMERICA" },
  { code: "UZ", alpha3: "UZB", numeric: "860", name: "Uzbekistan", region: "CENTRAL_ASIA_CAUCASUS" },
  { code: "VA", alpha3: "VAT", numeric: "336", name: "Holy See (Vatican City State)", region: "EUROPE" },
  { code: "VC", alpha3: "VCT", numeric: "670", name: "Saint Vincent and the Grenadines", region: "LATIN_AMERICA" },
  { code: "VE", alpha3: "VEN", numeric: "862", name: "Venezuela, Bolivarian Republic of", commonName: "Venezuela", region: "LATIN_AMERICA" },
  { code: "VG", alpha3: "VGB", numeric: "092", name: "Virgin Islands, British", region: "LATIN_AMERICA" },
  { code: "VI", alpha3: "VIR", numeric: "850", name: "Virgin Islands, U.S.", region: "LATIN_AMERICA" },
  { code: "VN", alpha3: "VNM", numeric: "704", name: "Viet Nam", commonName: "Vietnam", region: "SOUTHEAST_ASIA" },
  { code: "VU", alpha3: "VUT", numeric: "548", name: "Vanuatu", region: "OCEANIA" },
  { code: "WF", alpha3: "WLF", numeric: "876", name: "Wallis and Futuna", region: "OCEANIA" },
  { code: "WS", alpha3: "WSM", numeric: "882", name: "Samoa", region: "OCEANIA" },
  { code: "YE", alpha3: "YEM", numeric: "887", name: "Yemen", region: "MIDDLE_EAST" },
  { code: "YT", alpha3: "MYT", numeric: "175", name: "Mayotte", region: "AFRICA" },
  { code: "ZA", alpha3: "ZAF", numeric: "710", name: "South Africa", region: "AFRICA" },
  { code: "ZM", alpha3: "ZMB", numeric: "894", name: "Zambia", region: "AFRICA" },
  { code: "ZW", alpha3: "ZWE", numeric: "716", name: "Zimbabwe", region: "AFRICA" },
] as const satisfies readonly Country[];

const BY_ALPHA2: ReadonlyMap<string, Country> = new Map<string, Country>(COUNTRIES.map((c) => [c.code, c] as const));
const BY_ALPHA3: ReadonlyMap<string, Country> = new Map<string, Country>(COUNTRIES.map((c) => [c.alpha3, c] as const));
const BY_NUMERIC: ReadonlyMap<string, Country> = new Map<string, Country>(COUNTRIES.map((c) => [c.numeric, c] as const));

/** Look up by ISO alpha-2 (case-insensitive); alpha-3 is accepted too. */
export function countryByCode(code: string): Country | undefined {
  const key = code.trim().toUpperCase();
  return key.length === 3 ? BY_ALPHA3.get(key) : BY_ALPHA2.get(key);
}

/** Look up by ISO numeric code ("31", "031" and 31 all find Azerbaijan). */
export function countryByNumeric(numeric: string | number): Country | undefined {
  const n = Number(numeric);
  if (!Number.isInteger(n) || n < 0 || n > 999) return undefined;
  return BY_NUMERIC.get(String(n).padStart(3, "0"));
}

/** Display name: the common name when there is one, else the ISO short name. */
export function countryDisplayName(country: Country): string {
  return country.commonName ?? country.name;
}

export function countriesInRegion(region: WorldRegion): readonly Country[] {
  return COUNTRIES.filter((c) => c.region === region);
}
