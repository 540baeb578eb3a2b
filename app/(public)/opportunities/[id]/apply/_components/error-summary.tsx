"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { useMessage, type FormErrorState } from "@/lib/forms/use-action-form";

export interface Problem {
  /** The id of the field (or document input) the link leads to. */
  target: string;
  label: string;
  message: string;
  focus: () => void;
}

/**
 * After a refused submission: the server's message and one link per field or document it named,
 * each moving focus to what needs fixing. It takes focus itself on every new refusal, so the list
 * is read out first.
 */
export function ErrorSummary({ title, error, problems }: { title: string; error: FormErrorState; problems: Problem[] }) {
  const message = useMessage();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [error]);

  return (
    <div ref={summary} tabIndex={-1} className="outline-none">
      <Alert variant="error" live="assertive" title={title}>
        <p>{message(error.key, error.values)}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map((problem) => (
            <li key={problem.target}>
              <a
                href={`#${problem.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  problem.focus();
                }}
                className="text-link underline underline-offset-4"
              >
                {problem.label}: {problem.message}
              </a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
