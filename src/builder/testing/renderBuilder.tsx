import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType, type ReactNode } from 'react';
import type { FieldCatalog, Group } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { UNLIMITED_CAPABILITIES, type BuilderCapabilities } from '../capabilities';
import { ConditionBuilder } from '../ConditionBuilder';
import { DEMO_CATALOG } from '../fixtures/catalog';

export interface RenderBuilderOptions {
  capabilities?: BuilderCapabilities;
  catalog?: FieldCatalog;
  problems?: (root: Group) => Problem[];
  onLastValueEnter?: () => void;
  groupCounts?: Record<string, number | undefined>;
  countsPending?: boolean;
  /** Providers the builder reads from context (a query client, a value-suggestion source). */
  wrapper?: ComponentType<{ children: ReactNode }>;
}

/** Renders the builder under a stateful owner, as the feature page does, and exposes the latest tree. */
export function renderBuilder(initial: Group, options: RenderBuilderOptions = {}) {
  const trees: Group[] = [initial];
  function Owner() {
    const [root, setRoot] = useState(initial);
    return (
      <ConditionBuilder
        root={root}
        onChange={(next) => {
          trees.push(next);
          setRoot(next);
        }}
        catalog={options.catalog ?? DEMO_CATALOG}
        capabilities={options.capabilities ?? UNLIMITED_CAPABILITIES}
        problems={options.problems?.(root)}
        onLastValueEnter={options.onLastValueEnter}
        groupCounts={options.groupCounts}
        countsPending={options.countsPending}
      />
    );
  }
  const user = userEvent.setup();
  const view = render(<Owner />, options.wrapper ? { wrapper: options.wrapper } : {});
  return { ...view, user, tree: () => trees.at(-1)!, changes: () => trees.length - 1 };
}
