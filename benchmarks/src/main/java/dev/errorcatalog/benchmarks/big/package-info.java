/**
 * A catalog of 100,000 generated codes ({@code BigTable}), from {@code target/big-table/big.csv},
 * which the build writes before compiling this module.
 */
@ErrorCatalog(name = "BigErrors", sources = "big.csv")
package dev.errorcatalog.benchmarks.big;

import dev.errorcatalog.ErrorCatalog;
