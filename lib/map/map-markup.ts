import { BAND_COLOURS, NO_PARTNERS_COLOUR } from "./map-colours";
import { bandOf, MAP_HEIGHT, MAP_WIDTH, worldMapShapes } from "./world-map";

/**
 * The world map as one SVG markup string. A page inserts it as is, so React neither builds nor
 * serialises some 180 elements per request, and the RSC payload carries one string instead of an
 * element tree. The markup depends only on the counts, the selected country and the labels, so it
 * is memoised by the caller's key (locale + filters + counts).
 */

export interface MapMarkupOptions {
  counts: ReadonlyMap<string, number>;
  selected?: string;
  /** Accessible name of the whole map. */
  label: string;
  /** Accessible name (and tooltip) of a country's link, e.g. "Germany: 12 partners". */
  linkLabel: (code: string, count: number) => string;
  hrefFor: (code: string) => string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

// Shared styling lives on the <svg> (descendant variants) so each of the ~180 shapes carries one
// short attribute at most: the markup is sent twice (HTML and RSC payload) on every directory page.
// Fills are presentation attributes (the scale of ./map-colours), so hover and focus rules win.
const SVG_CLASSES = [
  "h-auto w-full rounded-lg border border-border bg-sky-50",
  "[&_path]:stroke-white [&_path]:stroke-[0.5]",
  "[&_a:hover_path]:fill-amber-500 [&_a:focus-visible_path]:fill-amber-500",
  "[&_a[aria-current]_path]:fill-amber-600 [&_a[aria-current]_path]:stroke-foreground [&_a[aria-current]_path]:stroke-[1.5]",
].join(" ");

export function worldMapMarkup({ counts, selected, label, linkLabel, hrefFor }: MapMarkupOptions): string {
  const background: string[] = [];
  const linked: string[] = [];
  for (const shape of worldMapShapes()) {
    const count = shape.code ? (counts.get(shape.code) ?? 0) : 0;
    const band = bandOf(count);
    if (!shape.code || band < 0) {
      background.push(`<path d="${shape.d}"/>`);
      continue;
    }
    const name = escapeMarkup(linkLabel(shape.code, count));
    const current = selected === shape.code ? ' aria-current="true"' : "";
    linked.push(`<a href="${escapeMarkup(hrefFor(shape.code))}" aria-label="${name}"${current}><title>${name}</title><path d="${shape.d}" fill="${BAND_COLOURS[band]}"/></a>`);
  }
  // Countries without partners are one decorative group; the linked ones are drawn on top of it.
  return [
    `<svg viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="${escapeMarkup(label)}" class="${SVG_CLASSES}">`,
    `<g aria-hidden="true" fill="${NO_PARTNERS_COLOUR}">${background.join("")}</g>`,
    ...linked,
    "</svg>",
  ].join("");
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 300;

/** `worldMapMarkup`, remembered by `key` (which must cover everything the options depend on). */
export function memoWorldMapMarkup(key: string, options: MapMarkupOptions): string {
  let markup = memo.get(key);
  if (markup === undefined) {
    markup = worldMapMarkup(options);
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
    memo.set(key, markup);
  }
  return markup;
}
