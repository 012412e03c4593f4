import { benchBuilder } from './builder';
import { benchDomain } from './domain';
import { benchList } from './list';
import { benchMocks } from './mocks';

/** Each issue adds its benchmark here; targets are printed beside the numbers, never asserted. */
export interface BenchCase {
  key: string;
  title: string;
  run: () => Promise<unknown>;
}

export const optionalCases: BenchCase[] = [
  { key: 'domain', title: 'Domain: tree operations, validation, count over 50,000 profiles', run: benchDomain },
  {
    key: 'embeddedBackend',
    title: 'Embedded backend: listing 10,000 segments, counting over 50,000 profiles',
    run: benchMocks,
  },
  {
    key: 'builder',
    title: 'Builder: mount and keystroke latency at 100/500/1,000 conditions vs bare inputs',
    run: benchBuilder,
  },
  {
    key: 'list',
    title: 'Segment list: 10,000 segments, first rows and scrolling frame times',
    run: benchList,
  },
];
