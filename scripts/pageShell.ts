/**
 * The page shell's entry (src/app/shell/main.ts) as a script of its own, ahead of the app's.
 *
 * Vite bundles every module script of index.html into one entry, so the shell written there would
 * wait for React and the rest. Built, it is a second input, its own small chunk, and index.html
 * gets a <script> for it before the app's: it runs as soon as it arrives (module scripts run in
 * document order, after parsing). In dev, the source file is served as it is.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const PAGE_SHELL_ENTRY = 'src/app/shell/main.ts';

/**
 * The shell's modules: its own, and what it imports. They form one chunk (vite.config.ts): left to
 * the bundler, they would share chunks with the app's modules, and those import React and MUI.
 * scripts/pageShell.test.ts checks that everything the shell imports is named here.
 */
export const PAGE_SHELL_MODULES =
  /src[\\/](app[\\/]shell[\\/]|ui[\\/]i18n[\\/](bundle|languages|languageChoice)\.ts|api[\\/](embeddedBackend\.ts|connections[\\/](storageKeys|activeHint)\.ts)|features[\\/]segment-list[\\/]headingMessages\.ts)/;

export function pageShell(): Plugin {
  let base = '/';
  return {
    name: 'segment-studio:page-shell',
    config(config, { command }) {
      if (command !== 'build') return;
      const root = config.root ?? process.cwd();
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(root, 'index.html'), shell: resolve(root, PAGE_SHELL_ENTRY) },
          },
        },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        let src = `${base}${PAGE_SHELL_ENTRY}`;
        if (context.bundle) {
          const chunk = Object.values(context.bundle).find(
            (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId?.endsWith(PAGE_SHELL_ENTRY),
          );
          if (!chunk) throw new Error(`The page shell's chunk (${PAGE_SHELL_ENTRY}) is missing from the build`);
          src = `${base}${chunk.fileName}`;
        }
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' }];
      },
    },
  };
}
