#!/usr/bin/env node
// Prints the public surface of wandb-api as JSON: for every class and interface exported from
// src/index.ts, the names of its public members (instance and static, inherited ones included).
// Read with the TypeScript compiler from the sources, so it needs no build.
//   node scripts/ts-surface.mjs            the surface, as { "ClassName": ["member", ...] }
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const entry = `${root}src/index.ts`;
const program = ts.createProgram([entry], { ...options, noEmit: true });
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));

const hidden = ts.ModifierFlags.Private | ts.ModifierFlags.Protected;
const isPublic = (member) =>
  !member.getName().startsWith('#') &&
  !member.getName().startsWith('__@') &&
  (member.getDeclarations() ?? []).every((d) => (ts.getCombinedModifierFlags(d) & hidden) === 0);

const surface = {};
for (let symbol of checker.getExportsOfModule(moduleSymbol)) {
  const name = symbol.getName();
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) continue;
  const members = new Set(
    checker
      .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))
      .filter(isPublic)
      .map((m) => m.getName()),
  );
  if (symbol.flags & ts.SymbolFlags.Class) {
    const declaration = symbol.valueDeclaration;
    const statics = declaration ? checker.getTypeOfSymbolAtLocation(symbol, declaration).getProperties() : [];
    for (const member of statics.filter(isPublic)) if (member.getName() !== 'prototype') members.add(member.getName());
  }
  surface[name] = [...members].sort();
}
process.stdout.write(`${JSON.stringify(surface, null, 2)}\n`);
