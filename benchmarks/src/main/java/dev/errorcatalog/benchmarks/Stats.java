package dev.errorcatalog.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Medians and ranges of repeated measurements. */
public final class Stats {

  private final double[] values;

  private Stats(double[] values) {
    this.values = values.clone();
    Arrays.sort(this.values);
  }

  /** The statistics of {@code values}, at least one. */
  public static Stats of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    return new Stats(values);
  }

  public double median() {
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  public double min() {
    return values[0];
  }

  public double max() {
    return values[values.length - 1];
  }

  public int count() {
    return values.length;
  }

  /** {@code median (min–max)} with the given format for each number. */
  public String format(String number) {
    return String.format(
        Locale.ROOT, number + " (" + number + "\u2013" + number + ")", median(), min(), max());
  }
}
