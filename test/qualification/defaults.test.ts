import { describe, expect, it } from 'vitest';
import { creationChanges } from '../../electron/services/edits/changes.js';
import { createNode } from '../../electron/services/edits/nodes.js';
import { DEFAULT_STAGES_JSON } from '../../shared/model/templates.js';
import { newProject, tempDir } from '../services/helpers.js';

describe('records made before the qualification fields existed', () => {
  it('read the new fields as their defaults instead of counting as half-created', () => {
    const store = newProject(tempDir());
    const maker = store.project().makerPartyId;
    const node = createNode(store, { kind: 'component', name: 'Bearing', x: 0, y: 0 });
    // Exactly the fields a schema-v1 link was created with.
    store.applyLocalChanges(
      creationChanges('link', 'old-link', {
        nodeId: node.id,
        partyId: maker,
        stage: 2,
        reportedStage: null,
        status: 'on_track',
        statusReason: '',
        targetDate: '',
        ownerPartyId: maker,
      }),
    );
    expect(store.link('old-link')).toMatchObject({
      role: 'primary',
      sharePct: null,
      notes: '',
      stageTargets: '{}',
      checklist: '[]',
    });
    expect(store.project()).toMatchObject({ stages: DEFAULT_STAGES_JSON, ppapLevel: 3 });
    expect(store.party(maker)?.contacts).toBe('[]');
  });
});
