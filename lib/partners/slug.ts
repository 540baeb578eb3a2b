const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ә: "e", ғ: "g", җ: "zh", қ: "k",
  ң: "n", ө: "o", ү: "u", ұ: "u", һ: "h", і: "i", ї: "i", є: "ye", ґ: "g",
};

/** URL-friendly form of a name: "Université Paris 8" → "universite-paris-8", "Бакинский" → "bakinskiy". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC[letter] ?? "")
    .replace(/ı/g, "i")
    .replace(/ə/g, "e")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "item";
}

/**
 * The first of `base`, `base-2`, `base-3`… not in `taken`. Callers load the taken slugs that start
 * with the base in one query, so picking costs no further round trips.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
