import type { Locale } from '../../shared/i18n/locales.js';

/**
 * Text main shows itself (menus, file dialogs) in the three UI languages. Kept here until the
 * shared message catalogs carry these keys; the renderer's strings live in shared/i18n.
 */
export interface MainLabels {
  file: string;
  newProject: string;
  openProject: string;
  openRecent: string;
  noRecent: string;
  openSample: string;
  revealInFolder: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  addNode: string;
  deleteSelection: string;
  view: string;
  fitView: string;
  toggleInspector: string;
  reload: string;
  toggleDevTools: string;
  language: string;
  newDialogTitle: string;
  openDialogTitle: string;
  projectFilter: string;
  untitledProject: string;
  /** Maker party of a new project until the user names it. */
  ourCompany: string;
  ok: string;
}

/** Each language is named in its own script, whatever the current locale. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
};

export const MAIN_LABELS: Record<Locale, MainLabels> = {
  'zh-Hans': {
    file: '文件',
    newProject: '新建项目…',
    openProject: '打开项目…',
    openRecent: '最近打开',
    noRecent: '（无）',
    openSample: '打开示例项目',
    revealInFolder: '在文件夹中显示',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    addNode: '添加需求节点',
    deleteSelection: '删除所选',
    view: '视图',
    fitView: '适应窗口',
    toggleInspector: '显示/隐藏检查面板',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    language: '语言',
    newDialogTitle: '新建龙脉项目',
    openDialogTitle: '打开龙脉项目',
    projectFilter: '龙脉项目',
    untitledProject: '新项目',
    ourCompany: '本公司',
    ok: '确定',
  },
  'zh-Hant': {
    file: '檔案',
    newProject: '新增專案…',
    openProject: '開啟專案…',
    openRecent: '最近開啟',
    noRecent: '（無）',
    openSample: '開啟範例專案',
    revealInFolder: '在資料夾中顯示',
    quit: '結束',
    edit: '編輯',
    undo: '復原',
    redo: '重做',
    cut: '剪下',
    copy: '拷貝',
    paste: '貼上',
    selectAll: '全選',
    addNode: '新增需求節點',
    deleteSelection: '刪除所選',
    view: '檢視',
    fitView: '符合視窗',
    toggleInspector: '顯示/隱藏檢閱面板',
    reload: '重新載入',
    toggleDevTools: '開發者工具',
    language: '語言',
    newDialogTitle: '新增龍脈專案',
    openDialogTitle: '開啟龍脈專案',
    projectFilter: '龍脈專案',
    untitledProject: '新專案',
    ourCompany: '本公司',
    ok: '確定',
  },
  en: {
    file: 'File',
    newProject: 'New Project…',
    openProject: 'Open Project…',
    openRecent: 'Open Recent',
    noRecent: '(none)',
    openSample: 'Open Sample Project',
    revealInFolder: 'Reveal in Folder',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    addNode: 'Add Need Node',
    deleteSelection: 'Delete Selection',
    view: 'View',
    fitView: 'Fit View',
    toggleInspector: 'Show/Hide Inspector',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    language: 'Language',
    newDialogTitle: 'New Longmai Project',
    openDialogTitle: 'Open Longmai Project',
    projectFilter: 'Longmai project',
    untitledProject: 'New project',
    ourCompany: 'Our company',
    ok: 'OK',
  },
};
