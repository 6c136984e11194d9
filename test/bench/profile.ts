import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * With BENCH_PROFILE set, records a CPU profile of the page around a measured step and prints
 * the functions with the most self time (the .cpuprofile goes to bench/profiles for DevTools).
 * Without it, a no-op, so the timed figures are not skewed by the profiler.
 */
export async function startProfile(page: Page, label: string): Promise<() => Promise<void>> {
  if (!process.env.BENCH_PROFILE) return () => Promise.resolve();
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = (await session.send('Profiler.stop')) as unknown as {
      profile: CpuProfile;
    };
    const dir = path.join('bench', 'profiles');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
    process.stderr.write(`profile ${label}:\n${summarise(profile)}\n`);
    await session.detach();
  };
}

function summarise(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (deltas[i] ?? 0) / 1000;
    total += ms;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anon)'} ${url.split('/').pop() ?? ''}:${String(lineNumber)}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(
      ([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1)}% ${key}`,
    )
    .join('\n');
}
