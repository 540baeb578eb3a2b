import type { CefrLevel } from "@/lib/generated/prisma/enums";

/** CEFR levels in order, for selects and comparisons (shared by client forms and server schemas). */
export const CEFR_LEVELS_LIST = ["A1", "A2", "B1", "B2", "C1", "C2"] as const satisfies readonly CefrLevel[];

/** Whether `level` meets `required` (B2 meets B1). */
export function meetsCefr(level: CefrLevel, required: CefrLevel): boolean {
  return CEFR_LEVELS_LIST.indexOf(level) >= CEFR_LEVELS_LIST.indexOf(required);
}
