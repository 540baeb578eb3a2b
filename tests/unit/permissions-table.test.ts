import { describe, expect, it } from "vitest";
import { RESOURCE_ACTIONS, SCOPES, splitGrant, type Grant, type Principal } from "@/lib/permissions/catalogue";
import { SCOPE_FILTERS } from "@/lib/permissions/scope-where";
import { PERMISSION_TABLE } from "@/lib/permissions/table";

/**
 * The permission table is data: these tests keep it well-formed as features add to it, so a typo
 * or a grant that no query can honour fails here rather than silently denying (or allowing).
 */

const principals = Object.keys(PERMISSION_TABLE) as Principal[];

function grantsOf(principal: Principal): Set<Grant> {
  return new Set(PERMISSION_TABLE[principal]);
}

describe("permission table", () => {
  it("uses only resources, actions and scopes from the catalogue, without duplicates", () => {
    for (const principal of principals) {
      const grants = PERMISSION_TABLE[principal];
      expect(new Set(grants).size, `${principal} lists a grant twice`).toBe(grants.length);
      for (const grant of grants) {
        const { permission, scope } = splitGrant(grant);
        const [resource, action] = permission.split(":") as [keyof typeof RESOURCE_ACTIONS, string];
        expect(RESOURCE_ACTIONS[resource], `${principal}: ${grant}`).toBeDefined();
        expect(RESOURCE_ACTIONS[resource] as readonly string[], `${principal}: ${grant}`).toContain(action);
        expect(SCOPES, `${principal}: ${grant}`).toContain(scope);
      }
    }
  });

  it("is cumulative: admin ⊃ officer ⊃ coordinator, and everyone has the visitor's public reads", () => {
    const chain: Principal[] = ["COORDINATOR", "OFFICER", "ADMIN"];
    for (let i = 1; i < chain.length; i += 1) {
      const lower = grantsOf(chain[i - 1]!);
      const higher = grantsOf(chain[i]!);
      expect([...lower].filter((grant) => !higher.has(grant)), `${chain[i]} lacks grants of ${chain[i - 1]}`).toEqual([]);
      expect(higher.size).toBeGreaterThan(lower.size);
    }
    for (const principal of principals) {
      const grants = grantsOf(principal);
      expect([...grantsOf("VISITOR")].filter((grant) => !grants.has(grant)), principal).toEqual([]);
    }
  });

  it("gives the visitor nothing but public reads", () => {
    for (const grant of PERMISSION_TABLE.VISITOR) {
      const { permission, scope } = splitGrant(grant);
      expect(permission.endsWith(":read"), grant).toBe(true);
      expect(scope === "public" || permission === "institution:read", grant).toBe(true);
    }
  });

  it("gives a student no `any` grant beyond the visitor's, and nothing of the staff area", () => {
    const visitor = grantsOf("VISITOR");
    const extra = PERMISSION_TABLE.STUDENT.filter((grant) => !visitor.has(grant));
    expect(extra.filter((grant) => splitGrant(grant).scope === "any")).toEqual([]);
    expect(PERMISSION_TABLE.STUDENT.some((grant) => grant.startsWith("dashboard:"))).toBe(false);
  });

  it("has a query filter for every narrow scope it grants on a record-backed resource", () => {
    const filterKey = { public: "public", "own-unit": "ownUnit", own: "own" } as const;
    for (const principal of principals) {
      for (const grant of PERMISSION_TABLE[principal]) {
        const { permission, scope } = splitGrant(grant);
        const resource = permission.split(":")[0]!;
        if (scope === "any" || !(resource in SCOPE_FILTERS)) continue;
        const filters = SCOPE_FILTERS[resource as keyof typeof SCOPE_FILTERS] as Record<string, unknown>;
        expect(filters[filterKey[scope]], `${principal}: ${grant} has no ${scope} filter for ${resource}`).toBeDefined();
      }
    }
  });

  it("covers every resource of the catalogue for at least one role", () => {
    const granted = new Set(principals.flatMap((principal) => PERMISSION_TABLE[principal].map((grant) => grant.split(":")[0])));
    expect(Object.keys(RESOURCE_ACTIONS).filter((resource) => !granted.has(resource))).toEqual([]);
  });
});
