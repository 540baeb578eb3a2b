"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

type Status = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

const POLL_MS = 2000;

/**
 * A report that is waiting or being made: its progress, asked for every two seconds from
 * `/api/reports/<id>`, and the page refreshed (files, status) once it is ready or has failed. The
 * text is a polite live region, so a screen reader hears it change without being interrupted.
 */
export function ReportProgress({ id, status: initialStatus, progress: initialProgress, label }: { id: string; status: Status; progress: number; label: string }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [state, setState] = useState({ status: initialStatus, progress: initialProgress });

  useEffect(() => {
    if (state.status === "DONE" || state.status === "FAILED") return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/reports/${id}`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as { status: Status; progress: number };
        setState(next);
        if (next.status === "DONE" || next.status === "FAILED") router.refresh();
      } catch {
        // A lost connection: the next render tries again.
        if (!stopped) setState((current) => ({ ...current }));
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, state, router]);

  const text = state.status === "RUNNING" ? t("status.RUNNING", { progress: state.progress }) : t(`status.${state.status}`);
  return (
    <div className="flex min-w-32 flex-col gap-1">
      <Badge variant={state.status === "FAILED" ? "danger" : state.status === "DONE" ? "success" : "info"}>
        <span role="status" aria-live="polite">
          {text}
        </span>
      </Badge>
      {state.status === "RUNNING" && <progress className="h-2 w-full" max={100} value={state.progress} aria-label={label} />}
    </div>
  );
}
