/** `id` of every layout's <main>; the skip link jumps there. The <main> needs tabIndex={-1} to take focus. */
export const MAIN_CONTENT_ID = "main-content";

/** First focusable element of every page: lets keyboard users jump past the header and navigation. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only rounded-md bg-primary px-4 py-3 font-semibold text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[100]"
    >
      {label}
    </a>
  );
}
