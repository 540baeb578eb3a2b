import type { AppLocale } from "@/i18n/config";

/**
 * The invitation letter as the portal writes it until an admin edits it: seeded into the database
 * and used whenever a language has no saved template. What a consulate asks for — the name as in
 * the passport, the passport number, the nationality, the purpose, the dates and who pays — is in
 * each. A Russian long date ends in its own full stop ("10 декабря 2026 г."), so no date is
 * followed by one. The closing ("Sincerely,") ends the body; the signature block is added below it.
 */

export interface LetterTemplateText {
  subject: string;
  body: string;
}

export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<AppLocale, LetterTemplateText>> = {
  en: {
    subject: "Letter of invitation",
    body: [
      "To whom it may concern,",
      "{{institution.name}} is pleased to invite the following guest:",
      "Full name (as in the passport): {{guest.fullName}}\nNationality: {{guest.nationality}}\nPassport number: {{guest.passportNumber}}",
      "Purpose of the visit: {{visit.purpose}}",
      "The visit will take place from {{visit.startDate}} to {{visit.endDate}}.\nCosts of the visit: {{visit.costsCoveredBy}}",
      "We kindly ask you to issue the visa this visit requires. Our International Relations Office will gladly answer any question about it.",
      "Sincerely,",
    ].join("\n\n"),
  },
  az: {
    subject: "Dəvət məktubu",
    body: [
      "Hörmətli xanımlar və cənablar,",
      "{{institution.name}} aşağıdakı qonağı dəvət etməkdən məmnundur:",
      "Adı və soyadı (pasportdakı kimi): {{guest.fullName}}\nVətəndaşlığı: {{guest.nationality}}\nPasportun nömrəsi: {{guest.passportNumber}}",
      "Səfərin məqsədi: {{visit.purpose}}",
      "Səfər {{visit.startDate}} – {{visit.endDate}} tarixlərində baş tutacaq.\nSəfər xərcləri: {{visit.costsCoveredBy}}",
      "Bu səfər üçün lazım olan vizanın verilməsində köməyinizi xahiş edirik. Əlavə suallarınızı Beynəlxalq əlaqələr ofisimiz məmnuniyyətlə cavablandıracaq.",
      "Hörmətlə,",
    ].join("\n\n"),
  },
  ru: {
    subject: "Письмо-приглашение",
    body: [
      "Уважаемые дамы и господа!",
      "{{institution.name}} имеет честь пригласить следующего гостя:",
      "Фамилия и имя (как в паспорте): {{guest.fullName}}\nГражданство: {{guest.nationality}}\nНомер паспорта: {{guest.passportNumber}}",
      "Цель визита: {{visit.purpose}}",
      "Сроки визита: с {{visit.startDate}} по {{visit.endDate}}\nРасходы по визиту: {{visit.costsCoveredBy}}",
      "Просим оказать содействие в выдаче визы, необходимой для этого визита. На все вопросы о нём с удовольствием ответит наш Отдел международных связей.",
      "С уважением,",
    ].join("\n\n"),
  },
};
