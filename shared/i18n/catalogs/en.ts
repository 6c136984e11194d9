import type { ErrorCode } from '../../ipc/errors.js';
import type { LinkStatus, NeedKind, OneDragonStageKey, PartyKind } from '../../model/index.js';
import type { Locale } from '../locales.js';

/** Keys the domain requires: a new error code, kind or stage fails the typecheck until named. */
type RequiredKey =
  | `locale.${Locale}`
  | `kind.${NeedKind}`
  | `partyKind.${PartyKind}`
  | `stage.oneDragon.${OneDragonStageKey}`
  | `linkStatus.${LinkStatus}`
  | `error.${ErrorCode}`;

/**
 * The English catalog is the source of message keys: the other catalogs are typed against it,
 * so a key missing in any language fails the typecheck. Placeholders: `{name}`; a list param
 * joins with the locale's list separator, or with arrows as `{name:path}`.
 */
export const en = {
  'app.name': 'Longmai',
  'app.windowTitle': '{project} — Longmai',
  'app.loading': 'Loading…',

  'noApi.title': 'Longmai must run inside its desktop app',
  'noApi.body':
    'This window is the Longmai user interface, but it was opened without the Longmai app around it, so it cannot reach any project file. Start Longmai itself (npm start) instead of opening this page in a web browser.',

  'welcome.title': 'No project is open',
  'welcome.body': 'Open the sample project (a five-axis CNC machining centre) or a recent project.',
  'welcome.openSample': 'Open sample project',
  'welcome.recent': 'Recent projects',
  'welcome.noRecent': 'No recent projects yet.',

  'nav.label': 'Views',
  'nav.graph': 'Need graph',
  'nav.overview': 'Overview',
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'locale.zh-Hans': '简体中文',
  'locale.zh-Hant': '繁體中文',
  'locale.en': 'English',

  'kind.system': 'System',
  'kind.subsystem': 'Subsystem',
  'kind.component': 'Component',
  'kind.material': 'Material',
  'kind.process': 'Process',
  'kind.tech_foundation': 'Technology foundation',

  'partyKind.maker': 'Whole-machine maker',
  'partyKind.component_supplier': 'Component supplier',
  'partyKind.material_supplier': 'Material supplier',
  'partyKind.process_supplier': 'Process supplier',
  'partyKind.test_platform': 'Test platform',
  'partyKind.research_institute': 'Research institute',
  'partyKind.other': 'Other',

  'stage.oneDragon.need_identified': 'Need identified',
  'stage.oneDragon.key_tech_rd': 'Key-technology R&D',
  'stage.oneDragon.product_design': 'Product design',
  'stage.oneDragon.samples': 'Samples',
  'stage.oneDragon.test_verification': 'Test & verification',
  'stage.oneDragon.small_batch': 'Small-batch trial',
  'stage.oneDragon.batch_supply': 'Batch supply',
  'stage.oneDragon.demonstration': 'Demonstration & adoption',
  'stage.label': '{index} {name}',

  'linkStatus.on_track': 'On track',
  'linkStatus.at_risk': 'At risk',
  'linkStatus.blocked': 'Blocked',

  'badge.domestic': 'Domestic',
  'badge.import': 'Import',
  'badge.domesticHint': 'At least one supplier is in the home country/region',
  'badge.importHint': 'Every supplier is abroad',
  'badge.noSupplier': 'No supplier',
  'node.keyItem': 'Key item',
  'node.bestStageHint': 'Furthest official stage among its supply links',

  'graph.label': 'Need graph',
  'graph.toolbar': 'Graph tools',
  'graph.kindPicker': 'Kind of new need node',
  'graph.addNode': 'Add need node',
  'graph.fitView': 'Fit view',
  'graph.deleteSelection': 'Delete selected',
  'graph.toggleInspector': 'Inspector',
  'graph.newNodeName': 'New {kind}',
  'graph.empty': 'No need nodes yet. Double-click the canvas or use “Add need node” to create one.',
  'graph.hint':
    'Double-click the canvas to add a need node. Drag from a node’s right handle to another node to say it needs that node.',
  'graph.edgeQuantity': '×{quantity} {unit}',

  'flow.nodeDescription':
    'Press Enter or Space to select a need node, then Delete to remove it, or Escape to cancel.',
  'flow.nodeDescriptionKeyboard':
    'Press Enter or Space to select a need node. Then move it with the arrow keys, press Delete to remove it, or Escape to cancel.',
  'flow.nodeMoved': 'Need node moved to x {x}, y {y}.',
  'flow.edgeDescription':
    'Press Enter or Space to select a needs edge, then Delete to remove it, or Escape to cancel.',
  'flow.controls': 'Zoom controls',
  'flow.zoomIn': 'Zoom in',
  'flow.zoomOut': 'Zoom out',
  'flow.fitView': 'Fit view',
  'flow.interactive': 'Lock or unlock editing',
  'flow.minimap': 'Overview map of the need graph',
  'flow.handle': 'Connection handle',

  'inspector.title': 'Inspector',
  'inspector.close': 'Close inspector',
  'inspector.empty': 'Select a need node or a needs edge to see and edit it here.',
  'inspector.multiple': '{count} items selected. Select one to edit it.',
  'inspector.node': 'Need node',
  'inspector.name': 'Name',
  'inspector.code': 'Code / part number',
  'inspector.spec': 'Specification',
  'inspector.kind': 'Kind',
  'inspector.keyItem': 'Key item',
  'inspector.notes': 'Notes',
  'inspector.saveHint': 'Saved when you leave the field or press Enter.',
  'inspector.suppliers': 'Suppliers',
  'inspector.noSuppliers': 'No supplier yet.',
  'inspector.supplierParty': 'Party',
  'inspector.supplierStage': 'Stage',
  'inspector.supplierStatus': 'Status',
  'inspector.edge': 'Needs edge',
  'inspector.edgeSummary': '“{from}” needs “{to}”',
  'inspector.quantity': 'Quantity',
  'inspector.unit': 'Unit',
  'inspector.deleteNode': 'Delete need node…',
  'inspector.deleteEdge': 'Delete needs edge…',

  'validation.nameEmpty': 'The name must not be empty.',
  'validation.quantity': 'The quantity must be a positive number, or empty.',

  'confirm.deleteTitle': 'Delete',
  'confirm.deleteOneNode': 'Delete the need node “{name}”?',
  'confirm.deleteNodes': 'Delete {count} need nodes?',
  'confirm.deleteEdges': 'Delete {count} needs edges?',
  'confirm.goesWith':
    'Also removed with it: needs edges: {edges}, supply links: {links}. This cannot be undone.',
  'confirm.edgeOnly': 'Only the needs edges are removed; the need nodes stay.',
  'confirm.delete': 'Delete',
  'confirm.cancel': 'Cancel',

  'toast.region': 'Messages',
  'toast.dismiss': 'Dismiss',

  'overview.title': 'Project overview',
  'overview.homeCountry': 'Home country/region',
  'overview.nodes': 'Need nodes',
  'overview.keyItems': 'Key items',
  'overview.edges': 'Needs edges',
  'overview.parties': 'Parties',
  'overview.links': 'Supply links',
  'overview.byKind': 'Need nodes by kind',
  'overview.byStage': 'Supply links by stage',
  'overview.byBadge': 'Need nodes by supply origin',
  'overview.partiesByKind': 'Parties by kind',

  'status.counts': '{nodes} need nodes · {edges} needs edges · {links} supply links',

  'menu.file': 'File',
  'menu.new': 'New Project…',
  'menu.open': 'Open…',
  'menu.openRecent': 'Open Recent',
  'menu.noRecent': 'No Recent Projects',
  'menu.openSample': 'Open Sample Project',
  'menu.reveal': 'Reveal in Folder',
  'menu.quit': 'Quit Longmai',
  'menu.edit': 'Edit',
  'menu.addNode': 'Add Need Node',
  'menu.deleteSelection': 'Delete Selection',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.fitView': 'Fit Graph to Window',
  'menu.toggleInspector': 'Show/Hide Inspector',
  'menu.reload': 'Reload',
  'menu.toggleDevTools': 'Developer Tools',
  'menu.language': 'Language',
  'menu.help': 'Help',
  'menu.about': 'About Longmai',
  'menu.ourCompany': 'Our company',
  'menu.newProjectName': 'New project',
  'dialog.projectFilter': 'Longmai project',
  'dialog.newTitle': 'Create a new Longmai project',
  'dialog.openTitle': 'Open a Longmai project',
  'dialog.ok': 'OK',
  'dialog.errorTitle': 'Longmai could not do that',

  'error.E_BAD_ARGUMENT': 'Refused: invalid input ({detail}).',
  'error.E_NO_PROJECT': 'No project is open. Open the sample project or a project file first.',
  'error.E_NOT_FOUND': 'That item no longer exists; it may have been deleted.',
  'error.E_FILE_NOT_FOUND': 'The file could not be found: {path}',
  'error.E_FILE_EXISTS': 'A file already exists there and was not overwritten: {path}',
  'error.E_NOT_SQLITE': 'This file is not a Longmai project (it is not an SQLite database): {path}',
  'error.E_NOT_LONGMAI': 'This database is not a Longmai project: {path}',
  'error.E_NEWER_SCHEMA':
    'This project was saved by a newer version of Longmai. Update Longmai to open it: {path}',
  'error.E_DAMAGED': 'This project file is damaged and was left untouched: {path}',
  'error.E_READ_ONLY': 'This project file is read-only, so changes cannot be saved: {path}',
  'error.E_SELF_LOOP': 'Refused: a need node cannot need itself.',
  'error.E_DUPLICATE_EDGE': 'Refused: “{from}” already needs “{to}”.',
  'error.E_CYCLE': 'Refused: this would make a cycle: {cycle:path}',
  'error.E_FORBIDDEN_OP': 'Refused: your party may not make this change.',
  'error.E_USAGE': 'Wrong usage: {detail}',
  'error.E_INTERNAL': 'Something went wrong inside Longmai. Details: {message}',
  'error.E_FORBIDDEN_SENDER': 'This request did not come from the Longmai window and was refused.',

  // Graph editor at engineering scale: editing, history, finding, layout, table (issue 3).
  'error.E_UNDO_STALE':
    'Cannot undo or redo that step: “{name}” was changed since. The step was dropped; undo again to go further back.',
  'history.undo': 'Undo',
  'history.redo': 'Redo',
  'history.undoStep': 'Undo {step}',
  'history.redoStep': 'Redo {step}',
  'history.nothingToUndo': 'Nothing to undo.',
  'history.nothingToRedo': 'Nothing to redo.',
  'history.undone': 'Undone: {step}',
  'history.redone': 'Redone: {step}',
  'history.action.createNode': 'add need node',
  'history.action.updateNode': 'edit need node',
  'history.action.moveNodes': 'move {count} need nodes',
  'history.action.layout': 'auto-layout of {count} need nodes',
  'history.action.deleteItems': 'delete {count} items',
  'history.action.createEdge': 'add needs edge',
  'history.action.updateEdge': 'edit needs edge',
  'history.action.paste': 'paste of {count} need nodes',
  'history.action.duplicate': 'duplicate {count} need nodes',
  'history.action.editRows': 'edit {count} rows',
  // End of the graph editor block (issue 3).
} as const satisfies Record<RequiredKey, string> & Record<string, string>;

export type MessageKey = keyof typeof en;
