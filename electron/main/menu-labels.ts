import type { Locale } from '../../shared/i18n/locales.js';

/**
 * The few words main shows that the shared catalogs do not carry yet (standard edit actions,
 * developer items, the message box button). Everything else comes from shared/i18n; these
 * move there once the catalogs gain `menu.undo` … `dialog.ok`.
 */
export interface ShellOnlyLabels {
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  reload: string;
  toggleDevTools: string;
  ok: string;
}

export const SHELL_ONLY_LABELS: Record<Locale, ShellOnlyLabels> = {
  'zh-Hans': {
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    ok: '确定',
  },
  'zh-Hant': {
    undo: '復原',
    redo: '重做',
    cut: '剪下',
    copy: '拷貝',
    paste: '貼上',
    selectAll: '全選',
    reload: '重新載入',
    toggleDevTools: '開發者工具',
    ok: '確定',
  },
  en: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    ok: 'OK',
  },
};
