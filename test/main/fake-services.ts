// A Services object for main-process tests: records calls, keeps a tiny session in memory and
// refuses any contract method a test did not expect.
import path from 'node:path';
import { vi } from 'vitest';
import type { ContractHandlers, ProjectInfo, SessionState } from '../../shared/ipc/contract.js';
import type { Locale } from '../../shared/i18n/locales.js';
import { METHOD_NAMES } from '../../shared/ipc/methods.js';
import type { NewProjectOptions, Services } from '../../electron/services/types.js';

export function projectAt(file: string): ProjectInfo {
  return { path: file, name: path.basename(file, '.longmai'), schemaVersion: 1 };
}

export function createFakeServices(initial: Partial<SessionState> = {}) {
  const session: SessionState = { locale: 'zh-Hans', project: null, recent: [], ...initial };
  const unexpected = (method: string) =>
    vi.fn(() => Promise.reject(new Error(`${method} was not expected in this test`)));
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, unexpected(method)]),
  ) as unknown as ContractHandlers;

  const opened = (info: ProjectInfo) => {
    session.project = info;
    return info;
  };
  handlers['session.get'] = vi.fn(() => Promise.resolve({ ...session }));
  handlers['session.setLocale'] = vi.fn(({ locale }: { locale: Locale }) => {
    session.locale = locale;
    return Promise.resolve({ ...session });
  });

  const services = {
    handlers,
    openProject: vi.fn((file: string) => Promise.resolve(opened(projectAt(file)))),
    createProject: vi.fn((file: string, _options: NewProjectOptions) =>
      Promise.resolve(opened(projectAt(file))),
    ),
    openSample: vi.fn(() => Promise.resolve(opened(projectAt('/data/sample.longmai')))),
    openLastOrSample: vi.fn(() => Promise.resolve(opened(projectAt('/data/last.longmai')))),
    current: vi.fn(() => session.project),
    close: vi.fn<() => void>(),
  } satisfies Services;
  return { services, session };
}

export type FakeServices = ReturnType<typeof createFakeServices>;
