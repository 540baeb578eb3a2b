import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outboxDir, writeToOutbox } from "@/lib/mail/outbox";
import { createLocalStorage } from "@/lib/storage/file-storage";

/** Uploaded documents and the development outbox (reset links) are for the portal's own user only. */
async function modeOf(file: string): Promise<string> {
  return ((await stat(file)).mode & 0o777).toString(8);
}

const temporaryFolders: string[] = [];

afterAll(async () => {
  await Promise.all(temporaryFolders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe("private files", () => {
  it("writes uploads 0600 in 0700 folders, and tightens a root made before", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "iro-files-"));
    temporaryFolders.push(folder);
    const root = path.join(folder, "files");
    await mkdir(root, { mode: 0o755 });
    const storage = createLocalStorage(root);

    await storage.put("2026/12/0b9f6c1e-upload", new Uint8Array([1, 2, 3]), "application/pdf");

    expect(await modeOf(path.join(root, "2026/12/0b9f6c1e-upload"))).toBe("600");
    expect(await modeOf(path.join(root, "2026/12"))).toBe("700");
    expect(await modeOf(path.join(root, "2026"))).toBe("700");
    expect(await modeOf(root)).toBe("700");
    expect(await storage.get("2026/12/0b9f6c1e-upload")).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("writes the development outbox 0600 in a 0700 folder", async () => {
    await mkdir(outboxDir(), { recursive: true, mode: 0o755 });

    const entry = await writeToOutbox({ to: "student@test.example.edu", subject: "Reset", text: "link", raw: Buffer.from("raw") });

    expect(await modeOf(outboxDir())).toBe("700");
    expect(await modeOf(path.join(outboxDir(), entry.file))).toBe("600");
    expect(await modeOf(path.join(outboxDir(), "index.json"))).toBe("600");
    expect((await readdir(outboxDir())).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
