// The time module (subset). Entry point: registered as "time".
import { None } from "../objects/object.js";
import * as A from "../objects/abstract.js";
import { newFloat, PyFloat } from "../objects/float.js";
import * as I from "../objects/int.js";
import { registerModule, addFunctions, runtime } from "../vm/runtime.js";

registerModule({
  name: "time",
  init(m) {
    addFunctions(m, {
      time: () => newFloat(runtime.host.time()),
      time_ns: () => I.norm(BigInt(Math.round(runtime.host.time() * 1e6)) * 1000n),
      perf_counter: () => newFloat(runtime.host.monotonic()),
      perf_counter_ns: () => I.norm(BigInt(Math.round(runtime.host.monotonic() * 1e9))),
      monotonic: () => newFloat(runtime.host.monotonic()),
      monotonic_ns: () => I.norm(BigInt(Math.round(runtime.host.monotonic() * 1e9))),
      process_time: () => newFloat(runtime.host.monotonic()),
      sleep: (args) => {
        A.checkArity("sleep", args, 1, 1);
        const s = args[0] instanceof PyFloat ? args[0].value : Number(args[0]);
        if (s < 0) throw A.valueErrPub("sleep length must be non-negative");
        const end = runtime.host.monotonic() + s;
        while (runtime.host.monotonic() < end) {
          /* busy wait: the synchronous host has no blocking sleep */
        }
        return None;
      },
    });
  },
});
