import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerDemo } from './demo.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerRemind } from './remind.js';
import { registerServe } from './serve.js';
import { registerUsers } from './users.js';

/** Each capability adds its own commands here: one line each. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerRemind(program);
  registerUsers(program);
  registerDemo(program);
  registerExtract(program);
  registerImport(program);
  registerExport(program);
}
