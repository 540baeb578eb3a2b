import { describe, expect, it } from "vitest";
import { readFormData } from "@/lib/http/read-form";

const MB = 1024 * 1024;

/** A chunked body (no Content-Length) that counts how much of it was pulled. */
function endlessUpload(totalBytes: number) {
  const pulled = { bytes: 0 };
  const boundary = "----cap-test";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const chunk = new Uint8Array(64 * 1024);
  let sentHead = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sentHead) {
        sentHead = true;
        controller.enqueue(head);
        return;
      }
      if (pulled.bytes >= totalBytes) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request("http://localhost/upload", {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("readFormData", () => {
  it("stops reading a chunked body at the cap and answers 413", async () => {
    const { request, pulled } = endlessUpload(200 * MB);
    await expect(readFormData(request, 2 * MB)).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(pulled.bytes).toBeLessThan(3 * MB);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", body: "x", headers: { "content-length": String(5 * MB), "content-type": "text/plain" } });
    await expect(readFormData(request, 2 * MB)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it("reads a form within the cap, and answers 400 for a malformed one", async () => {
    const form = new FormData();
    form.set("step", "inspect");
    form.set("file", new File(["name\nKhazar"], "partners.csv", { type: "text/csv" }));
    const parsed = await readFormData(new Request("http://localhost/upload", { method: "POST", body: form }), MB);
    expect(parsed.get("step")).toBe("inspect");
    expect((parsed.get("file") as File).name).toBe("partners.csv");

    const broken = new Request("http://localhost/upload", { method: "POST", body: "--nope\r\ngarbage", headers: { "content-type": "multipart/form-data; boundary=other" } });
    await expect(readFormData(broken, MB)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
