import { describe, expect, it } from "vitest";
import { bandOf, MAP_HEIGHT, MAP_WIDTH, worldMapShapes } from "@/lib/map/world-map";

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
});
