/**
 * One catalog of 346 codes in runs of consecutive numbers under a few prefixes, as real pages
 * number them ({@code BigTable#writeRuns}), from {@code target/big-table/runs.csv}, which the build
 * writes before compiling this module: the batch benchmark's catalog of the real size, in one
 * catalog rather than five.
 */
@ErrorCatalog(name = "RunsErrors", sources = "runs.csv")
package dev.errorcatalog.benchmarks.runs;

import dev.errorcatalog.ErrorCatalog;
