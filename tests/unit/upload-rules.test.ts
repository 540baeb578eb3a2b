import { describe, expect, it } from "vitest";
import { checkUpload } from "@/lib/storage/upload-rules";
import { cleanFileName } from "@/lib/storage/store-file";

const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

describe("checkUpload", () => {
  it("accepts a PDF and an image by their content", async () => {
    expect(await checkUpload(pdf, { maxBytes: 1000 })).toEqual({ ok: true, mimeType: "application/pdf", extension: "pdf" });
    expect(await checkUpload(png, { maxBytes: 1000 })).toMatchObject({ ok: true, extension: "png" });
  });

  it("refuses an executable whatever its name, and text pretending to be a PDF", async () => {
    expect(await checkUpload(exe, { maxBytes: 1000 })).toMatchObject({ ok: false, reason: "type-not-allowed" });
    expect(await checkUpload(new TextEncoder().encode("hello"), { maxBytes: 1000 })).toMatchObject({ ok: false, reason: "type-not-allowed" });
  });

  it("refuses files over the limit and empty files", async () => {
    expect(await checkUpload(pdf, { maxBytes: 10 })).toMatchObject({ ok: false, reason: "too-large" });
    expect(await checkUpload(new Uint8Array(), { maxBytes: 10 })).toMatchObject({ ok: false, reason: "empty" });
  });

  it("limits to the allowed types when asked", async () => {
    expect(await checkUpload(png, { maxBytes: 1000, allowed: ["pdf"] })).toMatchObject({ ok: false, reason: "type-not-allowed" });
  });
});

describe("cleanFileName", () => {
  it("drops folders and control characters", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("C:\\Users\\me\\scan\u0007.pdf")).toBe("scan.pdf");
    expect(cleanFileName("")).toBe("file");
  });
});
