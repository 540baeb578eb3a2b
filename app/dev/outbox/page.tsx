import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { listOutbox, outboxDir } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Development outbox", robots: { index: false } };

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Shows the text with its links clickable (the confirmation and reset links are what one comes for). */
function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="text-link underline break-all">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * The e-mails the portal wrote to `<DATA_DIR>/outbox` because SMTP_URL is not set. A tool for
 * developers only: it does not exist in production, where those links would let anyone in.
 * (Not translated: it is never shown to the portal's users.)
 */
export default async function DevOutboxPage() {
  await connection();
  if (env().NODE_ENV === "production") notFound();
  const messages = await listOutbox();
  return (
    <main className="mx-auto w-full max-w-4xl space-y-6 px-4 py-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Development outbox</h1>
        <p className="text-muted-foreground">
          {messages.length} message(s) in <code>{outboxDir()}</code>, newest first. Set SMTP_URL to send real e-mail.
        </p>
      </div>
      {messages.length === 0 ? (
        <p className="rounded-lg border border-border p-6 text-muted-foreground">No e-mail has been written yet.</p>
      ) : (
        <ol className="space-y-4">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-border bg-surface p-4" data-testid="outbox-message">
              <article className="space-y-2">
                <h2 className="text-lg font-semibold">{message.subject}</h2>
                <p className="text-sm text-muted-foreground">
                  To <span data-testid="outbox-to">{message.to}</span> · <time dateTime={message.createdAt}>{message.createdAt}</time> ·{" "}
                  <code>{message.file}</code>
                </p>
                <pre className="text-sm whitespace-pre-wrap">
                  <LinkedText text={message.text} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
