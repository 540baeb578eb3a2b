import type { PdfDocument } from "./document";

/**
 * Draws a simple SVG logo (circles, ellipses, rectangles, lines, polygons and paths with fill and
 * stroke, as logos are usually drawn) into a box of the page as vector shapes, so it stays sharp
 * when printed. Groups, gradients, text and CSS are not drawn: a logo that needs them should be
 * given as PNG. The markup comes from the site's own `public/` folder, not from users.
 */

type Attributes = Record<string, string>;

const SHAPE = /<(circle|ellipse|rect|line|polygon|polyline|path)\b([^>]*?)\/?>/gi;
const ATTRIBUTE = /([a-zA-Z:-]+)\s*=\s*"([^"]*)"/g;

function attributesOf(text: string): Attributes {
  return Object.fromEntries([...text.matchAll(ATTRIBUTE)].map((match) => [match[1]!.toLowerCase(), match[2]!]));
}

function number(value: string | undefined, fallback = 0): number {
  const parsed = Number.parseFloat(value ?? "");
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** The drawing's own coordinates: the viewBox, else width and height. */
function viewBoxOf(markup: string): { x: number; y: number; width: number; height: number } | null {
  const root = /<svg\b([^>]*)>/i.exec(markup);
  if (!root) return null;
  const attributes = attributesOf(root[1]!);
  const box = attributes.viewbox?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    return { x: box[0]!, y: box[1]!, width: box[2]!, height: box[3]! };
  }
  const width = number(attributes.width);
  const height = number(attributes.height);
  return width > 0 && height > 0 ? { x: 0, y: 0, width, height } : null;
}

function outline(doc: PdfDocument, tag: string, a: Attributes): boolean {
  switch (tag) {
    case "circle":
      doc.circle(number(a.cx), number(a.cy), number(a.r));
      return true;
    case "ellipse":
      doc.ellipse(number(a.cx), number(a.cy), number(a.rx), number(a.ry));
      return true;
    case "rect":
      doc.rect(number(a.x), number(a.y), number(a.width), number(a.height));
      return true;
    case "line":
      doc.moveTo(number(a.x1), number(a.y1)).lineTo(number(a.x2), number(a.y2));
      return true;
    case "polygon":
    case "polyline": {
      const points = (a.points ?? "").trim().split(/[\s,]+/).map(Number);
      if (points.length < 4 || !points.every(Number.isFinite)) return false;
      doc.moveTo(points[0]!, points[1]!);
      for (let i = 2; i + 1 < points.length; i += 2) doc.lineTo(points[i]!, points[i + 1]!);
      if (tag === "polygon") doc.closePath();
      return true;
    }
    case "path":
      if (!a.d) return false;
      doc.path(a.d);
      return true;
    default:
      return false;
  }
}

/** Draws the logo into the square at (x, y) of `size` points; false when the markup has nothing it can draw. */
export function drawSvgLogo(doc: PdfDocument, markup: string, x: number, y: number, size: number): boolean {
  const box = viewBoxOf(markup);
  if (!box) return false;
  const scale = size / Math.max(box.width, box.height);
  let drawn = false;
  doc.save();
  doc.translate(x, y).scale(scale).translate(-box.x, -box.y);
  for (const match of markup.matchAll(SHAPE)) {
    const tag = match[1]!.toLowerCase();
    const a = attributesOf(match[2]!);
    const fill = a.fill ?? (tag === "line" || tag === "polyline" ? "none" : "#000");
    const stroke = a.stroke ?? "none";
    if (fill === "none" && stroke === "none") continue;
    if (!outline(doc, tag, a)) continue;
    if (stroke !== "none") doc.lineWidth(number(a["stroke-width"], 1));
    if (fill !== "none" && stroke !== "none") doc.fillAndStroke(fill, stroke);
    else if (fill !== "none") doc.fill(fill);
    else doc.stroke(stroke);
    drawn = true;
  }
  doc.restore();
  return drawn;
}
