import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
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
    },
  },
  {
    files: ["i18n/server.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
