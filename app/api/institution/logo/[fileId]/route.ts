import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { readCurrentLogo } from "@/lib/institution/logo";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ fileId: string }> };

/**
 * The institution's uploaded logo (public: every page's header shows it). Only the current logo is
 * served; any other id answers 404. The address changes with every new logo, so it may be cached
 * for good. An SVG opened on its own runs nothing: the upload refuses active content, and the CSP
 * sandboxes it besides.
 */
export const GET = routeHandler<Context>("institution.logo.get", async (_request, { params }) => {
  const { fileId } = await params;
  const logo = await readCurrentLogo(fileId);
  if (!logo) throw new AppError("NOT_FOUND");
  return new Response(logo.data as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": logo.mimeType,
      "Content-Length": String(logo.data.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
});
