import { describe, expect, it } from "vitest";
import { BAND_COLOURS, NO_PARTNERS_COLOUR } from "@/lib/map/map-colours";
import { worldMapMarkup } from "@/lib/map/map-markup";
import { bandOf, MAP_BANDS, MAP_HEIGHT, MAP_WIDTH, worldMapShapes } from "@/lib/map/world-map";

/** WCAG 2 relative luminance of an sRGB colour written "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("the partner world map", () => {
  it("projects the world's countries once, named by ISO code, in a few tens of kilobytes", () => {
    const shapes = worldMapShapes();
    expect(shapes.length).toBeGreaterThan(170);
    expect(worldMapShapes()).toBe(shapes);
    const codes = new Set(shapes.map((shape) => shape.code));
    for (const code of ["AZ", "DE", "US", "JP", "BR", "AU", "ZA"]) expect(codes.has(code)).toBe(true);
    expect(codes.has("AQ")).toBe(false);
    const size = shapes.reduce((sum, shape) => sum + shape.d.length, 0);
    expect(size).toBeLessThan(60_000);
  });

  it("writes valid relative path data that stays inside the map", () => {
    for (const shape of worldMapShapes()) {
      expect(shape.d).toMatch(/^m[-\d ml z]+$/);
      // Replay the relative commands and check every point lies on the canvas.
      let x = 0;
      let y = 0;
      let startX = 0;
      let startY = 0;
      for (const [, command, numbers] of shape.d.matchAll(/([mlz])([^mlz]*)/g)) {
        if (command === "z") {
          x = startX;
          y = startY;
          continue;
        }
        const values = (numbers ?? "").match(/-?\d+/g)!.map(Number);
        expect(values.length % 2).toBe(0);
        for (let i = 0; i < values.length; i += 2) {
          x += values[i]!;
          y += values[i + 1]!;
          if (command === "m" && i === 0) {
            startX = x;
            startY = y;
          }
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(MAP_WIDTH);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
        }
      }
    }
  });

  it("shades countries in bands of partner counts", () => {
    expect([0, 1, 2, 4, 5, 9, 10, 24, 25, 500].map(bandOf)).toEqual([-1, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("tells every shaded country from one without partners: each band has at least 3:1 against none", () => {
    expect(BAND_COLOURS).toHaveLength(MAP_BANDS.length);
    for (const colour of BAND_COLOURS) expect(contrast(colour, NO_PARTNERS_COLOUR), colour).toBeGreaterThanOrEqual(3);
    // Each band is darker than the one before, so more partners always reads as more.
    for (let band = 1; band < BAND_COLOURS.length; band++) {
      expect(contrast(BAND_COLOURS[band]!, BAND_COLOURS[band - 1]!), `band ${band}`).toBeGreaterThanOrEqual(1.3);
      expect(luminance(BAND_COLOURS[band]!)).toBeLessThan(luminance(BAND_COLOURS[band - 1]!));
    }
  });

  it("paints the map with that scale", () => {
    const markup = worldMapMarkup({
      counts: new Map([["NO", 1], ["DE", 30]]),
      label: "Map",
      linkLabel: (code, count) => `${code}: ${count}`,
      hrefFor: (code) => `/partners?country=${code}`,
    });
    expect(markup).toContain(`<g aria-hidden="true" fill="${NO_PARTNERS_COLOUR}">`);
    expect(markup).toMatch(new RegExp(`aria-label="NO: 1"><title>NO: 1</title><path d="[^"]+" fill="${BAND_COLOURS[0]}"/>`));
    expect(markup).toMatch(new RegExp(`aria-label="DE: 30"><title>DE: 30</title><path d="[^"]+" fill="${BAND_COLOURS[4]}"/>`));
  });
});
