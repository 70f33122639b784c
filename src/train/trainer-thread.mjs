// The entry of a training thread (src/train/trainers.ts). Plain JavaScript, because Node 20
// does not apply the parent's --import hooks to a worker's entry file: it asks tsx to load
// the TypeScript that does the work.
const { tsImport } = await import('tsx/esm/api');
await tsImport('./trainer-worker.ts', import.meta.url);
