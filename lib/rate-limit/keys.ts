const normalized = (email: string) => email.trim().toLowerCase();

/** Bucket keys, namespaced by purpose so one counter never doubles for another. */
export const rateLimitKeys = {
  signInAccount: (email: string) => `sign-in:account:${normalized(email)}`,
  /**
   * One account tried from one address. "|" cannot occur in an address's domain, so the prefix
   * below matches this account's buckets and no other account's.
   */
  signInAccountFromIp: (email: string, ip: string | null) => `sign-in:account-ip:${normalized(email)}|${ip ?? "unknown"}`,
  signInAccountFromIpPrefix: (email: string) => `sign-in:account-ip:${normalized(email)}|`,
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  mailIp: (ip: string) => `mail:ip:${ip}`,
  mailRecipient: (email: string) => `mail:to:${normalized(email)}`,
};
