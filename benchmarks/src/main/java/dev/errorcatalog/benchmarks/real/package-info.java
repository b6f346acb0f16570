/**
 * The five Huawei Cloud catalogs of catalog-data, declared exactly as the sample app declares them
 * (one catalog per table, 346 codes in all): the real catalog-data size of the benchmarks.
 */
@ErrorCatalog(name = "VasErrors", sources = "errorcatalog/huaweicloud/vas.csv")
@ErrorCatalog(name = "AisImageErrors", sources = "errorcatalog/huaweicloud/ais-image.json")
@ErrorCatalog(name = "ImageSearchErrors", sources = "errorcatalog/huaweicloud/image-search.json")
@ErrorCatalog(name = "OcrErrors", sources = "errorcatalog/huaweicloud/ocr.json")
@ErrorCatalog(
    name = "ImageRecognitionErrors",
    sources = "errorcatalog/huaweicloud/image-recognition-zh.csv")
package dev.errorcatalog.benchmarks.real;

import dev.errorcatalog.ErrorCatalog;
