// Runs a WASI (preview1) command under Node's V8: node run-node.mjs app.wasm [args...]
// Same conditions as the other engines: argv[0] is the module path, the
// environment is empty, no preopened directories. Run it with
// --no-turbo-fast-api-calls: with Node 20's WASI fast calls, a module that
// grows its memory to tens of MiB crashes node intermittently (SIGSEGV after
// the program's output; nodejs/node#46777, #51303).
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

const [file, ...rest] = process.argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [file, ...rest], env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
