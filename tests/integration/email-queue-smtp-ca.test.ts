import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/send-mail";
import { createSmtpTransport, smtpTransportOptions } from "@/lib/mail/transport";
import { ensureInstitution } from "@/tests/helpers/factories";

/**
 * A mail server whose certificate is signed by the office's own certificate authority (README,
 * "E-mail"): with SMTP_CA_FILE naming that authority the portal trusts it and delivers; without,
 * the connection is refused as untrusted. The authority and the server's certificate are made here
 * with openssl, and the server speaks SMTP over TLS (smtps://) on this machine.
 */
const hasOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"]);
    return true;
  } catch {
    return false;
  }
})();

const tlsServer = await vi.hoisted(async () => {
  const [{ execFileSync: run }, { mkdtempSync, readFileSync, writeFileSync }, { tmpdir }, path, tls] = await Promise.all([
    import("node:child_process"),
    import("node:fs"),
    import("node:os"),
    import("node:path"),
    import("node:tls"),
  ]);
  const state = { received: 0 };
  const openssl = (args: string[]) => run("openssl", args, { stdio: "pipe" });
  try {
    openssl(["version"]);
  } catch {
    return { state, server: null, dir: null };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "smtp-ca-"));
  const file = (name: string) => path.join(dir, name);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(["req", "-x509", ...ec, "-keyout", file("ca.key"), "-out", file("ca.pem"), "-days", "2", "-subj", "/CN=Test Office CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
  openssl(["req", ...ec, "-keyout", file("server.key"), "-out", file("server.csr"), "-subj", "/CN=127.0.0.1"]);
  writeFileSync(file("server.ext"), "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
  openssl(["x509", "-req", "-in", file("server.csr"), "-CA", file("ca.pem"), "-CAkey", file("ca.key"), "-CAcreateserial",
    "-out", file("server.pem"), "-days", "2", "-extfile", file("server.ext")]);

  const server = tls.createServer({ key: readFileSync(file("server.key")), cert: readFileSync(file("server.pem")) }, (socket) => {
    socket.write("220 mail.office.test ESMTP\r\n");
    let buffer = "";
    let inData = false;
    socket.on("error", () => {});
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        const end = buffer.indexOf(inData ? "\r\n.\r\n" : "\r\n");
        if (end === -1) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (inData ? 5 : 2));
        if (inData) {
          inData = false;
          state.received++;
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250-mail.office.test\r\n250 8BITMIME\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  process.env.SMTP_URL = `smtps://127.0.0.1:${port}`;
  process.env.SMTP_CA_FILE = file("ca.pem");
  return { state, server, dir };
});

describe.skipIf(!hasOpenssl)("a mail server signed by the office's own certificate authority", () => {
  beforeAll(async () => {
    await ensureInstitution();
  });

  afterAll(async () => {
    await new Promise((resolve) => tlsServer.server?.close(resolve));
    if (tlsServer.dir) rmSync(tlsServer.dir, { recursive: true, force: true });
  });

  it("is trusted through SMTP_CA_FILE: the message is delivered and SENT", async () => {
    await sendMail({ to: "someone@test.example.edu", subject: "Over TLS", text: "Hello.", html: "<p>Hello.</p>" });
    expect(await db.emailMessage.findFirstOrThrow({ where: { subject: "Over TLS" } })).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(tlsServer.state.received).toBe(1);
  });

  it("is refused as untrusted without it", async () => {
    const untrusting = createSmtpTransport({ SMTP_URL: process.env.SMTP_URL! });
    await expect(untrusting.verify()).rejects.toThrow(/self[- ]signed|unable to (get|verify)/i);
    expect(tlsServer.state.received).toBe(1);
  });

  it("keeps each attempt's time limits beside the URL's settings", () => {
    const transport = createSmtpTransport({ SMTP_URL: "smtp://user:secret@mail.office.test:587" }).transporter as unknown as { options: Record<string, unknown> };
    expect(transport.options).toMatchObject({ host: "mail.office.test", port: 587, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  });

  it("names the variable when the file cannot be read", () => {
    expect(() => smtpTransportOptions({ SMTP_URL: "smtps://mail.office.test", SMTP_CA_FILE: "/nonexistent/ca.pem" })).toThrow(/SMTP_CA_FILE \(\/nonexistent\/ca\.pem\) cannot be read/);
  });
});
