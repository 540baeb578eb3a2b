// A deliberate import cycle (with cycle-b.ts) for tests/unit/lint-boundaries.test.ts; eslint.config.mjs ignores this folder.
import { b } from "@/tests/unit/lint-fixtures/cycle-b";

export function a(): string {
  return `a${b.name}`;
}
