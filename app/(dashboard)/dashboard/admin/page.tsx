import { redirect } from "next/navigation";

/** The administration area starts at the users list. */
export default function AdminPage() {
  redirect("/dashboard/admin/users");
}
