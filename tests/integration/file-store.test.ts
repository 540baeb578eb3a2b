import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFileStore } from "@/lib/storage/file-store-health";
import { createLocalStorage, createS3Storage, storageFrom, type S3StorageOptions } from "@/lib/storage/file-storage";
import { parseEnv } from "@/lib/env";

/**
 * The file store at start and in readiness (issue 14, item 11): a missing bucket stops the start with
 * a message saying what to do, or is created when S3_CREATE_BUCKET allows it; path-style addressing
 * (the default with an endpoint) reaches an S3-compatible server; readiness sees a store that stopped
 * answering. The S3-compatible server is `@20minutes/s3rver` from npm, in this process.
 */

interface S3TestServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (options: Record<string, unknown>) => S3TestServer;

const folder = mkdtempSync(path.join(tmpdir(), "iro-file-store-"));
let server: S3TestServer;
let endpoint = "";

beforeAll(async () => {
  // allowMismatchedSignatures: s3rver signs bucket-level paths without the trailing "/" the AWS SDK signs.
  server = new S3rver({ port: 0, address: "127.0.0.1", directory: path.join(folder, "s3"), silent: true, allowMismatchedSignatures: true });
  endpoint = `http://127.0.0.1:${(await server.run()).port}`;
});

afterAll(async () => {
  await server.close().catch(() => {});
  rmSync(folder, { recursive: true, force: true });
});

const s3 = (options: Partial<S3StorageOptions> = {}) =>
  createS3Storage({ bucket: "iro-files", region: "us-east-1", endpoint, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", ...options });

describe("an S3 bucket at start", () => {
  it("stops the start when the bucket is missing, naming it and the setting that creates it", async () => {
    await expect(s3({ bucket: "not-created-yet" }).prepare()).rejects.toThrow(/bucket "not-created-yet" .*does not exist.*S3_CREATE_BUCKET=true/);
    expect(await checkFileStore({ storage: s3({ bucket: "not-created-yet" }) })).toMatchObject({ driver: "s3", reachable: false });
  });

  it("creates it with S3_CREATE_BUCKET, once even when several instances start together", async () => {
    await Promise.all([s3({ createBucket: true }).prepare(), s3({ createBucket: true }).prepare()]);
    await s3().prepare();
    const storage = s3();
    await storage.put("2026/12/created-bucket", new Uint8Array([1, 2, 3]), "application/pdf");
    expect(await storage.get("2026/12/created-bucket")).toEqual(new Uint8Array([1, 2, 3]));
    const keys: string[] = [];
    for await (const key of storage.list()) keys.push(key);
    expect(keys).toEqual(["2026/12/created-bucket"]);
  });

  it("reads its settings from the environment (lib/env.ts: S3_CREATE_BUCKET, S3_FORCE_PATH_STYLE)", async () => {
    const config = parseEnv({
      NODE_ENV: "test",
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "iro-env-bucket",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_CREATE_BUCKET: "true",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(config).toMatchObject({ S3_CREATE_BUCKET: true, S3_FORCE_PATH_STYLE: true });
    const storage = storageFrom(config);
    expect(storage).toMatchObject({ driver: "s3", location: "s3://iro-env-bucket" });
    await storage.prepare();
    expect(await checkFileStore({ storage })).toMatchObject({ reachable: true });
  });
});

describe("readiness of the file store", () => {
  it("answers for a writable folder, and not for one that cannot be made", async () => {
    expect(await checkFileStore({ storage: createLocalStorage(path.join(folder, "files")) })).toMatchObject({ driver: "local", reachable: true });
    const blocker = path.join(folder, "a-file");
    writeFileSync(blocker, "not a folder");
    expect(await checkFileStore({ storage: createLocalStorage(path.join(blocker, "files")) })).toEqual({ driver: "local", reachable: false, latencyMs: null });
  });

  it("sees a bucket whose server stopped answering, within the time allowed", async () => {
    const storage = s3({ createBucket: true });
    await storage.prepare();
    expect(await checkFileStore({ storage })).toMatchObject({ reachable: true });
    await server.close();
    const started = performance.now();
    expect(await checkFileStore({ storage, timeoutMs: 1500 })).toEqual({ driver: "s3", reachable: false, latencyMs: null });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
