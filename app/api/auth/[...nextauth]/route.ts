import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { isSameOriginRequest } from "@/lib/auth/same-origin";

export const dynamic = "force-dynamic";

interface NextAuthContext {
  params: Promise<{ nextauth: string[] }>;
}

function handle(request: Request, context: NextAuthContext): Promise<Response> {
  return NextAuth(getAuthOptions())(request, context) as Promise<Response>;
}

/** next-auth's pages and the identity server's callback (GET), sign-in and sign-out (POST). */
export function GET(request: Request, context: NextAuthContext): Promise<Response> {
  return handle(request, context);
}

/** next-auth checks its own CSRF token too; the Origin check refuses cross-site posts before that. */
export async function POST(request: Request, context: NextAuthContext): Promise<Response> {
  if (!isSameOriginRequest(request)) {
    return Response.json({ error: "FORBIDDEN" }, { status: 403 });
  }
  return handle(request, context);
}
