import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives local defaults when nothing is set", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env).toMatchObject({ APP_URL: "http://localhost:3000", DATA_DIR: ".data", DATABASE_POOL_MAX: 10, STORAGE_DRIVER: "local" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names every invalid variable with a clear message", () => {
    expect(() => parseEnv({ NODE_ENV: "development", DATABASE_URL: "mysql://x", DATABASE_POOL_MAX: "zero" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL[\s\S]*DATABASE_POOL_MAX/,
    );
  });

  it("requires AUTH_SECRET in production and complete single sign-on settings", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required in production/);
    expect(() => parseEnv({ NODE_ENV: "development", OIDC_ISSUER: "https://id.example.edu" })).toThrow(/OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
  });

  it("validates the cache lifetime, the shutdown bound and the tracing endpoint", () => {
    expect(parseEnv({ NODE_ENV: "development" })).toMatchObject({ PUBLIC_PAGE_CACHE_SECONDS: 30, SHUTDOWN_TIMEOUT_MS: 10_000 });
    expect(parseEnv({ NODE_ENV: "development", PUBLIC_PAGE_CACHE_SECONDS: "0", SHUTDOWN_TIMEOUT_MS: "25000" })).toMatchObject({
      PUBLIC_PAGE_CACHE_SECONDS: 0,
      SHUTDOWN_TIMEOUT_MS: 25_000,
    });
    expect(() => parseEnv({ NODE_ENV: "development", PUBLIC_PAGE_CACHE_SECONDS: "-5" })).toThrow(/PUBLIC_PAGE_CACHE_SECONDS/);
    expect(() => parseEnv({ NODE_ENV: "development", SHUTDOWN_TIMEOUT_MS: "1.5" })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
    expect(() => parseEnv({ NODE_ENV: "development", OTEL_EXPORTER_OTLP_ENDPOINT: "collector" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(parseEnv({ NODE_ENV: "development", OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }).OTEL_EXPORTER_OTLP_ENDPOINT).toBe("http://127.0.0.1:4318");
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ NODE_ENV: "development", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
