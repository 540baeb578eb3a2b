import type { GeoContext } from "d3-geo";

/**
 * A d3-geo path context that writes compact SVG path data: each ring simplified (Douglas–Peucker,
 * within `tolerance` units), rounded to whole units and written with relative coordinates
 * ("m12 30l3-1…"). A unit is about a pixel at the widest size the map is shown, so the outline
 * looks the same at a third of the size of d3's output — and the map is sent twice per page (in
 * the HTML and in the RSC payload).
 */
export class CompactPathContext implements GeoContext {
  private rings: [number, number][][] = [];
  private ring: [number, number][] = [];

  constructor(private readonly tolerance = 0.6) {}

  moveTo(x: number, y: number): void {
    this.endRing();
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }

  closePath(): void {
    this.endRing();
  }

  // geoPath only draws arcs for Point geometries, which country outlines are not.
  arc(_x: number, _y: number, _radius: number, _startAngle: number, _endAngle: number): void {}
  beginPath(): void {}

  /** The path data of everything drawn since the last call. */
  result(): string {
    this.endRing();
    const rings = this.rings.map((points) => roundRing(simplify(points, this.tolerance)));
    this.rings = [];
    // Slivers that collapse at this scale are dropped, unless the shape would vanish entirely.
    const visible = rings.filter((points) => points.length >= 3);
    const kept = visible.length > 0 ? visible : rings.filter((points) => points.length > 0).slice(0, 1);
    // After "z" the current point is the closed ring's start, which the next "m" is relative to.
    let origin: [number, number] = [0, 0];
    return kept
      .map((points) => {
        const d = ringPath(points, origin);
        origin = points[0] ?? origin;
        return d;
      })
      .join("");
  }

  private endRing(): void {
    if (this.ring.length > 0) this.rings.push(this.ring);
    this.ring = [];
  }
}

function roundRing(points: [number, number][]): [number, number][] {
  const rounded: [number, number][] = [];
  for (const [x, y] of points) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (rounded.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) rounded.pop();
  return rounded;
}

/** "m12 30l3-1 2 0z": relative moves; a minus sign separates numbers on its own. */
function ringPath(points: [number, number][], origin: [number, number]): string {
  const [start, ...rest] = points;
  if (!start) return "";
  const mx = start[0] - origin[0];
  const my = start[1] - origin[1];
  let d = `m${mx}${my < 0 ? "" : " "}${my}`;
  let [x, y] = start;
  rest.forEach(([px, py], index) => {
    const dx = px - x;
    const dy = py - y;
    d += `${index === 0 ? "l" : dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
    x = px;
    y = py;
  });
  return `${d}z`;
}

/** Douglas–Peucker on an open polyline (a ring's first and last points stay). */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance(points[i]!, points[from]!, points[to]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

function segmentDistance([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
