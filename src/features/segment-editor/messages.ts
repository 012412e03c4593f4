import { defineMessages } from '@/ui/i18n';

/** Every English string of the segment editor; names marked (contract) are used by outside tests. */
export const editorMessages = defineMessages({
  en: {
    'title.new': 'New segment',
    'title.edit': 'Edit “{name}”',
    'title.editUntitled': 'Edit segment',
    'subtitle.new': 'Describe who belongs in it; the estimate updates as you go.',
    'subtitle.edit': 'Changes apply when you save.',
    loading: 'Loading the segment…',
    'loadError.segment': 'The segment could not be loaded: {reason}',
    'loadError.databases': 'The databases could not be loaded: {reason}',
    'loadError.fields': 'The fields of this database could not be loaded: {reason}',
    noDatabases: 'This backend has no databases yet, so there is nothing to build a segment from.',
    retry: 'Retry',
    backToList: 'Back to segments',
    notEditable:
      '{backend} segments have no conditions to build here. Open a segment to see it, extend its end date or delete it.',

    // Toolbar
    save: 'Save', // (contract)
    saving: 'Saving…',
    cancel: 'Cancel',
    undo: 'Undo',
    redo: 'Redo',
    'undo.tip': 'Undo (Ctrl+Z)',
    'redo.tip': 'Redo (Ctrl+Shift+Z)',
    moreActions: 'More actions',
    exportJson: 'Export as JSON',
    importJson: 'Import from JSON…',
    importFile: 'Segment file to import',
    unsaved: 'Unsaved changes',
    allSaved: 'No unsaved changes',

    // Settings card
    'settings.title': 'Settings',
    name: 'Name', // (contract)
    'name.placeholder': 'e.g. Women in Moscow who bought twice',
    description: 'Description', // (contract)
    // Also the Tags helper where tags are not stored: the same words.
    'description.notStored': 'Not stored by this backend; kept in exported files only.',
    tags: 'Tags',
    'tags.placeholder': 'Add a tag and press Enter',
    'tags.remove': 'Remove tag {tag}',
    kind: 'Segment type', // (contract)
    'kind.static': 'Static', // (contract)
    'kind.dynamic': 'Dynamic', // (contract)
    'kind.updatable': 'Updatable', // (contract)
    'kind.static.help': 'A fixed list of profiles. You add and remove members on the segment’s page.',
    'kind.dynamic.help': 'Members are worked out from the conditions whenever the segment is used.',
    'kind.updatable.help': 'Members are worked out from the conditions on a schedule and kept in between.',
    refreshDaily: 'Refresh daily',
    'refreshDaily.help': 'Recalculate the members once a day.',
    database: 'Database', // (contract)
    // Worded exactly as the product brief states it (straight apostrophe included).
    'database.locked': "The database can't be changed after a segment is created — the vendor forbids it.",
    'database.help': 'The profiles this segment picks from.',
    'database.unknown': 'Database {id}',
    sample: 'Sample', // (contract)
    sampleFrom: 'Sample from', // (contract)
    sampleTo: 'Sample to', // (contract)
    'sample.valueFrom': 'from {value}%',
    'sample.valueTo': 'to {value}%',
    'sample.help': 'A fixed slice of the database: the same range always picks the same profiles.',
    'sample.ofProfiles': '≈ {slice} of {total} profiles',
    'sample.share': '{share}% of the database',
    'sample.everyone': 'The whole database',
    limit: 'Limit', // (contract)
    'limit.help': '0 means no limit.',
    'limit.active': 'At most {limit} profiles; 0 means no limit.',
    percent: '%',

    // Conditions
    'conditions.title': 'Conditions',
    'conditions.static':
      'Static segments have no conditions: their members are managed on the segment’s detail page. Conditions you built here are kept in the editor but not sent.',
    'conditions.unsupported': 'This backend has no condition rules; segments are managed on their pages.',
    'conditions.loading': 'Loading the fields of this database…',
    'conditions.block': 'Audience {index}',
    'conditions.blocks': 'A profile joins when it matches any of the audiences below.',
    'conditions.serverError': 'The server rejected the conditions: {message}',

    // Side panel
    'panel.label': 'Segment overview',
    estimate: 'Estimated size', // (contract)
    'estimate.value': '≈ {count} profiles',
    'estimate.value#one': '≈ {count} profile',
    'estimate.updating': 'Updating…',
    'estimate.unavailable': 'Estimate not available for this backend',
    'estimate.static': 'A static segment holds the members you add on its page.',
    'estimate.incomplete': 'The estimate updates once every condition is complete.',
    'estimate.failed': 'The estimate could not be computed: {reason}',
    'estimate.waiting': 'Counting…',
    summary: 'In plain words',
    problems: 'Problems',
    'problems.none': 'No problems found.',
    'problems.count': '{count} problems',
    'problems.count#one': '{count} problem',
    'problems.error': 'Error',
    'problems.warning': 'Warning',
    'problems.show': 'Show',
    preview: 'Request preview',
    'preview.json': 'JSON',
    'preview.xml': 'XML',
    'preview.format': 'Preview format',
    'preview.copy': 'Copy',
    'preview.copyCurl': 'Copy as cURL',
    'preview.copied': 'Copied to the clipboard',
    'preview.copyFailed': 'The browser did not allow copying. Select the text and copy it by hand.',
    'preview.unavailable': 'A preview is not available for this backend.',
    'preview.loading': 'Building the request…',
    'preview.invalid': 'This segment can’t be sent as it is: {reason}',
    'preview.request': '{method} {url}',
    'preview.tokenMasked': 'The API token is masked.',

    // Saving
    'save.problems': '{count} problems to fix before saving',
    'save.problems#one': '{count} problem to fix before saving',
    'save.failed': 'The segment was not saved: {message}',
    'save.fieldErrors': 'The server pointed at these fields:',
    'save.detail': 'The server said: “{detail}”',
    'save.offline':
      'The server could not be reached, so nothing was saved. Your changes are kept in this browser as a draft — try Save again when you are back online.',
    'save.done': 'Segment “{name}” saved',
    'save.offlineNoDraft':
      'The server could not be reached, so nothing was saved, and this browser refused to keep a draft. Keep this page open and try Save again when you are back online.',
    'save.uncertain':
      'The segment may have been saved: {message} Save again to finish. It is sent under the same request ID, so the server never stores it twice. Your changes are kept as a draft.',
    'save.uncertainNoDraft':
      'The segment may have been saved: {message} Save again to finish. It is sent under the same request ID, so the server never stores it twice. This browser refused to keep a draft: keep this page open.',
    'save.settings': 'Open settings',

    // Draft
    'draft.restored': 'Restored your unsaved draft from {time}',
    'draft.discard': 'Discard draft',
    'draft.dismiss': 'Dismiss',
    'draft.discarded': 'Draft discarded',

    // Import
    'import.failed': 'The file could not be imported:',
    'import.done': 'Imported “{name}”. Undo brings back what you had.',
    'import.databaseKept': 'The database stays as it is: it can’t be changed after a segment is created.',
    'import.databaseUnknown': 'The file’s database {id} does not exist here, so the current database was kept.',
    'import.kindUnsupported': 'This backend has no {requested} segments, so it was imported as {used}.',
    close: 'Close',

    // Leaving
    'leave.title': 'Leave without saving?',
    'leave.body': 'Your changes stay in this browser as a draft, but they are not saved to the backend.',
    'conflict.title': 'This segment changed since your draft',
    'conflict.body':
      'Someone saved a newer version after your unsaved draft was made. Saving your draft as it is would undo their changes.',
    'conflict.compare': 'Compare side by side',
    'conflict.mine': 'Your draft',
    'conflict.theirs': 'On the server now',
    'conflict.loading': 'Loading…',
    'conflict.keepMine': 'Keep mine',
    'conflict.takeTheirs': 'Take theirs',
    'leave.titleSaving': 'Leave while saving?',
    'leave.bodySaving':
      'Your save is on its way and finishes even if you leave. Its result will show on the segment’s page; your changes also stay in this browser as a draft until it lands.',
    'leave.stay': 'Stay',
    'leave.go': 'Leave',
  },
});

export type EditorMessageKey = keyof (typeof editorMessages)['en'];
