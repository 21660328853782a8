// With the DOM library, init accepts what a browser has: a URL, a fetch promise, a compiled module.
import init from "../../pkg-template/types/index";

export async function browser(module: WebAssembly.Module): Promise<void> {
  await init(new URL("kinesisstreams_gluejob_bg.wasm", "https://example.invalid/"));
  await init(fetch("kinesisstreams_gluejob_bg.wasm"));
  await init({ module_or_path: module });
}
