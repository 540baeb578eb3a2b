import { readFile } from "node:fs/promises";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layer boundaries in eslint.config.mjs, checked through ESLint's own API with the project's
 * config: each rule must fire on a violating snippet and stay quiet on the allowed neighbour. The
 * snippets are linted in memory under made-up paths; only the import cycle needs real files
 * (tests/unit/lint-fixtures, which `eslint .` skips), because the rule follows imports on disk.
 */
const root = path.resolve(import.meta.dirname, "../..");
// `ignore: false` so the fixtures, ignored by the config, are linted here.
const eslint = new ESLint({ cwd: root, ignore: false });
// import/no-cycle cannot run on a file that is not on disk (it crashes looking the file up).
const eslintWithoutCycles = new ESLint({ cwd: root, overrideConfig: { rules: { "import/no-cycle": "off" } } });

const BOUNDARY_RULE = "@typescript-eslint/no-restricted-imports";

async function ruleIds(filePath: string, code: string, linter = eslintWithoutCycles): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "(fatal)");
}

describe("lint boundaries", { timeout: 60_000 }, () => {
  it("keeps the database client out of app/ and components/", async () => {
    expect(await ruleIds("app/x/page.tsx", `import { db } from "@/lib/db/client";\nexport const x = db;\n`)).toContain(BOUNDARY_RULE);
    expect(await ruleIds("components/x.tsx", `import { db } from "../lib/db/client";\nexport const x = db;\n`)).toContain(BOUNDARY_RULE);
    expect(await ruleIds("app/(dashboard)/x/y.tsx", `import type { TransactionClient } from "../../../lib/db/client";\nexport type X = TransactionClient;\n`)).toContain(BOUNDARY_RULE);
  });

  it("keeps Prisma's runtime out of app/ and components/, but lets types and enums through", async () => {
    expect(await ruleIds("components/x.tsx", `import { Prisma } from "@/lib/generated/prisma/client";\nexport const x = Prisma;\n`)).toContain(BOUNDARY_RULE);
    expect(await ruleIds("app/api/x/route.ts", `import { Pool } from "pg";\nexport const x = Pool;\n`)).toContain(BOUNDARY_RULE);
    const typesOnly = [
      `import type { Role } from "@/lib/generated/prisma/enums";`,
      `import type { Prisma } from "@/lib/generated/prisma/client";`,
      `export type X = Role | Prisma.PartnerWhereInput;`,
    ].join("\n");
    expect(await ruleIds("app/x/page.tsx", `${typesOnly}\n`)).toEqual([]);
  });

  it("keeps app/ and components/ out of lib/, type imports included", async () => {
    expect(await ruleIds("lib/x/y.ts", `import { Button } from "@/components/ui/button";\nexport const x = Button;\n`)).toContain(BOUNDARY_RULE);
    expect(await ruleIds("lib/x/y.ts", `import type { BadgeVariant } from "@/components/ui/badge";\nexport type X = BadgeVariant;\n`)).toContain(BOUNDARY_RULE);
    expect(await ruleIds("lib/x/y.ts", `import { POST } from "../../app/api/import/[entity]/route";\nexport const x = POST;\n`)).toContain(BOUNDARY_RULE);
    expect(await ruleIds("lib/x/y.ts", `import { db } from "@/lib/db/client";\nexport const x = db;\n`)).toEqual([]);
  });

  it("reports an import cycle through @/ paths", async () => {
    const fixture = "tests/unit/lint-fixtures/cycle-a.ts";
    expect(await ruleIds(fixture, await readFile(path.join(root, fixture), "utf8"), eslint)).toContain("import/no-cycle");
  });
});
