// A deliberate import cycle (with cycle-a.ts) for tests/unit/lint-boundaries.test.ts; eslint.config.mjs ignores this folder.
import { a } from "@/tests/unit/lint-fixtures/cycle-a";

export function b(): string {
  return `b${a.name}`;
}
