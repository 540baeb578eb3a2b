import { fileStorage, type FileStorage } from "@/lib/storage/file-storage";

/**
 * The file store's part of readiness and start-up. Uploads, downloads and generated documents need
 * it, so an instance that cannot reach its bucket (or write its folder) should get no requests.
 */
export interface FileStoreReport {
  driver: FileStorage["driver"];
  reachable: boolean;
  latencyMs: number | null;
}

/**
 * For readiness probes: the configured storage answers within `timeoutMs` (S3: HeadBucket through
 * the process's one client, so no new connection per probe; local: the folder is writable). Never
 * throws; says nothing about why (the probe is public), the start-up check does.
 */
export async function checkFileStore({ timeoutMs = 2000, storage = fileStorage() }: { timeoutMs?: number; storage?: FileStorage } = {}): Promise<FileStoreReport> {
  const started = performance.now();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([storage.check(abort.signal), timeout]);
    return { driver: storage.driver, reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { driver: storage.driver, reachable: false, latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * At start: makes the upload folder, or checks that the bucket exists and creates it when
 * S3_CREATE_BUCKET=true. Throws a message naming the bucket and what to do, for the start-up log.
 */
export async function prepareFileStore(storage: FileStorage = fileStorage()): Promise<void> {
  await storage.prepare();
}
