import * as queryText from './index';

describe('text mode public API', () => {
  it('exports the parser, printer, completions, tokens, messages and spellings', () => {
    expect(Object.keys(queryText).sort()).toEqual(
      [
        'DEFAULT_WIDTH',
        'MAX_NESTING',
        'OPERATOR_SPELLINGS',
        'analyse',
        'completionsAt',
        'fieldText',
        'opaqueNodesOf',
        'parseQuery',
        'printGroup',
        'queryTextMessagesEn',
        'spellingOf',
        'tokenize',
      ].sort(),
    );
  });
});
