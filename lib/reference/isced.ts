/**
 * ISCED-F 2013: the UNESCO International Standard Classification of Education,
 * Fields of education and training. These are the subject-area codes used in
 * Erasmus+ inter-institutional agreements and mobility reporting.
 *
 * 12 broad (2-digit), 58 narrow (3-digit) and 149 detailed (4-digit) fields, in code
 * order, each detailed field directly after its narrow field. 80 detailed fields are
 * substantive; the rest are the classification's residual codes, flagged by `residual`:
 *  - "nfd": "not further defined" (xx0 / xxx0): the programme cannot be placed more
 *    precisely, e.g. 0230 Languages not further defined;
 *  - "nec": "not elsewhere classified" (xx9 / xxx9);
 *  - "interdisciplinary": xx8 / xx88;
 *  - "unknown": 99 / 999 / 9999 Field unknown.
 * A UI picking a subject area will usually offer the substantive fields plus the "nfd" ones.
 *
 * The names here are the classification's English ones. People read them through `iscedName` and
 * `iscedLabel`, in their own language: Azerbaijani and Russian names live in isced-names-az.ts and
 * isced-names-ru.ts (decision 015), and a language without a name falls back to English.
 */

import { AZ_ISCED_NAMES } from "./isced-names-az";
import { RU_ISCED_NAMES } from "./isced-names-ru";

type IscedLevel = "broad" | "narrow" | "detailed";

type IscedResidual = "nfd" | "nec" | "interdisciplinary" | "unknown";

interface IscedField {
  readonly code: string;
  readonly name: string;
  readonly level: IscedLevel;
  /** Code of the enclosing broad (for narrow) or narrow (for detailed) field. */
  readonly parent?: string;
  readonly residual?: IscedResidual;
}

export const ISCED_FIELDS = [
  { code: "00", name: "Generic programmes and qualifications", level: "broad" },
  { code: "000", name: "Generic programmes and qualifications not further defined", level: "narrow", parent: "00", residual: "nfd" },
    { code: "0000", name: "Generic programmes and qualifications not further defined", level: "detailed", parent: "000", residual: "nfd" },
  { code: "001", name: "Basic programmes and qualifications", level: "narrow", parent: "00" },
    { code: "0011", name: "Basic programmes and qualifications", level: "detailed", parent: "001" },
  { code: "002", name: "Literacy and numeracy", level: "narrow", parent: "00" },
    { code: "0021", name: "Literacy and numeracy", level: "detailed", parent: "002" },
  { code: "003", name: "Personal skills and development", level: "narrow", parent: "00" },
    { code: "0031", name: "Personal skills and development", level: "detailed", parent: "003" },
  { code: "009", name: "Generic programmes and qualifications not elsewhere classified", level: "narrow", parent: "00", residual: "nec" },
    { code: "0099", name: "Generic programmes and qualifications not elsewhere classified", level: "detailed", parent: "009", residual: "nec" },
  { code: "01", name: "Education", level: "broad" },
  { code: "011", name: "Education", level: "narrow", parent: "01" },
    { code: "0110", name: "Education not further defined", level: "detailed", parent: "011", residual: "nfd" },
    { code: "0111", name: "Education science", level: "detailed", parent: "011" },
    { code: "0112", name: "Training for pre-school teachers", level: "detailed", parent: "011" },
    { code: "0113", name: "Teacher training without subject specialisation", level: "detailed", parent: "011" },
    { code: "0114", name: "Teacher training with subject specialisation", level: "detailed", parent: "011" },
    { code: "0119", name: "Education not elsewhere classified", level: "detailed", parent: "011", residual: "nec" },
  { code: "018", name: "Inter-disciplinary programmes and qualifications involving education", level: "narrow", parent: "01", residual: "interdisciplinary" },
    { code: "0188", name: "Inter-disciplinary programmes and qualifications involving education", level: "detailed", parent: "018", residual: "interdisciplinary" },
  { code: "02", name: "Arts and humanities", level: "broad" },
  { code: "020", name: "Arts and humanities not further defined", level: "narrow", parent: "02", residual: "nfd" },
    { code: "0200", name: "Arts and humanities not further defined", level: "detailed", parent: "020", residual: "nfd" },
  { code: "021", name: "Arts", level: "narrow", parent: "02" },
    { code: "0210", name: "Arts not further defined", level: "detailed", parent: "021", residual: "nfd" },
    { code: "0211", name: "Audio-visual techniques and media production", level: "detailed", parent: "021" },
    { code: "0212", name: "Fashion, interior and industrial design", level: "detailed", parent: "021" },
    { code: "0213", name: "Fine arts", level: "detailed", parent: "021" },
    { code: "0214", name: "Handicrafts", level: "detailed", parent: "021" },
    { code: "0215", name: "Music and performing arts", level: "detailed", parent: "021" },
    { code: "0219", name: "Arts not elsewhere classified", level: "detailed", parent: "021", residual: "nec" },
  { code: "022", name: "Humanities (except languages)", level: "narrow", parent: "02" },
    { code: "0220", name: "Humanities (except languages) not further defined", level: "detailed", parent: "022", residual: "nfd" },
    { code: "0221", name: "Religion and theology", level: "detailed", parent: "022" },
    { code: "0222", name: "History and archaeology", level: "detailed", parent: "022" },
    { code: "0223", name: "Philosophy and ethics", level: "detailed", parent: "022" },
    { code: "0229", name: "Humanities (except languages) not elsewhere classified", level: "detailed", parent: "022", residual: "nec" },
  { code: "023", name: "Languages", level: "narrow", parent: "02" },
    { code: "0230", name: "Languages not further defined", level: "detailed", parent: "023", residual: "nfd" },
    { code: "0231", name: "Language acquisition", level: "detailed", parent: "023" },
    { code: "0232", name: "Literature and linguistics", level: "detailed", parent: "023" },
    { code: "0239", name: "Languages not elsewhere classified", level: "detailed", parent: "023", residual: "nec" },
  { code: "028", name: "Inter-disciplinary programmes and qualifications involving arts and humanities", level: "narrow", parent: "02", residual: "interdisciplinary" },
    { code: "0288", name: "Inter-disciplinary programmes and qualifications involving arts and humanities", level: "detailed", parent: "028", residual: "interdisciplinary" },
  { code: "029", name: "Arts and humanities not elsewhere classified", level: "narrow", parent: "02", residual: "nec" },
    { code: "0299", name: "Arts and humanities not elsewhere classified", level: "detailed", parent: "029", residual: "nec" },
  { code: "03", name: "Social sciences, journalism and information", level: "broad" },
  { code: "030", name: "Social sciences, journalism and information not further defined", level: "narrow", parent: "03", residual: "nfd" },
    { code: "0300", name: "Social sciences, journalism and information not further defined", level: "detailed", parent: "030", residual: "nfd" },
  { code: "031", name: "Social and behavioural sciences", level: "narrow", parent: "03" },
    { code: "0310", name: "Social and behavioural sciences not further defined", level: "detailed", parent: "031", residual: "nfd" },
    { code: "0311", name: "Economics", level: "detailed", parent: "031" },
    { code: "0312", name: "Political sciences and civics", level: "detailed", parent: "031" },
    { code: "0313", name: "Psychology", level: "detailed", parent: "031" },
    { code: "0314", name: "Sociology and cultural studies", level: "detailed", parent: "031" },
    { code: "0319", name: "Social and behavioural sciences not elsewhere classified", level: "detailed", parent: "031", residual: "nec" },
  { code: "032", name: "Journalism and information", level: "narrow", parent: "03" },
    { code: "0320", name: "Journalism and information not further defined", level: "detailed", parent: "032", residual: "nfd" },
    { code: "0321", name: "Journalism and reporting", level: "detailed", parent: "032" },
    { code: "0322", name: "Library, information and archival studies", level: "detailed", parent: "032" },
    { code: "0329", name: "Journalism and information not elsewhere classified", level: "detailed", parent: "032", residual: "nec" },
  { code: "038", name: "Inter-disciplinary programmes and qualifications involving social sciences, journalism and information", level: "narrow", parent: "03", residual: "interdisciplinary" },
    { code: "0388", name: "Inter-disciplinary programmes and qualifications involving social sciences, journalism and information", level: "detailed", parent: "038", residual: "interdisciplinary" },
  { code: "039", name: "Social sciences, journalism and information not elsewhere classified", level: "narrow", parent: "03", residual: "nec" },
    { code: "0399", name: "Social sciences, journalism and information not elsewhere classified", level: "detailed", parent: "039", residual: "nec" },
  { code: "04", name: "Business, administration and law", level: "broad" },
  { code: "040", name: "Business, administration and law not further defined", level: "narrow", parent: "04", residual: "nfd" },
    { code: "0400", name: "Business, administration and law not further defined", level: "detailed", parent: "040", residual: "nfd" },
  { code: "041", name: "Business and administration", level: "narrow", parent: "04" },
    { code: "0410", name: "Business and administration not further defined", level: "detailed", parent: "041", residual: "nfd" },
    { code: "0411", name: "Accounting and taxation", level: "detailed", parent: "041" },
    { code: "0412", name: "Finance, banking and insurance", level: "detailed", parent: "041" },
    { code: "0413", name: "Management and administration", level: "detailed", parent: "041" },
    { code: "0414", name: "Marketing and advertising", level: "detailed", parent: "041" },
    { code: "0415", name: "Secretarial and office work", level: "detailed", parent: "041" },
    { code: "0416", name: "Wholesale and retail sales", level: "detailed", parent: "041" },
    { code: "0417", name: "Work skills", level: "detailed", parent: "041" },
    { code: "0419", name: "Business and administration not elsewhere classified", level: "detailed", parent: "041", residual: "nec" },
  { code: "042", name: "Law", level: "narrow", parent: "04" },
    { code: "0421", name: "Law", level: "detailed", parent: "042" },
  { code: "048", name: "Inter-disciplinary programmes and qualifications involving business, administration and law", level: "narrow", parent: "04", residual: "interdisciplinary" },
    { code: "0488", name: "Inter-disciplinary programmes and qualifications involving business, administration and law", level: "detailed", parent: "048", residual: "interdisciplinary" },
  { code: "049", name: "Business, administration and law not elsewhere classified", level: "narrow", parent: "04", residual: "nec" },
    { code: "0499", name: "Business, administration and law not elsewhere classified", level: "detailed", parent: "049", residual: "nec" },
  { code: "05", name: "Natural sciences, mathematics and statistics", level: "broad" },
  { code: "050", name: "Natural sciences, mathematics and statistics not further defined", level: "narrow", parent: "05", residual: "nfd" },
    { code: "0500", name: "Natural sciences, mathematics and statistics not further defined", level: "detailed", parent: "050", residual: "nfd" },
  { code: "051", name: "Biological and related sciences", level: "narrow", parent: "05" },
    { code: "0510", name: "Biological and related sciences not further defined", level: "detailed", parent: "051", residual: "nfd" },
    { code: "0511", name: "Biology", level: "detailed", parent: "051" },
    { code: "0512", name: "Biochemistry", level: "detailed", parent: "051" },
    { code: "0519", name: "Biological and related sciences not elsewhere classified", level: "detailed", parent: "051", residual: "nec" },
  { code: "052", name: "Environment", level: "narrow", parent: "05" },
    { code: "0520", name: "Environment not further defined", level: "detailed", parent: "052", residual: "nfd" },
    { code: "0521", name: "Environmental sciences", level: "detailed", parent: "052" },
    { code: "0522", name: "Natural environments and wildlife", level: "detailed", parent: "052" },
    { code: "0529", name: "Environment not elsewhere classified", level: "detailed", parent: "052", residual: "nec" },
  { code: "053", name: "Physical sciences", level: "narrow", parent: "05" },
    { code: "0530", name: "Physical sciences not further defined", level: "detailed", parent: "053", residual: "nfd" },
    { code: "0531", name: "Chemistry", level: "detailed", parent: "053" },
    { code: "0532", name: "Earth sciences", level: "detailed", parent: "053" },
    { code: "0533", name: "Physics", level: "detailed", parent: "053" },
    { code: "0539", name: "Physical sciences not elsewhere classified", level: "detailed", parent: "053", residual: "nec" },
  { code: "054", name: "Mathematics and statistics", level: "narrow", parent: "05" },
    { code: "0540", name: "Mathematics and statistics not further defined", level: "detailed", parent: "054", residual: "nfd" },
    { code: "0541", name: "Mathematics", level: "detailed", parent: "054" },
    { code: "0542", name: "Statistics", level: "detailed", parent: "054" },
  { code: "058", name: "Inter-disciplinary programmes and qualifications involving natural sciences, mathematics and statistics", level: "narrow", parent: "05", residual: "interdisciplinary" },
    { code: "0588", name: "Inter-disciplinary programmes and qualifications involving natural sciences, mathematics and statistics", level: "detailed", parent: "058", residual: "interdisciplinary" },
  { code: "059", name: "Natural sciences, mathematics and statistics not elsewhere classified", level: "narrow", parent: "05", residual: "nec" },
    { code: "0599", name: "Natural sciences, mathematics and statistics not elsewhere classified", level: "detailed", parent: "059", residual: "nec" },
  { code: "06", name: "Information and Communication Technologies (ICTs)", level: "broad" },
  { code: "061", name: "Information and Communication Technologies (ICTs)", level: "narrow", parent: "06" },
    { code: "0610", name: "Information and Communication Technologies (ICTs) not further defined", level: "detailed", parent: "061", residual: "nfd" },
    { code: "0611", name: "Computer use", level: "detailed", parent: "061" },
    { code: "0612", name: "Database and network design and administration", level: "detailed", parent: "061" },
    { code: "0613", name: "Software and applications development and analysis", level: "detailed", parent: "061" },
    { code: "0619", name: "Information and Communication Technologies (ICTs) not elsewhere classified", level: "detailed", parent: "061", residual: "nec" },
  { code: "068", name: "Inter-disciplinary programmes and qualifications involving Information and Communication Technologies (ICTs)", level: "narrow", parent: "06", residual: "interdisciplinary" },
    { code: "0688", name: "Inter-disciplinary programmes and qualifications involving Information and Communication Technologies (ICTs)", level: "detailed", parent: "068", residual: "interdisciplinary" },
  { code: "07", name: "Engineering, manufacturing and construction", level: "broad" },
  { code: "070", name: "Engineering, manufacturing and construction not further defined", level: "narrow", parent: "07", residual: "nfd" },
    { code: "0700", name: "Engineering, manufacturing and construction not further defined", level: "detailed", parent: "070", residual: "nfd" },
  { code: "071", name: "Engineering and engineering trades", level: "narrow", parent: "07" },
    { code: "0710", name: "Engineering and engineering trades not further defined", level: "detailed", parent: "071", residual: "nfd" },
    { code: "0711", name: "Chemical engineering and processes", level: "detailed", parent: "071" },
    { code: "0712", name: "Environmental protection technology", level: "detailed", parent: "071" },
    { code: "0713", name: "Electricity and energy", level: "detailed", parent: "071" },
    { code: "0714", name: "Electronics and automation", level: "detailed", parent: "071" },
    { code: "0715", name: "Mechanics and metal trades", level: "detailed", parent: "071" },
    { code: "0716", name: "Motor vehicles, ships and aircraft", level: "detailed", parent: "071" },
    { code: "0719", name: "Engineering and engineering trades not elsewhere classified", level: "detailed", parent: "071", residual: "nec" },
  { code: "072", name: "Manufacturing and processing", level: "narrow", parent: "07" },
    { code: "0720", name: "Manufacturing and processing not further defined", level: "detailed", parent: "072", residual: "nfd" },
    { code: "0721", name: "Food processing", level: "detailed", parent: "072" },
    { code: "0722", name: "Materials (glass, paper, plastic and wood)", level: "detailed", parent: "072" },
    { code: "0723", name: "Textiles (clothes, footwear and leather)", level: "detailed", parent: "072" },
    { code: "0724", name: "Mining and extraction", level: "detailed", parent: "072" },
    { code: "0729", name: "Manufacturing and processing not elsewhere classified", level: "detailed", parent: "072", residual: "nec" },
  { code: "073", name: "Architecture and construction", level: "narrow", parent: "07" },
    { code: "0730", name: "Architecture and construction not further defined", level: "detailed", parent: "073", residual: "nfd" },
    { code: "0731", name: "Architecture and town planning", level: "detailed", parent: "073" },
    { code: "0732", name: "Building and civil engineering", level: "detailed", parent: "073" },
  { code: "078", name: "Inter-disciplinary programmes and qualifications involving engineering, manufacturing and construction", level: "narrow", parent: "07", residual: "interdisciplinary" },
    { code: "0788", name: "Inter-disciplinary programmes and qualifications involving engineering, manufacturing and construction", level: "detailed", parent: "078", residual: "interdisciplinary" },
  { code: "079", name: "Engineering, manufacturing and construction not elsewhere classified", level: "narrow", parent: "07", residual: "nec" },
    { code: "0799", name: "Engineering, manufacturing and construction not elsewhere classified", level: "detailed", parent: "079", residual: "nec" },
  { code: "08", name: "Agriculture, forestry, fisheries and veterinary", level: "broad" },
  { code: "080", name: "Agriculture, forestry, fisheries and veterinary not further defined", level: "narrow", parent: "08", residual: "nfd" },
    { code: "0800", name: "Agriculture, forestry, fisheries and veterinary not further defined", level: "detailed", parent: "080", residual: "nfd" },
  { code: "081", name: "Agriculture", level: "narrow", parent: "08" },
    { code: "0810", name: "Agriculture not further defined", level: "detailed", parent: "081", residual: "nfd" },
    { code: "0811", name: "Crop and livestock production", level: "detailed", parent: "081" },
    { code: "0812", name: "Horticulture", level: "detailed", parent: "081" },
    { code: "0819", name: "Agriculture not elsewhere classified", level: "detailed", parent: "081", residual: "nec" },
  { code: "082", name: "Forestry", level: "narrow", parent: "08" },
    { code: "0821", name: "Forestry", level: "detailed", parent: "082" },
  { code: "083", name: "Fisheries", level: "narrow", parent: "08" },
    { code: "0831", name: "Fisheries", level: "detailed", parent: "083" },
  { code: "084", name: "Veterinary", level: "narrow", parent: "08" },
    { code: "0841", name: "Veterinary", level: "detailed", parent: "084" },
  { code: "088", name: "Inter-disciplinary programmes and qualifications involving agriculture, forestry, fisheries and veterinary", level: "narrow", parent: "08", residual: "interdisciplinary" },
    { code: "0888", name: "Inter-disciplinary programmes and qualifications involving agriculture, forestry, fisheries and veterinary", level: "detailed", parent: "088", residual: "interdisciplinary" },
  { code: "089", name: "Agriculture, forestry, fisheries and veterinary not elsewhere classified", level: "narrow", parent: "08", residual: "nec" },
    { code: "0899", name: "Agriculture, forestry, fisheries and veterinary not elsewhere classified", level: "detailed", parent: "089", residual: "nec" },
  { code: "09", name: "Health and welfare", level: "broad" },
  { code: "090", name: "Health and welfare not further defined", level: "narrow", parent: "09", residual: "nfd" },
    { code: "0900", name: "Health and welfare not further defined", level: "detailed", parent: "090", residual: "nfd" },
  { code: "091", name: "Health", level: "narrow", parent: "09" },
    { code: "0910", name: "Health not further defined", level: "detailed", parent: "091", residual: "nfd" },
    { code: "0911", name: "Dental studies", level: "detailed", parent: "091" },
    { code: "0912", name: "Medicine", level: "detailed", parent: "091" },
    { code: "0913", name: "Nursing and midwifery", level: "detailed", parent: "091" },
    { code: "0914", name: "Medical diagnostic and treatment technology", level: "detailed", parent: "091" },
    { code: "0915", name: "Therapy and rehabilitation", level: "detailed", parent: "091" },
    { code: "0916", name: "Pharmacy", level: "detailed", parent: "091" },
    { code: "0917", name: "Traditional and complementary medicine and therapy", level: "detailed", parent: "091" },
    { code: "0919", name: "Health not elsewhere classified", level: "detailed", parent: "091", residual: "nec" },
  { code: "092", name: "Welfare", level: "narrow", parent: "09" },
    { code: "0920", name: "Welfare not further defined", level: "detailed", parent: "092", residual: "nfd" },
    { code: "0921", name: "Care of the elderly and of disabled adults", level: "detailed", parent: "092" },
    { code: "0922", name: "Child care and youth services", level: "detailed", parent: "092" },
    { code: "0923", name: "Social work and counselling", level: "detailed", parent: "092" },
    { code: "0929", name: "Welfare not elsewhere classified", level: "detailed", parent: "092", residual: "nec" },
  { code: "098", name: "Inter-disciplinary programmes and qualifications involving health and welfare", level: "narrow", parent: "09", residual: "interdisciplinary" },
    { code: "0988", name: "Inter-disciplinary programmes and qualifications involving health and welfare", level: "detailed", parent: "098", residual: "interdisciplinary" },
  { code: "099", name: "Health and welfare not elsewhere classified", level: "narrow", parent: "09", residual: "nec" },
    { code: "0999", name: "Health and welfare not elsewhere classified", level: "detailed", parent: "099", residual: "nec" },
  { code: "10", name: "Services", level: "broad" },
  { code: "100", name: "Services not further defined", level: "narrow", parent: "10", residual: "nfd" },
    { code: "1000", name: "Services not further defined", level: "detailed", parent: "100", residual: "nfd" },
  { code: "101", name: "Personal services", level: "narrow", parent: "10" },
    { code: "1010", name: "Personal services not further defined", level: "detailed", parent: "101", residual: "nfd" },
    { code: "1011", name: "Domestic services", level: "detailed", parent: "101" },
    { code: "1012", name: "Hair and beauty services", level: "detailed", parent: "101" },
    { code: "1013", name: "Hotel, restaurants and catering", level: "detailed", parent: "101" },
    { code: "1014", name: "Sports", level: "detailed", parent: "101" },
    { code: "1015", name: "Travel, tourism and leisure", level: "detailed", parent: "101" },
    { code: "1019", name: "Personal services not elsewhere classified", level: "detailed", parent: "101", residual: "nec" },
  { code: "102", name: "Hygiene and occupational health services", level: "narrow", parent: "10" },
    { code: "1020", name: "Hygiene and occupational health services not further defined", level: "detailed", parent: "102", residual: "nfd" },
    { code: "1021", name: "Community sanitation", level: "detailed", parent: "102" },
    { code: "1022", name: "Occupational health and safety", level: "detailed", parent: "102" },
    { code: "1029", name: "Hygiene and occupational health services not elsewhere classified", level: "detailed", parent: "102", residual: "nec" },
  { code: "103", name: "Security services", level: "narrow", parent: "10" },
    { code: "1030", name: "Security services not further defined", level: "detailed", parent: "103", residual: "nfd" },
    { code: "1031", name: "Military and defence", level: "detailed", parent: "103" },
    { code: "1032", name: "Protection of persons and property", level: "detailed", parent: "103" },
    { code: "1039", name: "Security services not elsewhere classified", level: "detailed", parent: "103", residual: "nec" },
  { code: "104", name: "Transport services", level: "narrow", parent: "10" },
    { code: "1041", name: "Transport services", level: "detailed", parent: "104" },
  { code: "108", name: "Inter-disciplinary programmes and qualifications involving services", level: "narrow", parent: "10", residual: "interdisciplinary" },
    { code: "1088", name: "Inter-disciplinary programmes and qualifications involving services", level: "detailed", parent: "108", residual: "interdisciplinary" },
  { code: "109", name: "Services not elsewhere classified", level: "narrow", parent: "10", residual: "nec" },
    { code: "1099", name: "Services not elsewhere classified", level: "detailed", parent: "109", residual: "nec" },
  { code: "99", name: "Field unknown", level: "broad" },
  { code: "999", name: "Field unknown", level: "narrow", parent: "99", residual: "unknown" },
    { code: "9999", name: "Field unknown", level: "detailed", parent: "999", residual: "unknown" },
] as const satisfies readonly IscedField[];

type IscedCode = (typeof ISCED_FIELDS)[number]["code"];

/**
 * The fields whose name is their own. The others ("not further defined", "not elsewhere classified",
 * "inter-disciplinary") are named after the field they belong to, in every language by one phrase.
 */
type IscedNamedCode = Exclude<(typeof ISCED_FIELDS)[number], { residual: "nfd" | "nec" | "interdisciplinary" }>["code"];

/**
 * ISCED-F names in one more language (decision 015): a name for every field that has its own, and
 * the three phrases that name a residual field after the field it belongs to. The type makes a
 * missing or unknown code a compile error.
 */
export interface IscedTranslation {
  /** Where the names come from, said plainly (an official edition, a maintained package, or our own). */
  source: string;
  names: Record<IscedNamedCode, string>;
  notFurtherDefined: (field: string) => string;
  notElsewhereClassified: (field: string) => string;
  interdisciplinary: (field: string) => string;
}

const ALL: readonly IscedField[] = ISCED_FIELDS;
const BY_CODE: ReadonlyMap<string, IscedField> = new Map(ALL.map((f) => [f.code, f] as const));

function iscedByCode(code: string): IscedField | undefined {
  return BY_CODE.get(code.trim());
}

export function isIscedCode(code: string): code is IscedCode {
  return BY_CODE.has(code);
}

const TRANSLATIONS: Readonly<Record<string, IscedTranslation>> = { az: AZ_ISCED_NAMES, ru: RU_ISCED_NAMES };

/** The field a residual code belongs to: its nearest enclosing field with a name of its own ("0200" → "02"). */
function namedAncestor(field: IscedField): IscedField {
  let current = field;
  while (current.parent && current.residual && current.residual !== "unknown") {
    const parent = BY_CODE.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current;
}

function nameIn(field: IscedField, translation: IscedTranslation): string | undefined {
  const own = (translation.names as Readonly<Record<string, string>>)[field.code];
  if (own) return own;
  const ancestor = namedAncestor(field);
  const ancestorName = ancestor === field ? undefined : nameIn(ancestor, translation);
  if (!ancestorName) return undefined;
  switch (field.residual) {
    case "nfd":
      return translation.notFurtherDefined(ancestorName);
    case "nec":
      return translation.notElsewhereClassified(ancestorName);
    case "interdisciplinary":
      return translation.interdisciplinary(ancestorName);
    default:
      return undefined;
  }
}

/**
 * A field's name in the reader's language ("0231", "az" → "Dillərin öyrənilməsi"), in English when
 * that language has none; an unknown code is returned as it is.
 */
export function iscedName(code: string, locale: string): string {
  const field = iscedByCode(code);
  if (!field) return code;
  const translation = TRANSLATIONS[locale.split("-")[0] ?? locale];
  return (translation && nameIn(field, translation)) ?? field.name;
}

/** "0231 Language acquisition", "0231 Dillərin öyrənilməsi", "0231 Изучение языков" */
export function iscedLabel(code: string, locale: string): string {
  const field = iscedByCode(code);
  return field ? `${field.code} ${iscedName(field.code, locale)}` : code;
}
