using FilingForge.Cli;

return CommandLine.Run(args);
