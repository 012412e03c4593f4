// The layer matrix of docs/architecture.md, kept as data so the checker and its test share it.
const rules = {
  domain: [],
  api: ['domain'],
  mocks: ['domain', 'api'],
  ui: ['domain'],
  builder: ['domain', 'ui'],
  features: ['domain', 'api', 'ui', 'builder'],
  app: ['domain', 'api', 'mocks', 'ui', 'builder', 'features'],
  test: ['domain', 'api', 'mocks', 'ui', 'builder', 'features', 'app'],
};

// Tests may reach the embedded backend and the app's providers to render with real wiring.
const testExtras = ['mocks', 'app', 'test'];

/** @param {string} relPath path below src/, with forward slashes */
export function layerOf(relPath) {
  const [top, unit] = relPath.split('/');
  if (!top || !(top in rules)) return null;
  return { name: top, unit: top === 'features' ? unit : top };
}

export function allowedImports(from, to, { isTest = false } = {}) {
  if (rules[from]?.includes(to)) return true;
  return isTest && testExtras.includes(to);
}
