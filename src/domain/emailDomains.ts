/**
 * Mail provider groups for the "domain group is" operator. Altcraft names groups such as
 * "Yahoo! (US)" on the wire; the members here are the well-known public domains of each provider.
 */
export const DOMAIN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  Gmail: ['gmail.com', 'googlemail.com'],
  'Yahoo! (US)': ['yahoo.com', 'ymail.com', 'rocketmail.com'],
  'Mail.ru': ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru'],
  Yandex: ['yandex.ru', 'ya.ru', 'yandex.com', 'narod.ru'],
  Microsoft: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
  iCloud: ['icloud.com', 'me.com', 'mac.com'],
};

export const DOMAIN_GROUP_NAMES: readonly string[] = Object.keys(DOMAIN_GROUPS);

/** The part after the last "@", lower-cased; empty when there is none. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * Whether an address is at `domain` (lower case): it ends with "@" + domain, ignoring case. Checked
 * in place, without building the domain string, because it runs once per profile in counts.
 */
export function hasEmailDomain(email: unknown, domain: string): boolean {
  if (typeof email !== 'string') return false;
  const start = email.length - domain.length;
  if (start < 1 || email.charCodeAt(start - 1) !== 64 /* @ */) return false;
  return email.endsWith(domain) || email.slice(start).toLowerCase() === domain;
}

/** The domains of a group; empty for an unknown group name. */
export function domainsOfGroup(group: string): ReadonlySet<string> {
  return new Set(Object.hasOwn(DOMAIN_GROUPS, group) ? DOMAIN_GROUPS[group] : []);
}

export function isInDomainGroup(domain: string, group: string): boolean {
  return domainsOfGroup(group).has(domain);
}
