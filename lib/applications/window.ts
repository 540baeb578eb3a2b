/** Whether an opportunity takes applications at `now`: published, opened, not yet closed. */
export function isWindowOpen(
  opportunity: { status: string; opensAt: Date; closesAt: Date },
  now: Date = new Date(),
): boolean {
  return opportunity.status === "PUBLISHED" && opportunity.opensAt <= now && now < opportunity.closesAt;
}
