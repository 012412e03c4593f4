/** Connections: the model, the store, the hooks and the provider context. */
export * from './model';
export * from './store';
export * from './hooks';
export { createProvider, providerFor, settingsFor, type ProviderOverrides } from './providers';
export {
  ProviderScope,
  StaticProviderScope,
  useOptionalProvider,
  useProvider,
  type ActiveProvider,
} from './ProviderScope';
export { builtInConnections, DEMO_CONNECTION_ID } from './builtIn';
export { keysWithPrefix, localStore, readItem, removeItem, sessionStore, writeItem } from './safeStorage';
