import { z } from "zod";

/**
 * Every environment variable the portal reads, validated once. Defaults serve local use; production
 * must set the ones marked required there (see README "Configuration").
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    APP_URL: z.url("must be an absolute URL such as https://international.example.edu").default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DATA_DIR: z.string().default(".data"),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    /** PEM file of the certificate authority an SMTP server's certificate is signed by, trusted besides Node's own (lib/mail/transport.ts). */
    SMTP_CA_FILE: z.string().optional(),
    MAIL_FROM: z.string().default("International Relations Office <no-reply@localhost>"),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_DISPLAY_NAME: z.string().default("University account"),
    /**
     * Trust the identity server's e-mail when it sends no `email_verified` claim (some servers omit
     * it). Never overrides an explicit `email_verified: false`.
     */
    OIDC_TRUST_EMAIL: z.stringbool().default(false),
    /** Comma-separated domains students may register with; overrides the institution's e-mail domain. */
    REGISTRATION_EMAIL_DOMAINS: z
      .string()
      .regex(/^\s*[a-z0-9.-]+\.[a-z]{2,}\s*(,\s*[a-z0-9.-]+\.[a-z]{2,}\s*)*$/i, "must be domains separated by commas, e.g. uni.edu,student.uni.edu")
      .optional(),
    /**
     * Reverse proxies in front of the portal that append to X-Forwarded-For: the client address used
     * for sign-in limits and the audit log is the entry this many places from the right. 0 (no
     * proxy) ignores the header, which clients can set, and uses the connection's address.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    UPLOAD_MAX_MB: z.coerce.number().positive().max(200).default(10),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Days before an agreement's end date at which its responsible officer is e-mailed, e.g. "180,90,30". */
    AGREEMENT_REMINDER_DAYS: z
      .string()
      .regex(/^\s*\d{1,4}\s*(,\s*\d{1,4}\s*)*$/, "must be whole numbers of days separated by commas, e.g. 180,90,30")
      .default("180,90,30")
      .transform((value) => [...new Set(value.split(",").map((part) => Number(part.trim())))].filter((days) => days > 0).sort((a, b) => b - a)),
    /** Set to 1 on instances that must not run the background job queue (scheduled reminders). */
    JOBS_DISABLED: z.stringbool().default(false),
    /** Lifetime of the public page cache and the short-lived query caches; 0 turns them off (lib/cache/cache-seconds.mjs). */
    PUBLIC_PAGE_CACHE_SECONDS: z.coerce.number().min(0, "must be a number of seconds ≥ 0").default(30),
    /** On SIGTERM, how long requests in flight may take to finish (scripts/cluster.mjs). */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /** S3: address buckets by path (MinIO, most self-hosted stores) rather than by host name. */
    S3_FORCE_PATH_STYLE: z.stringbool().optional(),
    /** S3: create the bucket at start when it is missing (otherwise the start stops and says so). */
    S3_CREATE_BUCKET: z.stringbool().default(false),
    /** Server actions' encryption key, shared by every instance of one installation (docs/deployment.md). */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .base64()
      .refine((key) => [16, 24, 32].includes(Buffer.from(key, "base64").length), "must be a base64 AES key (openssl rand -base64 32)")
      .optional(),
    /** OpenTelemetry traces go to this OTLP/HTTP collector when set (lib/logging/tracing.mjs). */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url("must be an http(s):// URL such as http://collector:4318").optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    }
    if (env.STORAGE_DRIVER === "s3" && !env.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when STORAGE_DRIVER=s3" });
    }
    const appUrl = new URL(env.APP_URL);
    const isLocal = ["localhost", "127.0.0.1", "[::1]"].includes(appUrl.hostname);
    if (env.NODE_ENV === "production" && appUrl.protocol !== "https:" && !isLocal) {
      // Session cookies are only marked Secure for an https:// APP_URL.
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "must start with https:// in production" });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = schema.safeParse(blanksRemoved);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
