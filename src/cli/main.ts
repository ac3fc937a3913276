// The `typhon` command line, modelled on `python3`'s. Entry point: main(argv).
import fs from "node:fs";
import path from "node:path";
import { parse, dump, PySyntaxError, ParserResourceError } from "../parser/index.js";
import { formatSyntaxError, createWarningPrinter } from "./errors.js";
import { compileCommand } from "./compile-command.js";
import { runCommand } from "./run.js";
import { freezeCommand } from "./freeze.js";
import { extractCliOptions, cliOptions, cliUsage, reportCliError, prepareProcess, runStdinCommand } from "./repl.js";
import { extractImportOptions, runModuleCommand, runPathCommand, isRunnablePath } from "./import-options.js";

const VERSION = "Python 3.14.2 (Typhon 0.1.0)";

function usage(): string {
  return `usage: typhon [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd          program passed in as string
  -V, --version   print the Python version number and exit
  -h, --help      print this help message and exit
  --dump-ast FILE print ast.dump(ast.parse(source), include_attributes=True)
  --compile SRC -o OUT.pyc  compile SRC to a CPython 3.14 .pyc (timestamp-based)
  freeze [options] SCRIPT.py | -m MOD  bundle a program as one executable (typhon freeze --help)
`;
}

export function main(argv: string[]): number {
  const args = argv.slice();
  if (args[0] === "-h" || args[0] === "--help") {
    process.stdout.write(cliUsage());
    return 0;
  }
  if (args[0] === "-V" || args[0] === "--version") {
    process.stdout.write("Python 3.14.2\n");
    return 0;
  }
  if (args[0] === "--dump-ast") {
    const file = args[1];
    if (!file) {
      process.stderr.write("typhon: --dump-ast needs a FILE\n");
      return 2;
    }
    let source: Uint8Array;
    try {
      source = fs.readFileSync(file);
    } catch (e) {
      process.stderr.write(`typhon: can't open file '${file}': ${(e as Error).message}\n`);
      return 2;
    }
    try {
      // python3 FILE reports syntax errors with the absolute path of FILE
      const onWarning = createWarningPrinter(source, (s) => process.stderr.write(s));
      const tree = parse(source, { filename: path.resolve(file), mode: "exec", onWarning });
      process.stdout.write(dump(tree, { includeAttributes: true }) + "\n");
      return 0;
    } catch (e) {
      if (e instanceof PySyntaxError) {
        process.stderr.write(formatSyntaxError(e, { source }));
        return 1;
      }
      if (e instanceof ParserResourceError) {
        // MemoryError "Parser stack overflowed ..." / RecursionError from the parser or ast.dump
        process.stderr.write(`${e.type}: ${e.msg}\n`);
        return 1;
      }
      throw e;
    }
  }
  if (args[0] === "--compile") return compileCommand(args.slice(1));
  if (args[0] === "freeze") return freezeCommand(args.slice(1));
  // -i -q -u -W -h and unknown options (src/cli/repl.ts)
  args.splice(0, args.length, ...extractCliOptions(args));
  if (cliOptions.error) return reportCliError(cliOptions.error);
  if (cliOptions.help) {
    process.stdout.write(cliUsage());
    return 0;
  }
  prepareProcess();
  const io = extractImportOptions(args);
  if (io.error) {
    process.stderr.write(io.error + "\n");
    return 2;
  }
  if (io.rest !== args && io.rest.length !== args.length) args.splice(0, args.length, ...io.rest);
  if (args[0] === "-m") {
    if (args.length < 2) {
      process.stderr.write("Argument expected for the -m option\n");
      return 2;
    }
    return runModuleCommand(args[1], args.slice(2));
  }
  if (args.length && !args[0].startsWith("-") && !/\.pyc?$/.test(args[0]) && isRunnablePath(args[0])) return runPathCommand(args[0], args.slice(1));
  if (args.length && (args[0] === "-c" || !args[0].startsWith("-"))) return runCommand(args);
  if (args.length === 0 || args[0] === "-") return runStdinCommand(args);
  if (args[0] === "--" ) return args.length > 1 ? runCommand(args.slice(1)) : runStdinCommand([]);
  if (args[0] === "-V" || args[0] === "--version") {
    process.stdout.write("Python 3.14.2\n");
    return 0;
  }
  return reportCliError(`Unknown option: ${args[0].startsWith("--") ? args[0] : args[0].slice(0, 2)}`);
}

process.exitCode = main(process.argv.slice(2));
