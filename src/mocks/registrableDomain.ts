/**
 * Stands in for `tldts` in the browser builds (vite.config.ts aliases it). MSW keeps the embedded
 * backend's cookies in a `tough-cookie` jar, which asks `tldts` for a host's registrable domain
 * ("example.co.uk" for "shop.example.co.uk") so that a cookie cannot be set for a whole public
 * suffix. `tldts` carries the entire public suffix list: about 95 KiB gzip, as much as the rest of
 * MSW, loaded before the demo's first page and again by its worker.
 *
 * The jar only ever holds the demo's own cookies, for the demo's hosts: `*.invalid` and
 * `localhost`, which tough-cookie settles itself as special-use names before asking, and at most a
 * developer's own host. For those, the last two labels are the registrable domain. A multi-label
 * public suffix ("co.uk") is where this differs from the list: a cookie for "example.co.uk" would
 * be scoped to "co.uk", which only widens which of the demo's own requests carry it.
 */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The registrable domain of `hostname`, or null for an IP address or a single-label name (tldts's contract). */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host.includes(':') || host.startsWith('[') || IPV4.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return null;
  return labels.slice(-2).join('.');
}
