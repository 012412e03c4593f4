import { capabilities } from '../capabilities';

/**
 * What Digital Audience offers here (docs/contracts.md §3): segments are read, their end date moved and
 * deleted, and audiences created. There are no rules, so the builder is never offered (no
 * conditions, no editing). The total*Count values are pipeline counters (lifecycle), not
 * per-channel counts (counters); there is no segment size on the wire either, since
 * totalReadyCount counts pipeline items, not members (sizes). Read-only: nothing here writes a
 * description back. The audience's list comes whole; the provider filters it by name.
 */
export const digitalAudienceCapabilities = capabilities({
  // Display only: segments are not created here (editing is off).
  kinds: ['static'],
  lifecycle: true,
  audiences: true,
});
