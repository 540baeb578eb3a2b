import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Matches an import of a root folder whether written with the `@/` alias or as a relative path. */
const fromRoot = (path) => `^(@/|(\\.\\./)+)${path}`;

/**
 * The database stays behind lib/: pages, route handlers and components call lib's functions. Types
 * of Prisma's generated client may still be named (they vanish at build time); enums come from
 * @/lib/generated/prisma/enums, which holds no runtime.
 */
const databaseFromUi = [
  {
    regex: fromRoot("lib/db/client$"),
    message: "app/ and components/ never use the database client: call a function in lib/.",
  },
  {
    regex: `${fromRoot("lib/generated/prisma/(client|internal/.*)$")}|^@prisma/|^pg$`,
    allowTypeImports: true,
    message: "app/ and components/ never load Prisma or pg: call a function in lib/ (enums: @/lib/generated/prisma/enums).",
  },
];

/** lib/ is the layer below the UI: it may not depend on pages or components, not even for types. */
const uiFromLib = [
  {
    regex: fromRoot("(app|components)/"),
    message: "lib/ must not import from app/ or components/: move the shared piece into lib/.",
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/unit/lint-fixtures/**"],
  },
  {
    settings: {
      // Where import/no-cycle does not follow imports: packages cannot import our code back, and
      // parsing their type declarations (and Prisma's generated client) made the rule take minutes.
      "import/ignore": ["node_modules", "lib/generated/"],
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getTranslations"],
              message: "Import getTranslations from @/i18n/server: it shares parsed messages across requests.",
            },
          ],
        },
      ],
      // Type-only imports are erased at build time, so only runtime cycles are reported.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["i18n/server.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  // The layer boundaries use the TypeScript variant of no-restricted-imports, so they neither replace
  // the getTranslations rule above nor get switched off with it.
  {
    files: ["app/**", "components/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: databaseFromUi }] },
  },
  {
    files: ["lib/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: uiFromLib }] },
  },
];

export default config;
