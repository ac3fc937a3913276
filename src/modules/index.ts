// Registers the native modules implemented so far (each file calls registerModule at import).
// Entry point: side effects.
import "./math.js";
import "./time.js";
import "./_weakref.js";
