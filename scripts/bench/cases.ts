import { benchBrowserCount } from './browserCount';
import { benchBuilder } from './builder';
import { benchDomain } from './domain';
import { benchEditor } from './editor';
import { benchLighthouse } from './lighthouse';
import { benchList } from './list';
import { benchMocks } from './mocks';
import { benchQueryText } from '../../src/domain/queryText/queryText.bench';

/** Each issue adds its benchmark here; targets are printed beside the numbers, never asserted. */
export interface BenchCase {
  key: string;
  title: string;
  run: () => Promise<unknown>;
  /** What the issue asks of these numbers; printed under them, never asserted. */
  targets: string[];
}

export const optionalCases: BenchCase[] = [
  {
    key: 'domain',
    title: 'Domain: tree operations, validation, count over 50,000 profiles',
    run: benchDomain,
    targets: ['treeOpMs_1000 < 1 ms', 'count50kMs < 50 ms'],
  },
  {
    key: 'queryText',
    title: 'Text mode: print and parse a 1,000-condition block as a query',
    run: () => Promise.resolve(benchQueryText()),
    targets: ['textPrintMs_1000 < 20 ms', 'textParseMs_1000 < 20 ms'],
  },
  {
    key: 'embeddedBackend',
    title: 'Embedded backend: listing 10,000 segments, counting over 50,000 profiles',
    run: benchMocks,
    targets: ['a 20-condition count over 50,000 profiles < 50 ms'],
  },
  {
    key: 'embeddedBackendInBrowser',
    title: 'Embedded backend in Chromium: a 20-condition estimate over 50,000 profiles (demo build)',
    run: benchBrowserCount,
    targets: ['a 20-condition count over 50,000 profiles in the browser < 50 ms'],
  },
  {
    key: 'builder',
    title: 'Builder: mount and keystroke latency at 100/500/1,000 conditions vs bare inputs',
    run: benchBuilder,
    targets: ['n1000 keystroke p95 ≤ 1.5 × floor', 'n1000 mount ≤ 6 × floor (about 1.5 s here)'],
  },
  {
    key: 'list',
    title: 'Segment list: 10,000 segments, first rows and scrolling frame times',
    run: benchList,
    targets: ['first rows soon after load', 'scrolling frames near 16 ms (60 fps)'],
  },
  {
    key: 'editor',
    title: 'Segment editor: mount and keystroke latency at 100/500/1,000 conditions vs bare inputs',
    run: benchEditor,
    targets: [
      'editor n1000 keystroke p95 within 1.5× the bare-input floor (~23 ms here)',
      'editor n1000 mount within 6× the floor (~1.5 s here)',
    ],
  },
  {
    key: 'lighthouse',
    title:
      'Lighthouse, mobile preset, cold cache: every route (the list and the editor 3 runs each, the others once), production (real HTTP) and demo builds, and the stack’s floor (plain React and MUI) beside them',
    run: benchLighthouse,
    targets: [
      'production performance ≥ 90 on /segments and the editor',
      'accessibility 100 on every route',
      'production script transfer ≤ 180 KiB on /segments, ≤ 300 KiB on the editor',
      'demo performance ≥ 80 on /segments',
      'demo first rows ≤ 1 s (firstRowsMs, this machine, unthrottled)',
      'floor: no target; what React and MUI alone score here this hour, to read the app against',
    ],
  },
];
