import type { MAP_BANDS } from "./world-map";

/**
 * The map's colour scale, used by the SVG and by its legend. A country with partners must stand out
 * from one without: every band has a contrast ratio of at least 3:1 against NO_PARTNERS (WCAG 1.4.11,
 * non-text contrast; tests/unit/directory-map.test.ts computes it). The bands darken evenly in
 * lightness, from 3.4:1 for one partner to 14:1 for 25 or more, so neighbouring bands differ too.
 */
export const NO_PARTNERS_COLOUR = "#e2e8f0";

export const BAND_COLOURS = ["#3182bd", "#2166ac", "#0b4a8c", "#08306b", "#061a3a"] as const satisfies { length: (typeof MAP_BANDS)["length"] };
