package dev.errorcatalog.sample.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help}, mixed into every command so that each one declares it once. */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  @SuppressWarnings("UnusedVariable") // picocli sets and reads it by reflection
  private boolean help;
}
