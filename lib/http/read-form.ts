import { AppError } from "@/lib/errors/app-error";

/**
 * Reads a multipart or urlencoded body with a byte cap that holds while the body streams in: a
 * declared Content-Length over the cap is refused before reading, and a body without one (chunked)
 * stops being read at the cap. Without this, `request.formData()` buffers the whole body first, so a
 * 1 GB upload costs 1 GB of memory before any size check. Over the cap → 413; unreadable → 400.
 */
export async function readFormData(request: Request, maxBytes: number): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) throw new AppError("BAD_REQUEST");

  let received = 0;
  let overCap = false;
  const capped = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) {
          overCap = true;
          controller.error(new Error("body over the cap"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(capped, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    if (overCap) throw tooLarge(maxBytes);
    throw new AppError("BAD_REQUEST");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", { messageKey: "common.form.errors.fileTooLarge", values: { size: `${Math.round(maxBytes / 1024 / 1024)} MB` } });
}
