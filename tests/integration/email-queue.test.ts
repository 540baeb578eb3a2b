import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import EmailsPage from "@/app/(dashboard)/dashboard/admin/emails/page";
import { registerStudentAction } from "@/lib/auth/actions";
import { db } from "@/lib/db/client";
import { retryAllFailedEmailsAction, retryEmailAction } from "@/lib/mail/actions";
import { countEmailMessagesByStatus, getEmailMessage, listEmailMessages } from "@/lib/mail/admin-queries";
import { brandedMessage } from "@/lib/mail/branded-message";
import { deliverDueMessages } from "@/lib/mail/queue";
import { MAX_ATTEMPTS } from "@/lib/mail/retry-policy";
import { emailFilterSchema } from "@/lib/mail/schemas";
import { sendMail } from "@/lib/mail/send-mail";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * The e-mail queue against a real mail server on this machine (a minimal SMTP server below, which
 * takes messages or turns every one away) and real PostgreSQL: a failed first attempt leaves the
 * message PENDING and the caller's action done; the every-minute job retries with growing pauses
 * and marks it FAILED after the last attempt; admins see it and send it again; nobody else can.
 */
const smtp = await vi.hoisted(async () => {
  const { createServer } = await import("node:net");
  const state = { accept: true, received: [] as string[] };
  const server = createServer((socket) => {
    if (!state.accept) {
      socket.end("421 4.3.2 Service not available, try again later\r\n");
      return;
    }
    socket.write("220 test.example.edu ESMTP\r\n");
    let buffer = "";
    let inData = false;
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        const end = buffer.indexOf(inData ? "\r\n.\r\n" : "\r\n");
        if (end === -1) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (inData ? 5 : 2));
        if (inData) {
          inData = false;
          state.received.push(line);
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250-test.example.edu\r\n250 8BITMIME\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { state, server };
});

const MINUTE = 60_000;

let admin: TestUser;
let officer: TestUser;
let student: TestUser;

beforeAll(async () => {
  await ensureInstitution();
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  student = await createUser({ role: "STUDENT" });
});

afterAll(async () => {
  await new Promise((resolve) => smtp.server.close(resolve));
});

beforeEach(async () => {
  smtp.state.accept = true;
  smtp.state.received.length = 0;
  await db.emailMessage.deleteMany();
  actAsVisitor();
});

function message(to = "someone@test.example.edu", subject = "Your application") {
  return { to, subject, text: "Your application was accepted.\n\nOpen it: https://iro.test/my/applications/1", html: "<p>Your application was accepted.</p>" };
}

async function onlyMessage() {
  const rows = await db.emailMessage.findMany();
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

/** Runs the job at the moment the message is next due (the clock moved on that far). */
async function runWhenDue(id: string) {
  const { nextAttemptAt } = await db.emailMessage.findUniqueOrThrow({ where: { id } });
  const now = new Date(nextAttemptAt.getTime() + 1);
  return { now, result: await deliverDueMessages(now) };
}

describe("sending", () => {
  it("delivers at once through the mail server, as a text part and an HTML part in the layout", async () => {
    await sendMail({ ...message(), template: "applications.decision" });
    const row = await onlyMessage();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, template: "applications.decision" });
    expect(row.sentAt).not.toBeNull();
    expect(smtp.state.received).toHaveLength(1);
    const raw = smtp.state.received[0]!;
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    // The module's own fragment sits in the branded layout; its text keeps its link and gains the footer.
    expect(row.html).toMatch(/^<!DOCTYPE html/);
    expect(row.html).toContain("<p>Your application was accepted.</p>");
    expect(row.html).toContain("Test University");
    expect(row.text).toMatch(/^Your application was accepted\.\n\nOpen it: https:\/\/iro\.test\/my\/applications\/1\n\n-- \nTest University/);
  });

  it("keeps the message PENDING when the mail server turns it away, and the caller's action succeeds", async () => {
    smtp.state.accept = false;
    const before = Date.now();
    const result = await registerStudentAction({ name: "Leyla Aliyeva", email: "leyla@test.example.edu", password: "Registration-pass-1", confirmPassword: "Registration-pass-1" });
    expect(result).toEqual({ ok: true, data: { email: "leyla@test.example.edu" } });
    expect(await db.user.count({ where: { email: "leyla@test.example.edu" } })).toBe(1);

    const row = await onlyMessage();
    expect(row).toMatchObject({ to: "leyla@test.example.edu", status: "PENDING", attempts: 1, template: "auth.confirmEmail", sentAt: null });
    expect(row.lastError).toContain("421");
    // The next attempt waits a minute.
    expect(row.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(MINUTE);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeLessThanOrEqual(MINUTE);
    // Nothing reached the server, and sendMail itself does not throw for it either.
    expect(smtp.state.received).toEqual([]);
    await expect(sendMail(message())).resolves.toBeUndefined();
  });
});

describe("the every-minute job", () => {
  it("leaves a message alone until it is due, then delivers it", async () => {
    smtp.state.accept = false;
    await sendMail(message());
    const { id, nextAttemptAt } = await onlyMessage();
    smtp.state.accept = true;

    expect(await deliverDueMessages(new Date(nextAttemptAt.getTime() - 1000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.state.received).toEqual([]);

    expect((await runWhenDue(id)).result).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(smtp.state.received).toHaveLength(1);
  });

  it("waits 4, 16, 64 and 256 minutes between later attempts, then marks the message FAILED for admins", async () => {
    smtp.state.accept = false;
    await sendMail(message("applicant@test.example.edu", "Nomination"));
    const { id } = await onlyMessage();
    const pauses: number[] = [];
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      const { now, result } = await runWhenDue(id);
      const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(result).toEqual({ sent: 0, retrying: 1, failed: 0 });
        expect(row.status).toBe("PENDING");
        pauses.push((row.nextAttemptAt.getTime() - now.getTime()) / MINUTE);
      } else {
        expect(result).toEqual({ sent: 0, retrying: 0, failed: 1 });
        expect(row.status).toBe("FAILED");
      }
    }
    expect(pauses).toEqual([4, 16, 64, 256]);
    // A FAILED message is never tried by the job again.
    expect(await deliverDueMessages(new Date(Date.now() + 365 * 24 * 60 * MINUTE))).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const listed = await listEmailMessages(admin, emailFilterSchema.parse({ status: "FAILED" }));
    expect(listed.rows).toEqual([expect.objectContaining({ id, to: "applicant@test.example.edu", subject: "Nomination", attempts: MAX_ATTEMPTS })]);
    expect(listed.rows[0]!.lastError).toContain("421");
    // The list never carries a message's body.
    expect(listed.rows[0]).not.toHaveProperty("text");
    expect(listed.rows[0]).not.toHaveProperty("html");
    expect(await countEmailMessagesByStatus(admin)).toEqual({ PENDING: 0, SENT: 0, FAILED: 1 });
    expect((await listEmailMessages(admin, emailFilterSchema.parse({ q: "APPLICANT@" }))).total).toBe(1);
    expect((await listEmailMessages(admin, emailFilterSchema.parse({ status: "SENT" }))).total).toBe(0);
  });

  it("sends each due message once when runs overlap (several instances)", async () => {
    smtp.state.accept = false;
    for (const index of [1, 2, 3, 4, 5]) await sendMail(message(`person${index}@test.example.edu`));
    smtp.state.accept = true;
    const now = new Date(Date.now() + 2 * MINUTE);
    const results = await Promise.all([deliverDueMessages(now), deliverDueMessages(now), deliverDueMessages(now)]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(5);
    expect(smtp.state.received).toHaveLength(5);
    expect(await db.emailMessage.count({ where: { status: "SENT", attempts: 2 } })).toBe(5);
  });
});

/** Drives a message to FAILED, as six refused attempts would. */
async function failedMessage(to: string): Promise<string> {
  smtp.state.accept = false;
  await sendMail(message(to));
  const { id } = await db.emailMessage.findFirstOrThrow({ where: { to } });
  while ((await db.emailMessage.findUniqueOrThrow({ where: { id } })).status === "PENDING") await runWhenDue(id);
  smtp.state.accept = true;
  return id;
}

describe("admins send failed messages again", () => {
  it("sends one again at once, with a fresh series of attempts, and records who did", async () => {
    const id = await failedMessage("one@test.example.edu");
    actAs(admin);
    expect(await retryEmailAction({ id })).toEqual({ ok: true, data: { sent: true } });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(smtp.state.received).toHaveLength(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "EmailMessage", entityId: id } });
    expect(audit).toMatchObject({ action: "email.retry", actorId: admin.id });
    expect(audit.after).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(JSON.stringify(audit.before)).not.toContain("accepted");
  });

  it("keeps the message PENDING with the new error when the server still refuses it", async () => {
    const id = await failedMessage("still@test.example.edu");
    smtp.state.accept = false;
    actAs(admin);
    expect(await retryEmailAction({ id })).toEqual({ ok: true, data: { sent: false } });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 1 });
  });

  it("refuses to send again a message that is not failed", async () => {
    await sendMail(message("fine@test.example.edu"));
    const { id } = await onlyMessage();
    actAs(admin);
    expect(await retryEmailAction({ id })).toMatchObject({ ok: false, code: "CONFLICT", formError: "emails.admin.retry.notFailed" });
    expect(await retryEmailAction({ id: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("sends every failed message again in one go", async () => {
    const ids = [await failedMessage("a@test.example.edu"), await failedMessage("b@test.example.edu")];
    actAs(admin);
    expect(await retryAllFailedEmailsAction({})).toEqual({ ok: true, data: { count: 2, sent: 2, waiting: 0 } });
    expect(await db.emailMessage.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "email.retry-all", entityId: { in: ids } } })).toBe(2);
    expect(await retryAllFailedEmailsAction({})).toEqual({ ok: true, data: { count: 0, sent: 0, waiting: 0 } });
  });

  it("refuses everyone but admins, changing nothing", async () => {
    const id = await failedMessage("private@test.example.edu");
    const before = await countAllRows();
    for (const user of [officer, student, null]) {
      actAs(user);
      const code = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(await retryEmailAction({ id })).toMatchObject({ ok: false, code });
      expect(await retryAllFailedEmailsAction({})).toMatchObject({ ok: false, code });
      await expect(listEmailMessages(user, emailFilterSchema.parse({}))).rejects.toMatchObject({ code });
      await expect(getEmailMessage(user, id)).rejects.toMatchObject({ code });
      await expect(countEmailMessagesByStatus(user)).rejects.toMatchObject({ code });
    }
    // The page itself: an officer is turned away before anything is read.
    actAs(officer);
    await expect(EmailsPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(/forbidden|NEXT_HTTP_ERROR_FALLBACK;403/);
    expect(await countAllRows()).toEqual(before);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
    expect(smtp.state.received).toEqual([]);
  });
});

describe("the message's language", () => {
  it("is the recipient's account language for a message given as a fragment", async () => {
    const reader = await createUser({ email: "rus@test.example.edu" });
    await db.user.update({ where: { id: reader.id }, data: { locale: "ru" } });
    await sendMail(message("RUS@test.example.edu"));
    const row = await onlyMessage();
    expect(row.html).toMatch(/<html[^>]*\blang="ru"/);
    expect(row.text).toContain("Это письмо отправлено автоматически порталом «Test University»");
  });

  it("is the institution's default language when the recipient's is not known, with the institution's name in it", async () => {
    await db.institution.update({ where: { id: 1 }, data: { defaultLanguage: "az", translations: { ru: { name: "Тестовый университет" } } } });
    try {
      const body = await brandedMessage({ locale: null, heading: "Salam", paragraphs: ["Mətn."], action: { label: "Aç", url: "https://iro.test/x" } });
      expect(body.html).toMatch(/<html[^>]*\blang="az"/);
      expect(body.text).toContain("Aç: https://iro.test/x");
      expect(body.text).toContain("Bu məktub Test University portalı tərəfindən avtomatik göndərilib.");
      await sendMail({ to: "unknown@test.example.edu", subject: "Salam", ...body });
      // A whole document is stored as it came, not wrapped a second time.
      expect((await onlyMessage()).html).toBe(body.html);

      const russian = await brandedMessage({ locale: "ru", heading: "Здравствуйте", paragraphs: ["Текст."] });
      expect(russian.html).toMatch(/<html[^>]*\blang="ru"/);
      expect(russian.html).toContain("Тестовый университет");
    } finally {
      await db.institution.update({ where: { id: 1 }, data: { defaultLanguage: "en", translations: {} } });
    }
  });
});
