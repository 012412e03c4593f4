import { defineMessages } from '@/ui/i18n';

/** Every English string of the condition builder; names marked (contract) are used by outside tests. */
export const builderMessages = defineMessages({
  en: {
    'tree.label': 'Conditions',
    // Group header: reads "Match [all | any] of the following".
    'group.match': 'Match',
    'group.ofTheFollowing': 'of the following',
    'group.all': 'all',
    'group.any': 'any',
    'group.matchAll': 'Match all', // (contract)
    'group.matchAny': 'Match any', // (contract)
    'group.combinator': 'How conditions combine',
    'group.not': 'NOT',
    'group.notName': 'Exclude matches (NOT)',
    'group.notTip': 'Keep profiles that do NOT match this group',
    'group.notActive': 'Excluded: profiles matching this group are left out',
    'group.addCondition': 'Add condition', // (contract)
    'group.addGroup': 'Add group', // (contract)
    'group.remove': 'Remove group', // (contract)
    'group.clone': 'Clone group',
    'group.collapse': 'Collapse group',
    'group.expand': 'Expand group',
    'group.conditions': '{count} conditions',
    'group.conditions#one': '{count} condition',
    'group.empty': 'No conditions yet. Add one to start.',
    'group.count': '≈ {count} profiles',
    'group.countPending': 'updating',
    'group.tooDeep': 'Groups can nest at most {limit} levels deep here.',
    'group.tooDeep#one': 'This backend does not support nested groups.',
    'group.full': 'A group can hold at most {limit} conditions here.',
    'group.rootFixed': 'This backend always matches all of the top-level groups.',
    'group.full#one': 'A group can hold only one condition here.',
    'group.label': 'Group',
    // Condition row
    'condition.field': 'Field', // (contract)
    'condition.operator': 'Operator', // (contract)
    'condition.value': 'Value', // (contract)
    'condition.valueFrom': 'Value from', // (contract)
    'condition.valueTo': 'Value to', // (contract)
    'condition.and': 'and',
    'condition.remove': 'Remove condition', // (contract)
    'condition.more': 'More actions',
    'condition.chooseField': 'Choose a field',
    'condition.chooseFieldFirst': 'Choose a field first',
    'condition.unsupportedOperator': '{operator} (not supported here)',
    'condition.days': 'days',
    'condition.choose': 'Choose…',
    'condition.versionPlaceholder': 'e.g. 2.4.1',
    'condition.textPlaceholder': 'Type a value',
    'condition.error': 'Error:',
    'condition.warning': 'Warning:',
    // Field picker
    'fields.system': 'System fields',
    'fields.custom': 'Custom fields',
    'fields.none': 'No field matches “{query}”',
    'fields.list': 'Fields',
    'type.string': 'Text',
    'type.email': 'Email',
    'type.number': 'Number',
    'type.date': 'Date',
    'type.boolean': 'Yes/no',
    'type.enum': 'Choice',
    'type.version': 'Version',
    'type.list': 'List',
    // Multi-select
    'enumMulti.none': 'Choose values',
    'enumMulti.more': '+{count} more',
    'enumMulti.title': 'Values',
    'enumMulti.filter': 'Filter values',
    'enumMulti.done': 'Done',
    // List (tags) editor
    'list.placeholder': 'Type or paste values',
    'list.count': '{count} values',
    'list.count#one': '{count} value',
    'list.countWithDuplicates': '{count} values, {duplicates} duplicates removed',
    'list.countWithDuplicates#one': '{count} value, {duplicates} duplicates removed',
    'list.more': 'and {count} more',
    'list.removeValue': 'Remove {value}',
    'list.editAsText': 'Edit as text',
    'list.viewAll': 'View all',
    'list.dialogTitle': 'Values',
    'list.dialogLabel': 'Values, one per line',
    'list.dialogHelp': 'Commas, semicolons and tabs also separate values. Duplicates are removed when you save.',
    'list.save': 'Save values',
    'list.cancel': 'Cancel',
    // Opaque
    'opaque.marker': 'Kept as is: not editable here',
    'opaque.tip': 'This rule uses a feature the builder cannot edit. It is saved exactly as it was.',
    // Actions (row menu, group menu, shortcuts)
    'action.drag': 'Drag to move',
    'action.moveUp': 'Move up',
    'action.moveDown': 'Move down',
    'action.moveInto': 'Move into group above',
    'action.moveOut': 'Move out of group',
    'action.clone': 'Clone',
    'action.wrap': 'Wrap in group',
    'action.ungroup': 'Ungroup',
    'action.remove': 'Remove',
    'shortcut.up': 'Alt+↑',
    'shortcut.down': 'Alt+↓',
    'shortcut.into': 'Alt+→',
    'shortcut.out': 'Alt+←',
    // Announcements (polite live region)
    'announce.moved': 'Moved {what} to position {position} of {total} in {where}.',
    'announce.cannotMove': 'Cannot move {what} there.',
    'announce.added': 'Added a condition.',
    'announce.addedGroup': 'Added a group.',
    'announce.removed': 'Removed {what}.',
    'announce.cloned': 'Cloned {what}.',
    'announce.wrapped': 'Wrapped {what} in a new group.',
    'announce.ungrouped': 'Ungrouped: its conditions moved up one level.',
    'announce.rootGroup': 'the top group',
    'announce.nestedGroup': 'the group “{summary}”',
    'announce.aGroup': 'a group',
    'announce.aCondition': 'a condition',
    'dnd.instructions':
      'Drag with a mouse or finger. From the keyboard, use Alt with the arrow keys: up and down to move, right to move into the group above, left to move out of a group.',
    'dnd.picked': 'Picked up {what}.',
    'dnd.over': 'Over {what}.',
    'dnd.dropped': 'Dropped {what}.',
    'dnd.cancelled': 'Moving cancelled.',
    'dnd.groupOf': 'Group of {count} conditions',
    'dnd.groupOf#one': 'Group of {count} condition',
    // Read-only tree
    'explain.pass': 'Matches',
    'explain.fail': 'Does not match',
    'explain.unknown': 'Unknown',
    'readOnly.noValue': '',
    'readOnly.list': '{shown} and {count} more',
  },
});

export type BuilderMessageKey = keyof (typeof builderMessages)['en'];
