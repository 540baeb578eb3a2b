/** Bucket keys, namespaced by purpose so one counter never doubles for another. */
export const rateLimitKeys = {
  signInAccount: (email: string) => `sign-in:account:${email.trim().toLowerCase()}`,
  signInIp: (ip: string) => `sign-in:ip:${ip}`,
  mailIp: (ip: string) => `mail:ip:${ip}`,
  mailRecipient: (email: string) => `mail:to:${email.trim().toLowerCase()}`,
};
