import type { z } from 'zod';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { countrySchema, nameSchema } from '../../shared/model/schemas.js';
import { creationChanges } from './edits/changes.js';
import { newId } from './ids.js';
import { addSampleContent } from './sample/index.js';
import type { HomeIdentity } from './identity/index.js';
import { createProjectStore, type ProjectStore } from './store/index.js';
import { SyncTables } from './sync/local.js';
import type { NewProjectOptions } from './types.js';

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new LongmaiError('E_BAD_ARGUMENT', `bad ${what}: ${detail}`, { field: what, detail });
  }
  return parsed.data;
}

/**
 * Create a project file with its maker party (and, if asked, the sample content), all
 * through the op log in the file's first transaction. Refuses to overwrite anything.
 */
export function createProjectFile(
  filePath: string,
  options: NewProjectOptions,
  now?: () => number,
  identity?: HomeIdentity,
): ProjectStore {
  const name = checked(nameSchema, options.name, 'name');
  const makerName = checked(nameSchema, options.makerName, 'maker');
  const homeCountry = checked(countrySchema, options.homeCountry ?? 'CN', 'country');
  const init = (store: ProjectStore): void => {
    const projectId = newId();
    // With an identity, its party is the maker and the file acts for it (sync needs both).
    const makerId = identity?.partyId ?? newId();
    if (identity) new SyncTables(store).bind(identity, makerId);
    store.applyLocalChanges(
      [
        ...creationChanges('party', makerId, {
          name: makerName,
          kind: 'maker',
          country: homeCountry,
          notes: '',
        }),
        ...creationChanges('project', projectId, {
          name,
          homeCountry,
          stageTemplate: 'one_dragon',
          makerPartyId: makerId,
        }),
      ],
      { authorParty: makerId },
    );
    if (options.sample) addSampleContent(store);
  };
  return createProjectStore(filePath, init, now ? { now } : {});
}
