import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/**
 * Records a CPU profile of this process (the region runs in it) while `work` runs, when BENCH_CPU_PROFILE names a
 * file: the region's start is left out, which `node --cpu-prof` would include. Open the file in Chrome's DevTools.
 */
export async function profiled<T>(work: () => Promise<T>, file = process.env.BENCH_CPU_PROFILE): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
  }
}
