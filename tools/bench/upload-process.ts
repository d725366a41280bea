import { uploadObservations } from '../evidence-import/upload';

// Run as its own process by the import benchmark, as `npm run import-evidence` runs: the upload's client
// does not share the platform's event loop. Prints the seconds the import took and its answer as JSON.
async function main(): Promise<void> {
  const [file, gatewayUrl, token] = process.argv.slice(2);
  const started = performance.now();
  const answer = await uploadObservations(file, gatewayUrl, token);
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, answer }));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
