import { Command } from 'commander';
import { registerCommands } from './commands/index.js';

const program = new Command()
  .name('oversight')
  .description('Oversight: the record and follow-up of public oversight bodies')
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
