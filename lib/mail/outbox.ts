import "server-only";
import { randomUUID } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Without SMTP_URL, e-mails land here instead of being sent: one `.eml` file per message (open it in
 * any mail client) and `index.json` listing them, newest first, which the development outbox page
 * and the end-to-end tests read.
 */
export interface OutboxEntry {
  id: string;
  file: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

export function outboxDir(): string {
  return path.resolve(env().DATA_DIR, "outbox");
}

function indexPath(): string {
  return path.join(outboxDir(), "index.json");
}

export async function listOutbox(): Promise<OutboxEntry[]> {
  try {
    return JSON.parse(await readFile(indexPath(), "utf8")) as OutboxEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

// Appends run one after another within the process, so concurrent e-mails cannot drop entries.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The messages hold password-reset and invitation links: readable by the portal's own system user
 * only (folder 0700, files 0600). The folder is tightened on every write, for one made before.
 */
const PRIVATE = { directory: 0o700, file: 0o600 } as const;

export function writeToOutbox(message: { to: string; subject: string; text: string; raw: Buffer }): Promise<OutboxEntry> {
  const task = queue.then(async () => {
    await mkdir(outboxDir(), { recursive: true, mode: PRIVATE.directory });
    await chmod(outboxDir(), PRIVATE.directory);
    const createdAt = new Date().toISOString();
    const id = randomUUID();
    const file = `${createdAt.replace(/[:.]/g, "-")}-${id.slice(0, 8)}.eml`;
    await writeFile(path.join(outboxDir(), file), message.raw, { mode: PRIVATE.file });
    const entry: OutboxEntry = { id, file, to: message.to, subject: message.subject, text: message.text, createdAt };
    const entries = [entry, ...(await listOutbox())];
    // Write-then-rename so a reader never sees half an index.
    const temporary = `${indexPath()}.${id}.tmp`;
    await writeFile(temporary, JSON.stringify(entries, null, 2), { mode: PRIVATE.file });
    await rename(temporary, indexPath());
    return entry;
  });
  queue = task.catch(() => undefined);
  return task;
}
