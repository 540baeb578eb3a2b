import type { TransactionClient } from "@/lib/db/client";
import { daysFrom, slugify, stableId } from "./stable-id";

type NewsTexts = { title: string; summary: string; body: string };

/**
 * News and press releases of the demo office, in English with Azerbaijani and Russian beside them
 * (decision 010): agreements signed, delegations received and Erasmus+ results, around the partners
 * of the office pages in shared/seeds. Dated relative to the seed's day; the last one is published
 * with a date still to come, so the demo shows a scheduled item.
 */
const NEWS: (NewsTexts & { inDays: number; translations: { az: NewsTexts; ru: NewsTexts } })[] = [
  {
    inDays: -6,
    title: "Khazar University and Sogang University sign a cooperation agreement",
    summary: "The agreement opens student and staff exchanges with one of Seoul's leading private universities and prepares joint research and Korean language programs.",
    body:
      "Khazar University and Sogang University (Seoul, Republic of Korea) have signed an agreement on academic cooperation.\n\n" +
      "Under the agreement the two universities will exchange students, researchers and faculty members for study and research, organize joint lectures, conferences and symposia, and exchange publications. They also plan Korean and Azerbaijani language programs and, in the longer term, twinning and double-degree programs.\n\n" +
      "Students who would like to spend a semester at Sogang can ask the International Relations Office about the first exchange places.",
    translations: {
      az: {
        title: "Xəzər Universiteti ilə Sogang Universiteti əməkdaşlıq sazişi imzalayıb",
        summary: "Saziş Seulun aparıcı özəl universitetlərindən biri ilə tələbə və əməkdaş mübadiləsinə yol açır, birgə tədqiqatlara və Koreya dili proqramlarına zəmin yaradır.",
        body:
          "Xəzər Universiteti ilə Sogang Universiteti (Seul, Koreya Respublikası) arasında akademik əməkdaşlıq haqqında saziş imzalanıb.\n\n" +
          "Sazişə əsasən iki universitet təhsil və tədqiqat məqsədilə tələbə, tədqiqatçı və müəllim mübadiləsi aparacaq, birgə mühazirələr, konfranslar və simpoziumlar təşkil edəcək, nəşrlər mübadiləsi həyata keçirəcək. Koreya və Azərbaycan dili proqramları, gələcəkdə isə birgə və ikili diplom proqramları da nəzərdə tutulur.\n\n" +
          "Sogang Universitetində bir semestr oxumaq istəyən tələbələr ilk mübadilə yerləri barədə Beynəlxalq Əlaqələr Ofisinə müraciət edə bilərlər.",
      },
      ru: {
        title: "Университет Хазар и Университет Соган подписали соглашение о сотрудничестве",
        summary: "Соглашение открывает обмен студентами и сотрудниками с одним из ведущих частных университетов Сеула и закладывает основу для совместных исследований и программ корейского языка.",
        body:
          "Университет Хазар и Университет Соган (Сеул, Республика Корея) подписали соглашение об академическом сотрудничестве.\n\n" +
          "Соглашение предусматривает обмен студентами, исследователями и преподавателями для учёбы и научной работы, совместные лекции, конференции и симпозиумы, а также обмен публикациями. Стороны планируют программы корейского и азербайджанского языков, а в дальнейшем — совместные программы и программы двойных дипломов.\n\n" +
          "Студенты, которые хотят провести семестр в Университете Соган, могут узнать о первых местах по обмену в отделе международных связей.",
      },
    },
  },
  {
    inDays: -19,
    title: "A delegation from the University of Bergen discusses a double degree in petroleum engineering",
    summary: "Professors from Bergen met the School of Engineering and Applied Science to plan a double-degree program, student and faculty exchanges and joint research.",
    body:
      "A delegation of the University of Bergen (Norway) visited Khazar University. The guests met the dean and the faculty of the School of Engineering and Applied Science and toured the laboratories of the Department of Petroleum Engineering.\n\n" +
      "Building on the preliminary agreement between the two universities, the sides agreed to prepare a double-degree program in petroleum engineering and to start exchanges of students and faculty members from the next academic year. Joint research on reservoir engineering and the energy transition in the Caspian region was also discussed.\n\n" +
      "The visit was organized by the International Relations Office.",
    translations: {
      az: {
        title: "Bergen Universitetinin nümayəndə heyəti neft mühəndisliyi üzrə ikili diplom proqramını müzakirə edib",
        summary: "Bergendən gələn professorlar ikili diplom proqramı, tələbə və müəllim mübadiləsi və birgə tədqiqatları planlaşdırmaq üçün Mühəndislik və Tətbiqi Elmlər Məktəbi ilə görüşüblər.",
        body:
          "Bergen Universitetinin (Norveç) nümayəndə heyəti Xəzər Universitetində səfərdə olub. Qonaqlar Mühəndislik və Tətbiqi Elmlər Məktəbinin dekanı və müəllimləri ilə görüşüb, Neft Mühəndisliyi Departamentinin laboratoriyaları ilə tanış olublar.\n\n" +
          "İki universitet arasında əvvəllər imzalanmış ilkin saziş əsasında tərəflər neft mühəndisliyi üzrə ikili diplom proqramı hazırlamaq və gələn tədris ilindən tələbə və müəllim mübadiləsinə başlamaq barədə razılığa gəliblər. Neft-qaz yataqlarının işlənməsi və Xəzər regionunda enerji keçidi üzrə birgə tədqiqatlar da müzakirə olunub.\n\n" +
          "Səfər Beynəlxalq Əlaqələr Ofisi tərəfindən təşkil edilib.",
      },
      ru: {
        title: "Делегация Бергенского университета обсудила программу двойного диплома по нефтяной инженерии",
        summary: "Профессора из Бергена встретились со Школой инженерии и прикладных наук, чтобы спланировать программу двойного диплома, обмен студентами и преподавателями и совместные исследования.",
        body:
          "Университет Хазар посетила делегация Бергенского университета (Норвегия). Гости встретились с деканом и преподавателями Школы инженерии и прикладных наук и осмотрели лаборатории кафедры нефтяной инженерии.\n\n" +
          "На основе предварительного соглашения между двумя университетами стороны договорились подготовить программу двойного диплома по нефтяной инженерии и со следующего учебного года начать обмен студентами и преподавателями. Обсуждались также совместные исследования в области разработки месторождений и энергетического перехода в Каспийском регионе.\n\n" +
          "Визит организовал отдел международных связей.",
      },
    },
  },
  {
    inDays: -33,
    title: "Erasmus+ KA171: 24 exchange places for Khazar students and staff",
    summary: "Khazar University's Erasmus+ international credit mobility projects with European partners bring 24 places for study, teaching and training abroad next year.",
    body:
      "The results of this year's Erasmus+ International Credit Mobility (KA171) call are in: together with its partner universities in Europe, Khazar University takes part in projects that fund 24 exchanges next academic year.\n\n" +
      "Sixteen places are for students (a semester of study at a partner university), eight for academic and administrative staff (teaching and training stays of one to two weeks). The grants cover travel and a monthly allowance; tuition is waived at the host university.\n\n" +
      "The calls for applications will be published in the portal's catalogue of opportunities. An information session for students and staff will be announced in the events.",
    translations: {
      az: {
        title: "Erasmus+ KA171: Xəzər tələbələri və əməkdaşları üçün 24 mübadilə yeri",
        summary: "Xəzər Universitetinin Avropa tərəfdaşları ilə Erasmus+ beynəlxalq kredit mobilliyi layihələri gələn il xaricdə təhsil, tədris və təcrübə üçün 24 yer təqdim edir.",
        body:
          "Bu ilki Erasmus+ Beynəlxalq Kredit Mobilliyi (KA171) müsabiqəsinin nəticələri bəlli olub: Xəzər Universiteti Avropadakı tərəfdaş universitetlərlə birlikdə gələn tədris ilində 24 mübadiləni maliyyələşdirən layihələrdə iştirak edir.\n\n" +
          "On altı yer tələbələr üçündür (tərəfdaş universitetdə bir semestr təhsil), səkkiz yer isə akademik və inzibati heyət üçün (bir-iki həftəlik tədris və təcrübə səfərləri). Qrantlar yol xərclərini və aylıq təqaüdü əhatə edir; qəbul edən universitetdə təhsil haqqı alınmır.\n\n" +
          "Müraciət elanları portalın imkanlar kataloqunda dərc olunacaq. Tələbələr və əməkdaşlar üçün məlumat sessiyası tədbirlər bölməsində elan ediləcək.",
      },
      ru: {
        title: "Erasmus+ KA171: 24 места по обмену для студентов и сотрудников Хазара",
        summary: "Проекты международной кредитной мобильности Erasmus+ с европейскими партнёрами дают Университету Хазар 24 места для учёбы, преподавания и стажировок за рубежом в следующем году.",
        body:
          "Подведены итоги конкурса Erasmus+ «Международная кредитная мобильность» (KA171) этого года: вместе с университетами-партнёрами в Европе Университет Хазар участвует в проектах, которые финансируют 24 обмена в следующем учебном году.\n\n" +
          "Шестнадцать мест предназначены для студентов (семестр обучения в университете-партнёре), восемь — для академического и административного персонала (поездки для преподавания и стажировки продолжительностью одна-две недели). Гранты покрывают проезд и ежемесячную стипендию; плата за обучение в принимающем университете не взимается.\n\n" +
          "Объявления о приёме заявок будут опубликованы в каталоге возможностей портала. Информационная встреча для студентов и сотрудников будет объявлена в разделе мероприятий.",
      },
    },
  },
  {
    inDays: -52,
    title: "Memorandum of understanding signed with Istanbul Aydın University",
    summary: "The memorandum provides for student and faculty exchange, joint research projects and double-diploma programs.",
    body:
      "Khazar University and Istanbul Aydın University (Türkiye) have signed a memorandum of understanding.\n\n" +
      "The universities will exchange students and faculty members, carry out collaborative research projects and work towards double-diploma and joint-degree programs. The first exchanges are planned in economics and management and in the humanities.",
    translations: {
      az: {
        title: "İstanbul Aydın Universiteti ilə anlaşma memorandumu imzalanıb",
        summary: "Memorandum tələbə və müəllim mübadiləsini, birgə tədqiqat layihələrini və ikili diplom proqramlarını nəzərdə tutur.",
        body:
          "Xəzər Universiteti ilə İstanbul Aydın Universiteti (Türkiyə) arasında anlaşma memorandumu imzalanıb.\n\n" +
          "Universitetlər tələbə və müəllim mübadiləsi aparacaq, birgə tədqiqat layihələri həyata keçirəcək, ikili diplom və birgə dərəcə proqramları üzərində işləyəcəklər. İlk mübadilələrin iqtisadiyyat və menecment, həmçinin humanitar elmlər sahələrində olması planlaşdırılır.",
      },
      ru: {
        title: "Подписан меморандум о взаимопонимании со Стамбульским университетом Айдын",
        summary: "Меморандум предусматривает обмен студентами и преподавателями, совместные исследовательские проекты и программы двойных дипломов.",
        body:
          "Университет Хазар и Стамбульский университет Айдын (Турция) подписали меморандум о взаимопонимании.\n\n" +
          "Университеты будут обмениваться студентами и преподавателями, вести совместные исследовательские проекты и работать над программами двойных дипломов и совместных степеней. Первые обмены запланированы в области экономики и менеджмента и гуманитарных наук.",
      },
    },
  },
  {
    inDays: -74,
    title: "Khazar welcomes a delegation from Ritsumeikan Asia Pacific University",
    summary: "The Japanese guests presented exchange programs for students and faculty and met Khazar's Japanese language learners.",
    body:
      "Representatives of Ritsumeikan Asia Pacific University (Beppu, Japan) visited Khazar University as part of the cooperation agreement between the two universities.\n\n" +
      "The delegation met the rector's office and the International Relations Office, presented exchange opportunities for students and faculty members, and talked with students learning Japanese. The sides discussed joint research projects, joint conferences and cultural programs for the coming year.",
    translations: {
      az: {
        title: "Xəzər Ritsumeikan Asiya-Sakit Okean Universitetinin nümayəndə heyətini qəbul edib",
        summary: "Yaponiyalı qonaqlar tələbə və müəllimlər üçün mübadilə proqramlarını təqdim edib, Xəzərdə yapon dilini öyrənən tələbələrlə görüşüblər.",
        body:
          "Ritsumeikan Asiya-Sakit Okean Universitetinin (Beppu, Yaponiya) nümayəndələri iki universitet arasındakı əməkdaşlıq sazişi çərçivəsində Xəzər Universitetində olublar.\n\n" +
          "Nümayəndə heyəti rektorluq və Beynəlxalq Əlaqələr Ofisi ilə görüşüb, tələbə və müəllimlər üçün mübadilə imkanlarını təqdim edib, yapon dilini öyrənən tələbələrlə söhbət edib. Tərəflər gələn il üçün birgə tədqiqat layihələrini, birgə konfransları və mədəni proqramları müzakirə ediblər.",
      },
      ru: {
        title: "Хазар принял делегацию Азиатско-Тихоокеанского университета Рицумейкан",
        summary: "Японские гости представили программы обмена для студентов и преподавателей и встретились со студентами Хазара, изучающими японский язык.",
        body:
          "Представители Азиатско-Тихоокеанского университета Рицумейкан (Беппу, Япония) посетили Университет Хазар в рамках соглашения о сотрудничестве между двумя университетами.\n\n" +
          "Делегация встретилась с ректоратом и отделом международных связей, рассказала о возможностях обмена для студентов и преподавателей и побеседовала со студентами, изучающими японский язык. Стороны обсудили совместные исследовательские проекты, совместные конференции и культурные программы на следующий год.",
      },
    },
  },
  {
    inDays: 5,
    title: "Erasmus+ exchange calls for the spring semester open",
    summary: "Students can apply for a semester at a European partner university; the calls are in the catalogue of opportunities.",
    body:
      "The calls for Erasmus+ exchange places in the spring semester are open. Bachelor's and master's students of every school may apply online through the portal with their transcript, a motivation letter and a language certificate.\n\n" +
      "The International Relations Office answers questions during its office hours and at the information session announced in the events.",
    translations: {
      az: {
        title: "Yaz semestri üçün Erasmus+ mübadilə müsabiqələri başlayır",
        summary: "Tələbələr Avropadakı tərəfdaş universitetdə bir semestr təhsil üçün müraciət edə bilərlər; elanlar imkanlar kataloqundadır.",
        body:
          "Yaz semestri üzrə Erasmus+ mübadilə yerləri üçün müsabiqələr başlayır. Bütün məktəblərin bakalavr və magistr tələbələri qiymət cədvəli, motivasiya məktubu və dil sertifikatı ilə portal vasitəsilə onlayn müraciət edə bilərlər.\n\n" +
          "Beynəlxalq Əlaqələr Ofisi sualları qəbul saatlarında və tədbirlər bölməsində elan olunan məlumat sessiyasında cavablandırır.",
      },
      ru: {
        title: "Открыт приём заявок на обмен Erasmus+ в весеннем семестре",
        summary: "Студенты могут подать заявку на семестр в европейском университете-партнёре; объявления — в каталоге возможностей.",
        body:
          "Открыт приём заявок на места по обмену Erasmus+ в весеннем семестре. Студенты бакалавриата и магистратуры всех школ могут подать заявку онлайн через портал, приложив выписку оценок, мотивационное письмо и языковой сертификат.\n\n" +
          "Отдел международных связей отвечает на вопросы в приёмные часы и на информационной встрече, объявленной в разделе мероприятий.",
      },
    },
  },
];

/** At ten in the morning in Baku (06:00 UTC), `days` from `today`. */
function publicationTime(today: Date, days: number): Date {
  const date = daysFrom(today, days);
  date.setUTCHours(6);
  return date;
}

export async function seedNews(tx: TransactionClient, { today, authorId }: { today: Date; authorId: string | null }): Promise<void> {
  for (const item of NEWS) {
    const slug = slugify(item.title);
    const data = {
      title: item.title,
      summary: item.summary,
      body: item.body,
      translations: item.translations,
      publishedAt: publicationTime(today, item.inDays),
      isPublished: true,
    };
    await tx.newsItem.upsert({ where: { slug }, create: { id: stableId("news", slug), slug, ...data, createdById: authorId }, update: data });
  }
}
