import { NotFoundMessage } from "@/components/layout/not-found-message";

/** `notFound()` in a public page (an unknown partner, project or opportunity): inside the public shell. */
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
