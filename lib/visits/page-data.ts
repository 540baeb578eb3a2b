import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { toLocalInput } from "@/lib/dates/zoned";
import { can } from "@/lib/permissions";
import { readTranslations } from "@/lib/translations/content";
import { translationFormValues } from "@/lib/translations/schema";
import { checkVisitTransition, isOver, nextVisitStatuses, type VisitTransitionCheck } from "./lifecycle";
import { getVisitForStaff, listTravellers, type StaffAgendaItem, type StaffParticipant, type StaffVisit } from "./queries";
import { AGENDA_TEXT_FIELDS, emptyParticipantForm, type AgendaItemFieldsInput, type ParticipantFieldsInput } from "./schemas";
import { agendaWarnings, passportWarnings, type VisitWarning } from "./warnings";
import { officeClock } from "./zone";

/**
 * Everything a visit's staff page hands to its client components, in one place, so what reaches the
 * browser can be checked: a coordinator's participants carry no personal field, not even an empty
 * one, in the rows or in the edit forms' values.
 */

const at = (date: Date | null, timeZone: string) => (date ? toLocalInput(date, timeZone) : "");
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** The participant form's values for a stored participant; the personal keys only with personal data. */
export function participantFormValues(participant: StaffParticipant, timeZone: string): ParticipantFieldsInput {
  const values: ParticipantFieldsInput = {
    ...emptyParticipantForm(participant.personal !== null),
    name: participant.name,
    position: participant.position ?? "",
    organization: participant.organization ?? "",
    email: participant.email ?? "",
    arrivalAt: at(participant.arrivalAt, timeZone),
    arrivalTransport: participant.arrivalTransport ?? "",
    departureAt: at(participant.departureAt, timeZone),
    departureTransport: participant.departureTransport ?? "",
    needs: participant.needs,
    accommodation: participant.accommodation ?? "",
    accommodationNights: participant.accommodationNights === null ? "" : String(participant.accommodationNights),
    accommodationBooked: participant.accommodationBooked,
    accommodationCost: participant.accommodationCost ?? "",
    visaStatus: participant.visaStatus,
    visaUpdatedOn: day(participant.visaUpdatedOn),
    userId: participant.userId ?? "",
    tickets: participant.tickets ?? "",
    insurance: participant.insurance ?? "",
    perDiem: participant.perDiem ?? "",
    budgetLine: participant.budgetLine ?? "",
    letterLanguage: participant.letterLanguage as ParticipantFieldsInput["letterLanguage"],
  };
  if (!participant.personal) return values;
  const personal = participant.personal;
  return {
    ...values,
    phone: personal.phone ?? "",
    nationalityCode: personal.nationalityCode ?? "",
    passportNumber: personal.passportNumber ?? "",
    passportExpiresOn: personal.passportExpiresOn ?? "",
    birthDate: personal.birthDate ?? "",
  };
}

export function agendaFormValues(item: StaffAgendaItem, timeZone: string): AgendaItemFieldsInput {
  return {
    startsAt: at(item.startsAt, timeZone),
    endsAt: at(item.endsAt, timeZone),
    title: item.title,
    location: item.location ?? "",
    kind: item.kind,
    host: item.host ?? "",
    participants: item.participants,
    translations: translationFormValues(readTranslations(item.translations, AGENDA_TEXT_FIELDS), AGENDA_TEXT_FIELDS),
  };
}

export interface TransitionOption {
  to: StaffVisit["status"];
  check: VisitTransitionCheck;
}

export interface VisitPageData {
  visit: Omit<StaffVisit, "participants" | "agenda">;
  participants: { participant: StaffParticipant; values: ParticipantFieldsInput }[];
  agenda: { item: StaffAgendaItem; values: AgendaItemFieldsInput }[];
  warnings: VisitWarning[];
  transitions: TransitionOption[];
  travellers: { id: string; name: string }[];
  canEdit: boolean;
  /** The office may erase the personal data of a visit that is over. */
  canErase: boolean;
  timeZone: string;
}

/** The visit page's data, or null when the visit is unknown or outside the user's reach. */
export async function getVisitPageData(user: SessionUser | null, id: string, now: Date = new Date()): Promise<VisitPageData | null> {
  const staffVisit = await getVisitForStaff(user, id);
  if (!staffVisit) return null;
  const { participants, agenda, ...visit } = staffVisit;
  const { timeZone, today, dayOf } = await officeClock(now);
  const canEdit = can(user, "visit:update", { unitId: visit.hostUnitId ?? undefined });
  const days = { startDate: day(visit.startDate), endDate: day(visit.endDate) };
  const warnings = [
    ...agendaWarnings(agenda, days, dayOf),
    ...(visit.withPersonalData ? passportWarnings(participants.map((p) => ({ id: p.id, passportExpiresOn: p.personal?.passportExpiresOn ?? null, departureAt: p.departureAt })), days.endDate, dayOf) : []),
  ];
  return {
    visit,
    participants: participants.map((participant) => ({ participant, values: participantFormValues(participant, timeZone) })),
    agenda: agenda.map((item) => ({ item, values: agendaFormValues(item, timeZone) })),
    warnings,
    transitions: canEdit ? nextVisitStatuses(visit.status).map((to) => ({ to, check: checkVisitTransition({ status: visit.status, startDate: days.startDate }, to, today) })) : [],
    travellers: canEdit ? await listTravellers(user) : [],
    canEdit,
    canErase: canEdit && visit.withPersonalData && isOver(visit.status) && participants.length > 0,
    timeZone,
  };
}
