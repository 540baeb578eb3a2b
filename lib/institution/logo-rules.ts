import { z } from "zod";
import { withValues } from "@/lib/forms/fields";

/**
 * What the institution's logo may be, for the setup and settings forms (browser and server). A logo
 * is small: 512 KB is plenty for a PNG, JPEG or SVG shown in the header and on letters, and keeps
 * the upload inside a server action's 1 MB body. Its content is checked on the server (logo.ts).
 */

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_KB = LOGO_MAX_BYTES / 1024;

/** The `accept` of the file input: a hint for the file picker; the server checks the bytes. */
export const LOGO_ACCEPT = "image/png,image/jpeg,image/svg+xml,.svg";

/**
 * A file from a form: a File in the browser, and on the server (FormData and React's encoding of a
 * server action's arguments give File objects); typed as File so the form treats it as one value.
 */
const uploadedFile = (message: string) => z.custom<File>((value) => value instanceof Blob && value.size > 0, message);

const withinLogoSize = <T extends Blob | undefined>(file: T) => file === undefined || file.size <= LOGO_MAX_BYTES;
const LOGO_TOO_LARGE = withValues("admin.settings.logo.tooLarge", { maxKb: LOGO_MAX_KB });

/** An optional uploaded logo: no file, or an empty one (a file input left empty), means "none". */
export const optionalLogo = z
  .custom<File | undefined>((value) => value === undefined || value instanceof Blob, "common.form.errors.invalid")
  .transform((file) => (file && file.size > 0 ? file : undefined))
  .refine(withinLogoSize, LOGO_TOO_LARGE)
  .optional();

/** The settings' logo upload: one file, required. */
export const institutionLogoSchema = z.strictObject({
  logo: uploadedFile("admin.settings.logo.empty").refine(withinLogoSize, LOGO_TOO_LARGE),
});

export const removeInstitutionLogoSchema = z.strictObject({});
