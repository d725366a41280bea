// What reading Error.stack costs under the loader it runs in (source-map-support, native source maps, none):
//   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/stack-cost.ts
//   SWC_NODE_PROJECT=tsconfig.base.json node --enable-source-maps -r @swc-node/register tools/bench/stack-cost.ts
//   SWC_NODE_SOURCE_MAP_MODE=inline SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/stack-cost.ts
function deep(n: number, read: boolean): number {
  if (n > 0) return deep(n - 1, read);
  const e = new Error('x');
  return read ? (e.stack as string).length : e.message.length;
}
for (const read of [false, true]) {
  const started = performance.now();
  for (let i = 0; i < 20000; i++) deep(10, read);
  console.log(
    `  ${read ? 'create + read .stack' : 'create only'}: ${(((performance.now() - started) * 1000) / 20000).toFixed(1)} µs`,
  );
}
