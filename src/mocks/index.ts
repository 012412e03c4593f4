/**
 * Public face of the embedded demo backend. The browser entry (browser.ts) and the msw/node
 * server (node.ts) sit beside this file; both serve `handlers` over the one shared store.
 */
export { createHandlers, handlers } from './handlers';
export type { HandlerOptions } from './handlers';
export { resetDemoData, resetStore } from './backend';
export { getMockBehavior, resetMockBehavior, setMockBehavior } from './behavior';
export type { FailureSpec, MockBehavior, MockBehaviorPatch } from './behavior';
export { DEMO_SEED } from './store';
export { STORAGE_KEY } from './persistence';
export { PUSH0_FAULT_PATH, PUSH0_STORAGE_KEY } from './push0';
export { DA_FAULT_PATHS, DA_STORAGE_KEY } from './digitalAudience';
