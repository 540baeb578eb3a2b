/**
 * The planned start and end of a mobility created from an accepted application, estimated from the
 * opportunity's academic year (2026 = 2026/27) and period text: a spring or second-semester period
 * starts on 1 February of the following calendar year, anything else on 1 September of the
 * academic year. Staff correct the dates on the record once the partner confirms them.
 */
export function plannedPeriod(opportunity: { academicYear: number; academicPeriod: string; durationMonths: number | null }): {
  startDate: Date;
  endDate: Date;
} {
  const period = opportunity.academicPeriod.toLowerCase();
  const isSpring = /spring|second|yaz|весн|2nd/.test(period);
  const startDate = isSpring
    ? new Date(Date.UTC(opportunity.academicYear + 1, 1, 1))
    : new Date(Date.UTC(opportunity.academicYear, 8, 1));
  const months = opportunity.durationMonths && opportunity.durationMonths > 0 ? opportunity.durationMonths : 5;
  const endDate = new Date(startDate);
  endDate.setUTCMonth(endDate.getUTCMonth() + Math.floor(months));
  endDate.setUTCDate(endDate.getUTCDate() + Math.round((months % 1) * 30) - 1);
  return { startDate, endDate };
}
