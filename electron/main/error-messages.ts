import type { ContractError, ErrorCode } from '../../shared/ipc/errors.js';
import type { Locale } from '../../shared/i18n/locales.js';

type OpenFailure = Extract<
  ErrorCode,
  | 'E_FILE_NOT_FOUND'
  | 'E_FILE_EXISTS'
  | 'E_NOT_SQLITE'
  | 'E_NOT_LONGMAI'
  | 'E_NEWER_SCHEMA'
  | 'E_DAMAGED'
  | 'E_READ_ONLY'
  | 'E_INTERNAL'
>;

interface ErrorTexts {
  title: string;
  messages: Record<OpenFailure, string>;
}

/** What a message box says when a file chosen from the menu cannot be opened or created. */
const ERROR_TEXTS: Record<Locale, ErrorTexts> = {
  'zh-Hans': {
    title: '无法打开项目',
    messages: {
      E_FILE_NOT_FOUND: '找不到该文件。',
      E_FILE_EXISTS: '该位置已有同名文件，请换一个文件名。',
      E_NOT_SQLITE: '该文件不是龙脉项目文件（不是 SQLite 数据库）。',
      E_NOT_LONGMAI: '该文件是 SQLite 数据库，但不是龙脉项目。',
      E_NEWER_SCHEMA: '该项目由更新版本的龙脉创建，请先升级龙脉。',
      E_DAMAGED: '该项目文件已损坏，未做任何修改。',
      E_READ_ONLY: '该文件为只读，无法写入。',
      E_INTERNAL: '发生意外错误。',
    },
  },
  'zh-Hant': {
    title: '無法開啟專案',
    messages: {
      E_FILE_NOT_FOUND: '找不到該檔案。',
      E_FILE_EXISTS: '該位置已有同名檔案，請換一個檔名。',
      E_NOT_SQLITE: '該檔案不是龍脈專案檔（不是 SQLite 資料庫）。',
      E_NOT_LONGMAI: '該檔案是 SQLite 資料庫，但不是龍脈專案。',
      E_NEWER_SCHEMA: '該專案由較新版本的龍脈建立，請先升級龍脈。',
      E_DAMAGED: '該專案檔已損壞，未做任何修改。',
      E_READ_ONLY: '該檔案為唯讀，無法寫入。',
      E_INTERNAL: '發生意外錯誤。',
    },
  },
  en: {
    title: 'Cannot open the project',
    messages: {
      E_FILE_NOT_FOUND: 'The file was not found.',
      E_FILE_EXISTS: 'A file with this name already exists there; choose another name.',
      E_NOT_SQLITE: 'This file is not a Longmai project (it is not an SQLite database).',
      E_NOT_LONGMAI: 'This file is an SQLite database but not a Longmai project.',
      E_NEWER_SCHEMA: 'This project was made by a newer Longmai; update Longmai first.',
      E_DAMAGED: 'This project file is damaged; nothing was changed.',
      E_READ_ONLY: 'This file is read-only.',
      E_INTERNAL: 'Something unexpected went wrong.',
    },
  },
};

function isOpenFailure(code: ErrorCode, texts: ErrorTexts): code is OpenFailure {
  return Object.hasOwn(texts.messages, code);
}

/** Title and sentence for a message box; unknown codes fall back to the English message. */
export function describeError(
  locale: Locale,
  error: ContractError,
): { title: string; message: string } {
  const texts = ERROR_TEXTS[locale];
  const message = isOpenFailure(error.code, texts) ? texts.messages[error.code] : error.message;
  return { title: texts.title, message };
}
