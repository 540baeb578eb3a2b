import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadUploadedLogo, logoFileIdOf } from "@/lib/institution/logo";

/**
 * The institution's logo for a letterhead. `Institution.logoPath` names a file of the site's
 * `public/` folder ("/logo.svg"); PNG and JPEG are placed as images, a simple SVG is drawn as
 * vector shapes (see svg-logo.ts). Anything else, or a missing file, means a letterhead without a
 * logo, never a failed letter.
 */

export type Logo = { kind: "image"; data: Buffer } | { kind: "svg"; markup: string };

const PUBLIC_DIR = path.join(process.cwd(), "public");
const SAFE_PATH = /^\/[a-z0-9][a-z0-9/_.-]*\.(png|jpe?g|svg)$/i;

const cache = new Map<string, Promise<Logo | null>>();

async function readLogo(logoPath: string): Promise<Logo | null> {
  // A logo uploaded on the settings page lives in the file store, not in public/.
  if (logoFileIdOf(logoPath)) return loadUploadedLogo(logoPath).catch(() => null);
  if (!SAFE_PATH.test(logoPath) || logoPath.includes("..")) return null;
  try {
    const file = path.join(PUBLIC_DIR, logoPath);
    if (logoPath.toLowerCase().endsWith(".svg")) return { kind: "svg", markup: await readFile(file, "utf8") };
    return { kind: "image", data: await readFile(file) };
  } catch {
    return null;
  }
}

/** The logo at `logoPath`, read once per process; null when there is none to draw. */
export function loadLogo(logoPath: string | null): Promise<Logo | null> {
  if (!logoPath) return Promise.resolve(null);
  let logo = cache.get(logoPath);
  if (!logo) {
    logo = readLogo(logoPath);
    cache.set(logoPath, logo);
  }
  return logo;
}
