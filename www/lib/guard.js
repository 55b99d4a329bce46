// The wasm module's exports, guarded so that a panic never leaves the analyser unusable. What
// pressmark.js, the page (../app.js) and its worker (../worker.js) call instead of ../pkg.
//
// In wasm a Rust panic aborts: the call throws a WebAssembly.RuntimeError ("unreachable") and
// the instance stays as the panic left it (its shadow stack pointer not restored, memory not
// freed, a RefCell perhaps still borrowed), so a later call could fail, or return wrong results.
// Any other exception that unwinds through wasm frames (a JavaScript getter or Proxy trap that
// Rust called and that threw) leaves it the same way. So after any such exception the instance
// is replaced: `__wbg_reset_state`, which wasm-bindgen generates (--experimental-reset-state-function
// in scripts/build-wasm.sh), instantiates the same compiled WebAssembly.Module afresh, at once,
// and the glue uses the new instance from then on. A trap is rethrown as an Error that says so,
// the RuntimeError as its `cause`.
//
// Errors the analyser returns on purpose (bad arguments: a Rust `Err`, see src/wasm.rs) are plain
// Errors whose message starts with "pressmark.": the call finished normally, the instance is fine,
// and they pass through unchanged.

import initWasm, {
  initSync,
  analyze as wasmAnalyze,
  version as wasmVersion,
  __panicForTests as wasmPanicForTests,
  __wbg_reset_state as resetState,
} from '../pkg/pressmark.js';

export { initWasm as default, initSync };

let depth = 0; // calls into wasm under way: a getter that Rust calls may call back in
let broken = false; // the instance must be replaced before it is used again

/** Wraps the wasm export `call`; `failed` says what went wrong, for the Error thrown on a trap. */
function guarded(name, call, failed = 'the analyser failed') {
  return (...args) => {
    if (broken && depth === 0) {
      resetState(); // a restart deferred (or failed) earlier; if it fails again, so does this call
      broken = false;
    }
    depth += 1;
    let result;
    try {
      result = call(...args);
    } catch (err) {
      depth -= 1;
      if (err instanceof Error && err.constructor === Error && err.message.startsWith('pressmark.')) throw err;
      broken = true;
      let after = 'it will be reset before the next call';
      if (depth === 0) {
        // Not under another call into this instance (replacing it there would pull it from under that call).
        try {
          resetState();
          broken = false;
          after = 'it has been reset and the next call will work';
        } catch (resetErr) {
          after = `resetting it failed too (${resetErr}); the next call will try again`;
        }
      }
      // A stack overflow or an allocation too large is a RangeError; anything else is the
      // caller's own exception, thrown from code Rust called: theirs to see as it was.
      if (!(err instanceof WebAssembly.RuntimeError || err instanceof RangeError)) throw err;
      throw new Error(`pressmark.${name}: ${failed} (internal error: ${err}); ${after}`, { cause: err });
    }
    depth -= 1;
    return result;
  };
}

/** `analyze(text, options?)` of ../pkg/pressmark.js, guarded. */
export const analyze = guarded('analyze', wasmAnalyze, 'the analyser failed on this text');

/** `version()` of ../pkg/pressmark.js, guarded. */
export const version = guarded('version', wasmVersion);

/**
 * Test hook, not API: panics inside the wasm module, as a bug in the analyser would, through the
 * same guard as `analyze`. For tests/js/module.test.mjs and tests/e2e, which check that the next
 * call works on a fresh instance. Not exported by pressmark.js.
 */
export const __panicForTests = guarded('__panicForTests', wasmPanicForTests);
