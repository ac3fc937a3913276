// The bool type (values are JS true/false). Entry point: boolType.
import { defineType, builtinTypes, NotImplemented } from "./object.js";
import { intType } from "./int.js";
import * as A from "./abstract.js";

function bop(f: (a: boolean, b: boolean) => boolean, intName: string) {
  return (self: any, args: any[]) => {
    const o = args[0];
    if (typeof o === "boolean") return f(self, o);
    return A.callMethodDescr(intType.lookup(intName), self, args);
  };
}

export const boolType = defineType({
  name: "bool",
  base: intType,
  baseType: false,
  new: (cls, args, kwnames) => {
    A.noKw("bool", kwnames);
    A.checkArity("bool", args, 0, 1);
    return args.length ? A.isTrue(args[0]) : false;
  },
  methods: {
    __repr__: (self) => (self ? "True" : "False"),
    __and__: bop((a, b) => a && b, "__and__"),
    __rand__: bop((a, b) => a && b, "__rand__"),
    __or__: bop((a, b) => a || b, "__or__"),
    __ror__: bop((a, b) => a || b, "__ror__"),
    __xor__: bop((a, b) => a !== b, "__xor__"),
    __rxor__: bop((a, b) => a !== b, "__rxor__"),
    __invert__: (self) => (self ? -2 : -1),
  },
});
builtinTypes.bool = boolType;
void NotImplemented;
