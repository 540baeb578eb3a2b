import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createS3Storage, type FileStorage } from "@/lib/storage/file-storage";
import { createDatabaseAndRoles, migrateAsOwner, type RoleNames } from "@/scripts/db-roles";

/**
 * compose.yaml's topology without containers (issue 14): two instances of the production build, each
 * started as the image starts it (`node scripts/server.mjs`, one process each), behind nginx from
 * Debian with the deployment's own proxy settings (deploy/nginx/portal.conf), connected to one
 * PostgreSQL as the app role that owns nothing (its database made and migrated by the owner role, as
 * the migrate step does) and to one S3-compatible server (`@20minutes/s3rver` from npm, in this
 * process) for the files. Through one instance and then the other: a saved change shows on the
 * other's public page within two seconds, a session is valid on both, a file uploaded through one
 * downloads through the other, and a scheduled job runs once.
 *
 * Needs a production build (the repository's `.next`, or PORTAL_BUILD_DIR's) and nginx
 * (`apt-get install nginx`): skipped, saying which is missing, without them. Takes about two minutes
 * (the scheduled job waits for a minute's tick).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD_DIR = path.resolve(process.env.PORTAL_BUILD_DIR ?? ROOT);
const built = existsSync(path.join(BUILD_DIR, ".next/BUILD_ID"));
const nginxBinary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file));
const missing = !built
  ? "no production build (run `npm run build`, or set PORTAL_BUILD_DIR)"
  : !nginxBinary
    ? "nginx is not installed (`apt-get install nginx`)"
    : undefined;

/** The S3-compatible test server (npm `@20minutes/s3rver`, which ships no types). */
interface S3TestServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)("@20minutes/s3rver") as new (options: Record<string, unknown>) => S3TestServer;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let folder = "";
const adminUrl = inject("adminDatabaseUrl");
const suffix = randomBytes(4).toString("hex");
const roles: RoleNames = {
  database: `iro_two_${suffix}`,
  ownerRole: `iro_two_owner_${suffix}`,
  ownerPassword: randomBytes(12).toString("hex"),
  appRole: `iro_two_app_${suffix}`,
  appPassword: randomBytes(12).toString("hex"),
};
function urlFor(role: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  url.pathname = `/${roles.database}`;
  return url.toString();
}
const ownerUrl = urlFor(roles.ownerRole, roles.ownerPassword);
const appUrl = urlFor(roles.appRole, roles.appPassword);

const PASSWORD = "Two-Instances!2026";
const BUCKET = "iro-two-instances";

interface Instance {
  name: string;
  url: string;
}
const instances: Instance[] = [];
/** Every server process started, ready or not, so that none outlives a failed start. */
const started: ChildProcess[] = [];
/** What each instance printed, for the message when one stops (it may fail its start-up after listening). */
const outputs = new Map<string, string>();
let nginx: ChildProcess | undefined;
let s3: S3TestServer | undefined;
let storage: FileStorage;
let publicUrl = "";
let owner: pg.Client;
const people = { officer: "", student: "" };
let opportunity: { id: string; requirementId: string };
let agreementId = "";
const startedAt = new Date();

/** One instance as the image starts it: `node scripts/server.mjs` with the shared settings. */
async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const dataDir = path.join(folder, name);
  mkdirSync(dataDir);
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/server.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: BUILD_DIR,
    env: { ...process.env, ...env, DATA_DIR: dataDir, WEB_CONCURRENCY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      outputs.set(name, output);
      if (output.includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
  return { name, url: `http://127.0.0.1:${port}` };
}

/** nginx with the deployment's proxy settings in front of both instances, plain http on `port`. */
async function startNginx(port: number, upstreams: string[]): Promise<void> {
  const conf = path.join(folder, "nginx.conf");
  const runningAsRoot = process.getuid?.() === 0;
  writeFileSync(
    conf,
    `${runningAsRoot ? "user root;\n" : ""}daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/nginx-error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log ${folder}/nginx-access.log;
  client_body_temp_path ${folder}/nginx-body;
  proxy_temp_path ${folder}/nginx-proxy;
  fastcgi_temp_path ${folder}/nginx-fastcgi;
  uwsgi_temp_path ${folder}/nginx-uwsgi;
  scgi_temp_path ${folder}/nginx-scgi;
  proxy_cache_path ${folder}/nginx-cache levels=1:2 keys_zone=portal_static:1m max_size=100m inactive=1d use_temp_path=off;
  upstream portal {
${upstreams.map((url) => `    server ${new URL(url).host} max_fails=3 fail_timeout=10s;`).join("\n")}
    keepalive 8;
  }
  server {
    listen 127.0.0.1:${port};
    # For this test only: which instance answered.
    add_header X-Upstream $upstream_addr always;
    include ${path.join(ROOT, "deploy/nginx/portal.conf")};
  }
}
`,
  );
  nginx = spawn(nginxBinary!, ["-c", conf, "-e", path.join(folder, "nginx-error.log")], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  let last = "no answer";
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await fetch(`${url}/api/health`).catch((error: unknown) => String(error));
    if (typeof answer !== "string" && answer.ok) return;
    last = typeof answer === "string" ? answer : `HTTP ${answer.status}`;
    await delay(100);
  }
  const log = existsSync(path.join(folder, "nginx-error.log")) ? readFileSync(path.join(folder, "nginx-error.log"), "utf8") : "";
  const stopped = started.filter((child) => child.exitCode !== null).length;
  throw new Error(
    `nginx did not answer within 5 s (${last}; nginx ${nginx.exitCode === null ? "running" : `exited ${nginx.exitCode}`}; ` +
      `${stopped} of ${started.length} instances stopped):\n${log.split("\n").slice(0, 5).join("\n")}\n` +
      [...outputs].map(([name, output]) => `--- ${name}:\n${output.slice(-2000)}`).join("\n"),
  );
}

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!);
}

/** Signs in through next-auth's credentials form on one instance; the session cookie. */
async function signIn(instance: Instance, email: string): Promise<string> {
  const csrf = await fetch(`${instance.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${instance.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesFrom(csrf).join("; "), origin: publicUrl },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${publicUrl}/`, json: "true" }),
  });
  const session = cookiesFrom(response).find((cookie) => /next-auth\.session-token=/.test(cookie));
  if (!session) throw new Error(`sign-in as ${email} on ${instance.name} failed (HTTP ${response.status})`);
  return session;
}

/** A public page as an anonymous visitor sees it. */
async function publicPage(instance: Instance, pathname: string): Promise<{ cache: string | null; html: string }> {
  const response = await fetch(`${instance.url}${pathname}`, { headers: { accept: "text/html", "accept-language": "en" } });
  expect(response.status).toBe(200);
  return { cache: response.headers.get("x-page-cache"), html: await response.text() };
}

describe.skipIf(missing)("two instances behind nginx, one database, one bucket", () => {
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "iro-two-instances-"));
    // The database as compose makes it: roles and database (postgres' first start), then the
    // migrations, the job queue's schema and the grants as the owner (the migrate step).
    await createDatabaseAndRoles(adminUrl, roles);
    await migrateAsOwner(ownerUrl, roles.appRole, () => {});
    owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();

    // Test data, written as the owner through the factories (they use DATABASE_URL, read once, from here on).
    process.env.DATABASE_URL = ownerUrl;
    const factories = await import("@/tests/helpers/factories");
    const opportunities = await import("@/tests/helpers/opportunity-factories");
    await factories.ensureInstitution();
    await factories.createUser({ role: "ADMIN", password: PASSWORD });
    people.officer = (await factories.createUser({ role: "OFFICER", password: PASSWORD })).email;
    people.student = (await factories.createUser({ role: "STUDENT", password: PASSWORD })).email;
    const call = await opportunities.createOpportunity();
    opportunity = { id: call.id, requirementId: call.requiredDocuments[0]!.id };
    const ended = await opportunities.createAgreement({ startsOn: opportunities.daysFromNow(-400), endsOn: opportunities.daysFromNow(-2) });
    agreementId = ended.id;

    // The bucket, as compose's minio-setup makes it.
    s3 = new S3rver({ port: 0, address: "127.0.0.1", directory: path.join(folder, "s3"), silent: true, allowMismatchedSignatures: true });
    const s3Url = `http://127.0.0.1:${(await s3.run()).port}`;
    storage = createS3Storage({ bucket: BUCKET, region: "us-east-1", endpoint: s3Url, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", createBucket: true });
    await storage.prepare();

    // compose.yaml's x-portal-environment: one set of settings for both.
    const nginxPort = await freePort();
    publicUrl = `http://127.0.0.1:${nginxPort}`;
    const shared = {
      NODE_ENV: "production",
      APP_URL: publicUrl,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      DATABASE_URL: appUrl,
      TRUSTED_PROXY_HOPS: "1",
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: s3Url,
      S3_FORCE_PATH_STYLE: "true",
      S3_REGION: "us-east-1",
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      // Long: only the cross-instance invalidation can make the other instance show a change in time.
      PUBLIC_PAGE_CACHE_SECONDS: "300",
      LOG_LEVEL: "warn",
      JOBS_DISABLED: "false",
    };
    instances.push(...(await Promise.all([startInstance("one", shared), startInstance("two", shared)])));
    await startNginx(nginxPort, instances.map((instance) => instance.url));
  }, 180_000);

  afterAll(async () => {
    nginx?.kill("SIGQUIT");
    await Promise.all(
      started.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await s3?.close().catch(() => {});
    await owner?.end().catch(() => {});
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(roles.database)} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(roles.appRole)}`);
    await admin.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(roles.ownerRole)}`);
    await admin.end();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it("nginx passes requests to both instances", async () => {
    const upstreams = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${publicUrl}/api/health`);
      expect(response.status).toBe(200);
      upstreams.add(response.headers.get("x-upstream") ?? "");
    }
    expect([...upstreams].sort()).toEqual(instances.map((instance) => new URL(instance.url).host).sort());
  });

  it("shows a change saved through one instance on the other's public page within two seconds", async () => {
    const [one, two] = instances as [Instance, Instance];
    const name = `Twin City University ${suffix}`;
    await publicPage(two, "/partners");
    expect((await publicPage(two, "/partners")).cache).toBe("hit");

    const officer = await signIn(one, people.officer);
    const form = new FormData();
    form.set("step", "commit");
    form.set("file", new Blob([`Name,Type,Country,City,Status,Public\r\n${name},University,Germany,Berlin,Active,yes\r\n`], { type: "text/csv" }), "partners.csv");
    const saved = await fetch(`${one.url}/api/import/partners`, { method: "POST", headers: { cookie: officer, origin: publicUrl }, body: form });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(await saved.json()).toMatchObject({ created: 1 });

    const savedAt = performance.now();
    let html = "";
    while (performance.now() - savedAt < 2000) {
      html = (await publicPage(two, "/partners")).html;
      if (html.includes(name)) break;
      await delay(100);
    }
    expect(html, "the other instance still shows the page from before the change").toContain(name);
  });

  it("accepts a session made on one instance on the other", async () => {
    const [one, two] = instances as [Instance, Instance];
    const session = await signIn(one, people.officer);
    const page = await fetch(`${two.url}/dashboard`, { headers: { cookie: session }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).not.toMatch(/name="password"/);
  });

  it("downloads through one instance a file uploaded through the other, from the bucket", async () => {
    const [one, two] = instances as [Instance, Instance];
    const session = await signIn(one, people.student);
    const pdf = new TextEncoder().encode(`%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%${suffix}\n%%EOF\n`);
    const form = new FormData();
    form.set("opportunityId", opportunity.id);
    form.set("requirementId", opportunity.requirementId);
    form.set("file", new Blob([pdf], { type: "application/pdf" }), "transcript.pdf");
    const uploaded = await fetch(`${one.url}/api/applications/documents`, { method: "POST", headers: { cookie: session, origin: publicUrl }, body: form });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };

    const downloaded = await fetch(`${two.url}/api/applications/documents/${id}`, { headers: { cookie: session } });
    expect(downloaded.status).toBe(200);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(pdf);
    // In the shared bucket, and in neither instance's own folder.
    const keys: string[] = [];
    for await (const key of storage.list()) keys.push(key);
    expect(keys).toHaveLength(1);
    for (const instance of instances) expect(readdirSync(path.join(folder, instance.name))).not.toContain("files");
  });

  it("runs a scheduled job once, though both instances run the job queue", async () => {
    // The daily expiry job, rescheduled to the coming minute (both instances registered it at start).
    const { rows } = await owner.query<{ now: Date }>("SELECT now() AS now");
    const tick = new Date(Math.ceil((rows[0]!.now.getTime() + 10_000) / 60_000) * 60_000);
    await owner.query(`UPDATE pgboss.schedule SET cron = $1 WHERE name = 'agreement-auto-expiry'`, [`${tick.getUTCMinutes()} ${tick.getUTCHours()} * * *`]);

    const runs = async () => {
      const result = await owner.query<{ state: string }>(
        `SELECT state FROM pgboss.job WHERE name = 'agreement-auto-expiry' AND created_on >= $1
         UNION ALL SELECT state FROM pgboss.archive WHERE name = 'agreement-auto-expiry' AND created_on >= $1`,
        [startedAt],
      );
      return result.rows.map((row) => row.state);
    };
    // pg-boss looks at its schedules every 30 s: the job is due within about 40 s of the tick.
    while (!(await runs()).includes("completed") && Date.now() < tick.getTime() + 90_000) await delay(1000);
    // Past the minute in which the tick may still be sent, no second job may have appeared.
    await delay(Math.max(0, tick.getTime() + 75_000 - Date.now()));
    expect(await runs()).toEqual(["completed"]);

    const agreement = await owner.query(`SELECT status FROM "Agreement" WHERE id = $1`, [agreementId]);
    expect(agreement.rows).toEqual([{ status: "EXPIRED" }]);
    const audit = await owner.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityId" = $1 AND action = 'agreement.expire'`, [agreementId]);
    expect(audit.rows).toEqual([{ n: 1 }]);
  }, 200_000);
});

// Says why, in the run's output, when the topology cannot be set up here.
if (missing) {
  console.warn(`two-instances.test.ts skipped: ${missing}`);
  describe("two instances behind nginx, one database, one bucket", () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
}
