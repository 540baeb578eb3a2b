import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { countryByNumeric } from "@/lib/reference/countries";
import { CompactPathContext } from "./compact-path";

/**
 * The world map of the partner directory, drawn on the server as SVG path data from the Natural
 * Earth 1:110m countries shipped in `world-atlas` (no tile server, no client script). Projecting is
 * the expensive part, so it happens once per process; a request only picks a fill per country.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface MapShape {
  /** ISO 3166-1 alpha-2 code, or null for the few areas without one (e.g. Kosovo, N. Cyprus). */
  code: string | null;
  /** SVG path data in the MAP_WIDTH × MAP_HEIGHT coordinate system. */
  d: string;
}

const ANTARCTICA = "010";

let shapes: readonly MapShape[] | undefined;

function project(): MapShape[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((country) => country.id !== ANTARCTICA);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features },
  );
  const context = new CompactPathContext();
  const path = geoPath(projection, context);
  return features
    .map((country) => {
      path(country);
      return { code: country.id === undefined ? null : (countryByNumeric(String(country.id))?.code ?? null), d: context.result() };
    })
    .filter((shape) => shape.d !== "");
}

/** The projected countries, computed on first use and kept for the life of the process. */
export function worldMapShapes(): readonly MapShape[] {
  shapes ??= project();
  return shapes;
}

/** Partner-count bands the map shades by (lower bounds); the legend lists the same bands. */
export const MAP_BANDS = [1, 2, 5, 10, 25] as const;

/** The band index of a count (0 for the first band), or -1 for no partners. */
export function bandOf(count: number): number {
  let band = -1;
  MAP_BANDS.forEach((lower, index) => {
    if (count >= lower) band = index;
  });
  return band;
}
