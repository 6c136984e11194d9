import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSearchFeed } from '../../renderer/features/search/search-feed.js';
import type { SearchRequest } from '../../renderer/features/search/protocol.js';
import type { NeedNode } from '../../shared/model/index.js';
import { node } from './fixtures.js';

/** Idle callbacks run only when the test says, each with the time it is given. */
function fakeIdle() {
  const pending: ((deadline: IdleDeadline) => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => {
    pending.push(callback);
    return pending.length;
  });
  vi.stubGlobal('cancelIdleCallback', () => {
    pending.length = 0;
  });
  return {
    pending,
    run(remainingMs: number) {
      const callback = pending.shift();
      callback?.({ didTimeout: false, timeRemaining: () => remainingMs });
    },
  };
}

const byId = (nodes: NeedNode[]) => Object.fromEntries(nodes.map((each) => [each.id, each]));
const many = (count: number) => byId(Array.from({ length: count }, (_, i) => node(`n${i}`)));
const upserted = (sent: SearchRequest[]) =>
  sent.flatMap((request) => (request.type === 'upsert' ? request.docs.map((d) => d.id) : []));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search feed', () => {
  it('sends nothing until the window is idle, then a chunk per short idle moment', () => {
    const idle = fakeIdle();
    const sent: SearchRequest[] = [];
    const nodes = many(2500);
    const feed = createSearchFeed(
      () => nodes,
      (request) => sent.push(request),
    );
    feed.catchUpWhenIdle();
    expect(sent).toEqual([]);
    idle.run(0);
    expect(sent).toHaveLength(1);
    idle.run(0);
    idle.run(0);
    expect(upserted(sent)).toEqual(Object.keys(nodes));
    expect(idle.pending).toHaveLength(0);
  });

  it('catches up at once before a query, sending only what changed and then removals', () => {
    fakeIdle();
    const sent: SearchRequest[] = [];
    let nodes = byId([node('a'), node('b')]);
    const feed = createSearchFeed(
      () => nodes,
      (request) => sent.push(request),
    );
    feed.catchUpNow();
    nodes = byId([node('a', { name: 'renamed' }), nodes.b as NeedNode]);
    nodes = { a: nodes.a as NeedNode };
    sent.length = 0;
    feed.catchUpNow();
    expect(sent).toEqual([
      { type: 'upsert', docs: [{ id: 'a', name: 'renamed', code: '', spec: '', notes: '' }] },
      { type: 'remove', ids: ['b'] },
    ]);
  });

  it('sends nothing for need nodes that only moved, as after a layout', () => {
    fakeIdle();
    const sent: SearchRequest[] = [];
    let nodes = many(3);
    const feed = createSearchFeed(
      () => nodes,
      (request) => sent.push(request),
    );
    feed.catchUpNow();
    nodes = byId(Object.values(nodes).map((each) => ({ ...each, x: each.x + 100 })));
    sent.length = 0;
    feed.catchUpNow();
    expect(sent).toEqual([]);
  });

  it('finishes a scan an idle moment left half done when a query needs it, and drops none', () => {
    const idle = fakeIdle();
    const sent: SearchRequest[] = [];
    let nodes = many(2500);
    const feed = createSearchFeed(
      () => nodes,
      (request) => sent.push(request),
    );
    feed.catchUpWhenIdle();
    idle.run(0);
    expect(upserted(sent)).toHaveLength(1000);
    nodes = { ...nodes, extra: node('extra') };
    feed.catchUpNow();
    expect(new Set(upserted(sent))).toEqual(new Set(Object.keys(nodes)));
    sent.length = 0;
    feed.catchUpNow();
    expect(sent).toEqual([]);
  });
});
