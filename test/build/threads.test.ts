import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { runLimited } from '../../src/build/threads.ts';

/** Runs jobs of the given sizes (each lasts `size` ms) within 2 lanes and a size limit; returns the order they started in and the loads seen. */
async function schedule(sizes: number[], limit: number) {
  const started: number[] = [];
  const loads: number[][] = [];
  const running = new Set<number>();
  await runLimited(
    sizes.map((size, i) => ({ i, size })),
    2,
    async (job) => {
      started.push(job.i);
      running.add(job.size);
      loads.push([...running]);
      await sleep(job.size);
      running.delete(job.size);
    },
    (job, busy) => busy.reduce((n, b) => n + b.size, job.size) <= limit,
  );
  return { started, loads };
}

test('jobs run two at a time within the limit; one job alone may exceed it', async () => {
  const { started, loads } = await schedule([30, 80, 20, 25], 60);
  assert.deepEqual([...started].sort(), [0, 1, 2, 3]);
  for (const load of loads) {
    assert.ok(load.length <= 2);
    if (load.length > 1) assert.ok(load.reduce((a, b) => a + b) <= 60, `${load} over the limit`);
  }
});

test('a large job waiting for room does not hold back the small ones behind it', async () => {
  const { started } = await schedule([30, 80, 20, 25], 60);
  // 80 cannot join 30; 20 can, and starts before 80 does.
  assert.ok(started.indexOf(2) < started.indexOf(1), `started in the order ${started}`);
});
