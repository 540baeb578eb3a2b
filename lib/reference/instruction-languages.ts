/**
 * Languages of instruction in the reader's language. Calls store the language as staff typed it,
 * usually an English name ("English", "German and English"); a Russian or Azerbaijani page must say
 * "английский" or "ingilis", not "English". Names are recognised in English, Azerbaijani and
 * Russian (and as ISO 639-1 codes) and shown through the runtime's CLDR data (`Intl.DisplayNames`),
 * so no translation table is kept by hand. A name not recognised is shown as typed.
 */

/** ISO 639-1 codes of the languages universities teach in, the ones a call is likely to name. */
const LANGUAGE_CODES = [
  "ar", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "ga", "he", "hi", "hr",
  "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "ko", "ky", "lt", "lv", "mk", "mn", "ms", "mt", "nl", "no", "pl", "pt", "ro",
  "ru", "sk", "sl", "sq", "sr", "sv", "tg", "th", "tk", "tr", "uk", "ur", "uz", "vi", "zh",
] as const;

/** Names people type that CLDR does not give ("Farsi", "Mandarin", "Norwegian Bokmål"…). */
const EXTRA_NAMES: Record<string, string> = {
  farsi: "fa",
  mandarin: "zh",
  "norwegian bokmål": "no",
  "norwegian bokmal": "no",
  azeri: "az",
  "azərbaycan": "az",
};

const NAME_LOCALES = ["en", "az", "ru"] as const;

let codeByName: Map<string, string> | undefined;

function normalise(name: string): string {
  // "İngilis": the dotted capital I would lower-case to "i" plus a combining dot.
  return name.trim().replace(/İ/g, "i").toLocaleLowerCase("en").normalize("NFC").replace(/\s+/g, " ");
}

function namesIndex(): Map<string, string> {
  if (codeByName) return codeByName;
  codeByName = new Map(Object.entries(EXTRA_NAMES));
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: "language" });
    for (const code of LANGUAGE_CODES) {
      const name = names.of(code);
      if (name) {
        codeByName.set(normalise(name), code);
        // Azerbaijani says "ingilis dili" as often as "ingilis".
        if (locale === "az") codeByName.set(`${normalise(name)} dili`, code);
      }
      codeByName.set(code, code);
    }
  }
  return codeByName;
}

/** The ISO 639-1 code of a typed language name or code ("English", "İngilis", "en" → "en"), or null. */
export function languageCode(name: string): string | null {
  return namesIndex().get(normalise(name)) ?? null;
}

const displayNames = new Map<string, Intl.DisplayNames>();

function displayNameOf(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** "and", "or", "," and "/" between names: "English and German", "English/Turkish". */
const SEPARATOR = /\s*[,;/&+]\s*|\s+(?:and|or|və|və ya|и|или)\s+/iu;

/** "English or German": either language, not both. */
const ALTERNATIVES = /\s(?:or|или|və ya)\s/iu;

/**
 * The stored language of instruction in the reader's language, in lower case as it sits inside a
 * sentence in Azerbaijani and Russian ("English and German" → "английский, немецкий" in Russian).
 * Text that is not a recognised name is returned as typed.
 */
export function languageName(stored: string, locale: string): string {
  const parts = stored.split(SEPARATOR).filter((part) => part.trim() !== "");
  const codes = parts.map(languageCode);
  if (parts.length === 0 || codes.some((code) => code === null)) return stored.trim();
  const names = [...new Set(codes as string[])].map((code) => displayNameOf(code, locale));
  const type = ALTERNATIVES.test(stored) ? "disjunction" : "conjunction";
  return new Intl.ListFormat(locale, { type }).format(names);
}

/** The first letter in upper case by the language's rules ("ingilis" → "İngilis" in Azerbaijani). */
export function capitalised(text: string, locale: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase(locale) + text.slice(1);
}
