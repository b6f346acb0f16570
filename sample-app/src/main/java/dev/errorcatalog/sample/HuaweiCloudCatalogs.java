package dev.errorcatalog.sample;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.sample.huaweicloud.AisImageErrors;
import dev.errorcatalog.sample.huaweicloud.ImageRecognitionErrors;
import dev.errorcatalog.sample.huaweicloud.ImageSearchErrors;
import dev.errorcatalog.sample.huaweicloud.OcrErrors;
import dev.errorcatalog.sample.huaweicloud.VasErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every generated Huawei Cloud catalog, searched together. One code can be documented by several
 * services with different texts (APIG.0201 is "The request body is oversized." on one page and
 * "Backend timeout." on another), so a search answers with every catalog's entry.
 */
public final class HuaweiCloudCatalogs {

  private static final List<Function<String, Optional<? extends ErrorCode>>> LOOKUPS = List.of(
      VasErrors::lookup,
      AisImageErrors::lookup,
      ImageSearchErrors::lookup,
      OcrErrors::lookup,
      ImageRecognitionErrors::lookup);

  private HuaweiCloudCatalogs() {}

  /** The entries of {@code code} in every catalog that documents it, in catalog order. */
  public static List<ErrorCode> resolve(String code) {
    List<ErrorCode> entries = new ArrayList<>();
    for (Function<String, Optional<? extends ErrorCode>> lookup : LOOKUPS) {
      lookup.apply(code).ifPresent(entries::add);
    }
    return entries;
  }
}
