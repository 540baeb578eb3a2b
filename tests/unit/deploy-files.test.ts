import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * The container topology, checked without a Docker engine (none runs here; issue 14): the compose
 * file's services and their order, the settings every instance shares, the image's stages and user,
 * and nginx's configuration (`nginx -t` when nginx is installed).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
}
// Compose merges `<<:` keys (YAML 1.1 merge keys); the parser does the same with `merge: true`.
const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const instances = ["app1", "app2"] as const;

function which(tool: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

describe("compose.yaml", () => {
  it("has the topology: nginx, two instances, PostgreSQL, MinIO, the two one-shot steps and the operators' tools", () => {
    expect(Object.keys(services).sort()).toEqual(["app1", "app2", "migrate", "minio", "minio-setup", "nginx", "postgres", "tools"]);
    expect(services.postgres!.image).toMatch(/^postgres:15/);
    expect(services.minio!.image).toMatch(/minio\/minio:RELEASE\./);
    expect(services.nginx!.depends_on).toEqual({ app1: { condition: "service_healthy" }, app2: { condition: "service_healthy" } });
  });

  it("runs the migrations once, as the database's owner, before either instance starts", () => {
    const migrate = services.migrate!;
    expect(migrate.command).toEqual(["node_modules/.bin/tsx", "--conditions=react-server", "scripts/db-roles.ts", "migrate"]);
    expect(migrate.environment!.DATABASE_URL).toMatch(/^postgres:\/\/iro_owner:/);
    expect(migrate.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    for (const name of instances) {
      expect(services[name]!.depends_on).toMatchObject({
        migrate: { condition: "service_completed_successfully" },
        "minio-setup": { condition: "service_completed_successfully" },
      });
      // The instances connect as the app role, which owns nothing (deploy/postgres/grants.sql).
      expect(services[name]!.environment!.DATABASE_URL).toMatch(/^postgres:\/\/iro_app:/);
    }
  });

  it("runs one image for the migrate step, both instances and the tools", () => {
    const images = ["migrate", "tools", ...instances].map((name) => [services[name]!.image, JSON.stringify(services[name]!.build)]);
    expect(new Set(images.map((image) => image.join(" "))).size).toBe(1);
    expect(services.app1!.image).toMatch(/^iro-portal:/);
  });

  it("gives both instances the same settings from one env, secrets included", () => {
    const [first, second] = instances.map((name) => services[name]!.environment!);
    expect(first).toEqual(second);
    // Each shared secret comes from the .env variable of the same name, required (`:?`), never written here.
    for (const secret of ["AUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "APP_URL"]) {
      expect(first![secret]).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
    }
    expect(first).toMatchObject({ NODE_ENV: "production", TRUSTED_PROXY_HOPS: "1", STORAGE_DRIVER: "s3", S3_FORCE_PATH_STYLE: "true" });
  });

  it("names in the example env file every variable it requires", () => {
    const example = read("deploy/compose.env.example");
    const required = [...read("compose.yaml").matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((match) => match[1]!);
    expect(required.length).toBeGreaterThan(5);
    for (const name of new Set(required)) expect(example, name).toMatch(new RegExp(`^${name}=`, "m"));
  });

  it("mounts only files that exist, besides the folders the operator provides (certificates, backups)", () => {
    const operators = ["./deploy/nginx/certs", "./backups"];
    for (const service of Object.values(services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0]!;
        if (source.startsWith("./") && !operators.includes(source)) expect(existsSync(path.join(ROOT, source)), source).toBe(true);
      }
    }
  });

  it("checks the instances' health at the readiness endpoint", () => {
    expect(existsSync(path.join(ROOT, "app/api/health/ready/route.ts"))).toBe(true);
    for (const name of instances) expect(services[name]!.healthcheck!.test!.join(" ")).toContain("/api/health/ready");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const instructions = dockerfile.split("\n").filter((line) => /^[A-Z]+\s/.test(line));

  it("builds in stages: the packages, the build, a runtime on Node.js 20 or 22 slim", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:(20|22)-[a-z]+-slim$/m);
    const stages = instructions.filter((line) => line.startsWith("FROM")).map((line) => line.split(/\s+AS\s+/i)[1]);
    expect(stages).toEqual(["deps", "build", "runtime"]);
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(JSON.parse(read("package.json")).scripts.build).toBe("next build");
  });

  it("runs as an unprivileged user", () => {
    const users = instructions.filter((line) => line.startsWith("USER")).map((line) => line.split(/\s+/)[1]);
    expect(users.at(-1)).toBeDefined();
    expect(["root", "0", "0:0"]).not.toContain(users.at(-1));
    // After the last USER, nothing runs as root again.
    const last = instructions.findLastIndex((line) => line.startsWith("USER"));
    expect(instructions.slice(last).some((line) => line.startsWith("RUN"))).toBe(false);
  });

  it("starts the production server the way `npm start` ends up doing", () => {
    expect(instructions.at(-1)).toBe('CMD ["node", "scripts/server.mjs"]');
    expect(read("scripts/launch.ts")).toContain('"scripts/server.mjs"');
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production/m);
  });

  it("keeps local data, secrets and installed packages out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", ".next", ".data", ".env", ".env.*", ".git"]) expect(ignored).toContain(entry);
  });
});

describe("the database roles", () => {
  it("grants the app role only INSERT and SELECT on the audit log", () => {
    const grants = read("deploy/postgres/grants.sql");
    expect(grants).toMatch(/^REVOKE ALL ON "AuditLog" FROM :"app_role";$/m);
    expect([...grants.matchAll(/^GRANT (.+) ON "AuditLog" TO/gm)].map((match) => match[1])).toEqual(["SELECT, INSERT"]);
    expect(grants).not.toMatch(/GRANT[^;]*TRUNCATE/);
  });

  it("backs up and restores with npm scripts, in the image with the server's pg_dump", () => {
    const scripts = JSON.parse(read("package.json")).scripts as Record<string, string>;
    expect(scripts.backup).toContain("scripts/backup.ts");
    expect(scripts.restore).toContain("scripts/restore.ts");
    const serverMajor = /^postgres:(\d+)/.exec(services.postgres!.image!)![1];
    expect(read("Dockerfile")).toContain(`postgresql-client-${serverMajor}`);
    // The tools run as the owner (a restore recreates tables), with the instances' file store.
    expect(services.tools!.environment!.DATABASE_URL).toMatch(/^postgres:\/\/iro_owner:/);
    expect(services.tools!.environment!.S3_BUCKET).toBe(services.app1!.environment!.S3_BUCKET);
  });
});

describe("nginx", () => {
  const main = read("deploy/nginx/nginx.conf");
  const shared = read("deploy/nginx/portal.conf");

  it("passes both instances the client's address and scheme, and is ready for TLS", () => {
    expect(main).toMatch(/upstream portal \{[^}]*server app1:3000[^}]*server app2:3000/s);
    expect(main).toMatch(/listen 443 ssl/);
    expect(main).toMatch(/ssl_certificate \/etc\/nginx\/certs\/fullchain\.pem;/);
    expect(main).toMatch(/return 301 https:\/\/\$host\$request_uri;/);
    expect(shared).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(shared).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
    expect(shared).toMatch(/proxy_set_header Host \$host;/);
  });

  it("keeps the build's assets for a year", () => {
    const assets = /location \/_next\/static\/ \{([^}]*)\}/s.exec(shared)?.[1] ?? "";
    expect(assets).toMatch(/add_header Cache-Control "public, max-age=31536000, immutable" always;/);
    expect(assets).toMatch(/proxy_cache portal_static;/);
    expect(main).toMatch(/proxy_cache_path \S+ [^;]*keys_zone=portal_static:/);
  });

  it("passes `nginx -t`", ({ skip }) => {
    const nginx = which("nginx");
    if (!nginx) return skip("nginx is not installed here (`apt-get install nginx`): `nginx -t` was not run");
    if (!which("openssl")) return skip("openssl is not installed here: no test certificate, so `nginx -t` was not run");
    const folder = mkdtempSync(path.join(tmpdir(), "iro-nginx-t-"));
    try {
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
        "-keyout", path.join(folder, "privkey.pem"), "-out", path.join(folder, "fullchain.pem")], { stdio: "ignore" });
      // The compose file's paths and service names, put where this machine has them.
      const config = main
        .replaceAll("/etc/nginx/certs", folder)
        .replace("/etc/nginx/portal.conf", path.join(ROOT, "deploy/nginx/portal.conf"))
        .replace("/var/cache/nginx/portal", path.join(folder, "cache"))
        .replace("pid /tmp/nginx.pid", `pid ${path.join(folder, "nginx.pid")}`)
        // A container's logs are its standard streams; a test's pipes cannot be opened by name.
        .replace("/dev/stderr", path.join(folder, "error.log"))
        .replace("/dev/stdout", path.join(folder, "access.log"))
        .replace("app1:3000", "127.0.0.1:3001")
        .replace("app2:3000", "127.0.0.1:3002");
      writeFileSync(path.join(folder, "nginx.conf"), config);
      const result = spawnSync(nginx, ["-t", "-e", "stderr", "-c", path.join(folder, "nginx.conf")], { encoding: "utf8" });
      expect(result.stderr).toContain("test is successful");
      expect(result.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
