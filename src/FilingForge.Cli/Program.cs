using FilingForge.Cli;

TimingsReport.MarkMainStarted();
return CommandLine.Run(args);
