import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/** What a dead e-mail link (expired, used, unknown) shows instead of its form. */
export function InvalidLink({ title, body, action }: { title: string; body: string; action: ReactNode }) {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Alert variant="warning">{body}</Alert>
      <p>{action}</p>
    </div>
  );
}
