import {
  DOMAIN_GROUP_NAMES,
  DOMAIN_GROUPS,
  domainsOfGroup,
  emailDomain,
  hasEmailDomain,
  isInDomainGroup,
} from './emailDomains';

describe('email domains', () => {
  it('takes the lower-cased part after the last @', () => {
    expect(emailDomain('Anna.Petrova@Mail.RU ')).toBe('mail.ru');
    expect(emailDomain('odd"@"name@gmail.com')).toBe('gmail.com');
    expect(emailDomain('no-at-sign')).toBe('');
  });

  it('checks a domain in place, ignoring case', () => {
    expect(hasEmailDomain('anna@gmail.com', 'gmail.com')).toBe(true);
    expect(hasEmailDomain('Anna@GMail.COM', 'gmail.com')).toBe(true);
    expect(hasEmailDomain('anna@notgmail.com', 'gmail.com')).toBe(false);
    expect(hasEmailDomain('gmail.com', 'gmail.com')).toBe(false);
    expect(hasEmailDomain('@gmail.com', 'gmail.com')).toBe(true);
    expect(hasEmailDomain(42, 'gmail.com')).toBe(false);
  });

  it('names the groups, including the one Altcraft shows on the wire', () => {
    expect(DOMAIN_GROUP_NAMES).toContain('Yahoo! (US)');
    expect(DOMAIN_GROUP_NAMES).toHaveLength(Object.keys(DOMAIN_GROUPS).length);
  });

  it('tells whether a domain belongs to a group', () => {
    expect(isInDomainGroup('inbox.ru', 'Mail.ru')).toBe(true);
    expect(isInDomainGroup('gmail.com', 'Mail.ru')).toBe(false);
    expect(isInDomainGroup('gmail.com', 'toString')).toBe(false);
    expect(domainsOfGroup('Unknown').size).toBe(0);
  });
});
